// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/streamingrunner.h"

#include "core/engine/groupwatchdog.h"
#include "core/support/textutil.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace dlstack::engine {

namespace {

// Splits complete lines off the front of `buffer`; '\n', '\r\n' and '\r' end a line.
void drainLines(QByteArray &buffer, Stream stream, const StreamingRunner::LineSink &sink, bool flushAll)
{
    qsizetype start = 0;
    const qsizetype n = buffer.size();
    const char *data = buffer.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data[i];
        if (c != '\n' && c != '\r')
            continue;
        if (c == '\r' && i + 1 < n && data[i + 1] == '\n') {
            sink(stream, QString::fromUtf8(data + start, i - start));
            ++i;
        } else if (c == '\r' && i + 1 == n && !flushAll) {
            break; // might be the first half of "\r\n"
        } else {
            sink(stream, QString::fromUtf8(data + start, i - start));
        }
        start = i + 1;
    }
    if (flushAll && start < n) {
        sink(stream, QString::fromUtf8(data + start, n - start));
        start = n;
    }
    buffer.remove(0, start);
}

} // namespace

support::CommandResult StreamingRunner::run(const support::Command &command, const LineSink &sink,
                                            const std::atomic_bool *cancel, const std::atomic_bool *pause) const
{
    support::CommandResult result;
    QString program = command.program;
    if (!program.contains(u'/')) {
        QStringList paths;
        if (command.env.contains(QStringLiteral("PATH")))
            paths = command.env.value(QStringLiteral("PATH")).split(u':');
        program = QStandardPaths::findExecutable(command.program, paths);
        if (program.isEmpty())
            program = QStandardPaths::findExecutable(command.program);
    }
    if (program.isEmpty()) {
        result.status = support::CommandResult::Status::NotFound;
        return result;
    }
    result.program = program;

    QProcess process;
    process.setProgram(program);
    process.setArguments(command.args);
    if (!command.cwd.isEmpty())
        process.setWorkingDirectory(command.cwd);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = command.env.begin(); it != command.env.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        ::signal(SIGPIPE, SIG_DFL); // dlstack ignores it during a job; an ignored signal survives exec
    });
    process.start();
    if (!process.waitForStarted(-1)) {
        result.status = support::CommandResult::Status::FailedToStart;
        result.err = process.errorString().toUtf8();
        return result;
    }
    const pid_t group = pid_t(process.processId());
    const GroupWatchdog watchdog(group, m_grace);
    QByteArray out;
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    qint64 termAt = -1;
    bool timedOut = false;
    bool cancelled = false;
    bool stopped = false; // the group got SIGSTOP for a pause
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        out.append(process.readAllStandardOutput());
        err.append(process.readAllStandardError());
        drainLines(out, Stream::Out, sink, false);
        drainLines(err, Stream::Err, sink, false);
        const bool wantStop =
            (cancel && cancel->load()) || (command.timeout.count() > 0 && clock.elapsed() > command.timeout.count());
        const bool wantPause = pause && pause->load() && !wantStop;
        if (wantPause != stopped) {
            ::kill(-group, wantPause ? SIGSTOP : SIGCONT); // a stopped group must run on to see SIGTERM
            stopped = wantPause;
        }
        if (wantStop && termAt < 0) {
            cancelled = cancel && cancel->load();
            timedOut = !cancelled;
            ::kill(-group, SIGTERM);
            termAt = clock.elapsed();
        } else if (termAt >= 0 && clock.elapsed() - termAt > m_grace.count()) {
            ::kill(-group, SIGKILL);
            termAt = clock.elapsed() + 3600 * 1000; // sent once
        }
    }
    process.waitForFinished(-1);
    out.append(process.readAllStandardOutput());
    err.append(process.readAllStandardError());
    drainLines(out, Stream::Out, sink, true);
    drainLines(err, Stream::Err, sink, true);
    // What the program left running in its group (a background job, a daemon) ends with the
    // step: nothing may write into the prefix once the step is recorded as done or failed.
    if (termAt >= 0)
        ::kill(-group, SIGKILL);
    else
        endProcessGroup(group, m_grace);
    result.exitCode = process.exitCode();
    if (timedOut)
        result.status = support::CommandResult::Status::TimedOut;
    else if (cancelled || process.exitStatus() == QProcess::CrashExit)
        result.status = support::CommandResult::Status::Crashed;
    else
        result.status = support::CommandResult::Status::Finished;
    return result;
}

} // namespace dlstack::engine
