// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/processexplainer.h"

#include <QCoreApplication>

namespace dlstack::support {

QString tailLines(const QByteArray &output, int lines)
{
    const QString text = QString::fromUtf8(output).trimmed();
    QStringList all = text.split(u'\n');
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    QString joined = all.join(u'\n');
    if (joined.size() > 2000)
        joined = joined.right(2000);
    return joined;
}

Error explainProcessFailure(const Command &command, const CommandResult &result)
{
    const QString name = command.program;
    Error error;
    switch (result.status) {
    case CommandResult::Status::NotFound:
        error.summary = QCoreApplication::translate("ProcessExplainer", "%1 was not found.").arg(name);
        error.remedy =
            QCoreApplication::translate("ProcessExplainer", "Install %1 or add its directory to PATH.").arg(name);
        break;
    case CommandResult::Status::FailedToStart:
        error.summary = QCoreApplication::translate("ProcessExplainer", "%1 could not be started.").arg(name);
        error.remedy =
            QCoreApplication::translate("ProcessExplainer", "Check that %1 is executable and not damaged.").arg(name);
        break;
    case CommandResult::Status::TimedOut:
        error.summary =
            QCoreApplication::translate("ProcessExplainer", "%1 did not answer within %2 s and was stopped.")
                .arg(name)
                .arg(static_cast<double>(command.timeout.count()) / 1000.0);
        error.remedy = QCoreApplication::translate(
            "ProcessExplainer", "The program hangs; for nvidia-smi this usually means the driver is stuck. "
                                "Reboot, or reload the driver, and try again.");
        break;
    case CommandResult::Status::Crashed:
        error.summary = QCoreApplication::translate("ProcessExplainer", "%1 crashed.").arg(name);
        break;
    case CommandResult::Status::Finished:
        error.summary = QCoreApplication::translate("ProcessExplainer", "%1 failed with exit code %2.")
                            .arg(name)
                            .arg(result.exitCode);
        break;
    }
    QString details = command.display();
    const QString tail = tailLines(result.err.isEmpty() ? result.out : result.err);
    if (!tail.isEmpty())
        details += u'\n' + tail;
    error.details = details;
    return error;
}

} // namespace dlstack::support
