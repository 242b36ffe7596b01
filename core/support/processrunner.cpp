// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/processrunner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace dlstack::support {

CommandResult ProcessRunner::run(const Command &command) const
{
    CommandResult result;
    QString program = command.program;
    if (!program.contains(u'/')) {
        const QString pathOverlay = command.env.value(QStringLiteral("PATH"));
        program = pathOverlay.isEmpty() ? QStandardPaths::findExecutable(command.program)
                                        : QStandardPaths::findExecutable(command.program, pathOverlay.split(u':'));
    }
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        result.status = CommandResult::Status::NotFound;
        return result;
    }
    result.program = program;

    QProcess process;
    if (!command.env.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = command.env.cbegin(); it != command.env.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
    }
    if (!command.cwd.isEmpty())
        process.setWorkingDirectory(command.cwd);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, command.args, QIODevice::ReadOnly);
    if (!process.waitForStarted(static_cast<int>(command.timeout.count()))) {
        result.status = CommandResult::Status::FailedToStart;
        return result;
    }

    QElapsedTimer timer;
    timer.start();
    const qint64 limit = command.timeout.count();
    bool finished = false;
    while (!finished) {
        const qint64 left = limit - timer.elapsed();
        if (left <= 0)
            break;
        finished = process.waitForFinished(static_cast<int>(std::min<qint64>(left, 100)));
        if (result.out.size() < m_outputCap)
            result.out += process.readAllStandardOutput();
        else
            process.readAllStandardOutput();
        if (result.err.size() < m_outputCap)
            result.err += process.readAllStandardError();
        else
            process.readAllStandardError();
        if (process.state() == QProcess::NotRunning)
            finished = true;
    }
    if (!finished) {
        process.kill();
        process.waitForFinished(1000);
        result.status = CommandResult::Status::TimedOut;
        return result;
    }
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    result.out.truncate(m_outputCap);
    result.err.truncate(m_outputCap);
    if (process.exitStatus() == QProcess::CrashExit) {
        result.status = CommandResult::Status::Crashed;
        return result;
    }
    result.status = CommandResult::Status::Finished;
    result.exitCode = process.exitCode();
    return result;
}

} // namespace dlstack::support
