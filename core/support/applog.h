// SPDX-License-Identifier: GPL-3.0-or-later
// AppLog: the application's own log, for `dlstack` and `dlstack-wizard` alike. A rotating
// file, <directory>/<program>.log (then <program>.1.log, <program>.2.log), by default in
// $XDG_STATE_HOME/dlstack (~/.local/state/dlstack). While open it receives every Qt message
// (qDebug, qInfo, qWarning, qCritical, qFatal), each still passed on to the handler that was
// installed before; URLs are redacted (support::redactUrls) before anything is written.
// A directory that cannot be written is not fatal: init() prints one warning on stderr and
// the program runs without a file. One AppLog is open per process at a time; its messages
// may come from any thread. Construct and init() it after the QCoreApplication.
#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

namespace dlstack::support {

class AppLog
{
public:
    struct Settings
    {
        QString directory;                     // created when missing
        QString program;                       // names the file and every line
        qint64 maxFileBytes = 4 * 1024 * 1024; // one file rotates past this size
        int files = 3;                         // the current file and the rotated ones, together
    };

    // $XDG_STATE_HOME/dlstack when XDG_STATE_HOME is an absolute path, else ~/.local/state/dlstack.
    static QString defaultDirectory();
    // The default directory and sizes, for this program.
    static Settings defaults(const QString &program);

    AppLog();
    ~AppLog(); // shutdown()
    AppLog(const AppLog &) = delete;
    AppLog &operator=(const AppLog &) = delete;

    // Opens the file and routes Qt's messages into it. False (and the reason on stderr and in
    // warning()) when the file cannot be written or another AppLog is already open.
    bool init(const Settings &settings);
    // Flushes and closes the file; Qt's messages go back to the handler from before init().
    void shutdown();

    bool isOpen() const;
    QString filePath() const; // empty when not open
    QString warning() const;  // why the last init() failed; empty after a success

    // A line of the program's own (start, exit) into the file only, never on stderr.
    void note(const QString &text);

    struct Sink; // defined in applog.cpp: the open file, shared with Qt's message handler

private:
    std::shared_ptr<Sink> m_sink;
    QString m_warning;
};

} // namespace dlstack::support
