// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/applog.h"

#include "core/support/sharedlogsink.h"
#include "core/support/urlredaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/logger.h>

#include <cstdio>
#include <mutex>

namespace dlstack::support {

struct AppLog::Sink
{
    std::shared_ptr<spdlog::logger> logger;
    QString path;
    QtMessageHandler previous = nullptr;
};

namespace {

// Qt's message handler is one process-wide function pointer, so the open log is one too;
// the mutex keeps a message from another thread off a log that shutdown() is closing.
std::mutex activeMutex;
std::shared_ptr<AppLog::Sink> active;

spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void write(spdlog::logger &logger, spdlog::level::level_enum level, const QString &text)
{
    const QByteArray bytes = redactUrls(text).toUtf8();
    logger.log(level, spdlog::string_view_t(bytes.constData(), size_t(bytes.size())));
}

void handleQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QtMessageHandler previous = nullptr;
    {
        const std::lock_guard lock(activeMutex);
        if (active) {
            previous = active->previous;
            QString text = message;
            if (context.category && qstrcmp(context.category, "default") != 0)
                text = QString::fromUtf8(context.category) + QStringLiteral(": ") + text;
            write(*active->logger, levelOf(type), text);
        }
    }
    // The terminal keeps what it showed before, with the same redaction as the file.
    const QString shown = redactUrls(message);
    if (previous)
        previous(type, context, shown);
    else
        std::fprintf(stderr, "%s\n", shown.toLocal8Bit().constData());
}

} // namespace

QString AppLog::defaultDirectory()
{
    const QString state = qEnvironmentVariable("XDG_STATE_HOME");
    const QString base = QDir::isAbsolutePath(state) ? state : QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/dlstack");
}

AppLog::Settings AppLog::defaults(const QString &program)
{
    Settings settings;
    settings.directory = defaultDirectory();
    settings.program = program;
    return settings;
}

AppLog::AppLog() = default;

AppLog::~AppLog()
{
    shutdown();
}

bool AppLog::init(const Settings &settings)
{
    shutdown();
    m_warning.clear();
    const QString path = QDir(settings.directory).filePath(settings.program + QStringLiteral(".log"));
    {
        const std::lock_guard lock(activeMutex);
        if (active)
            m_warning = QCoreApplication::translate("AppLog", "The log %1 is not opened: %2 is already being written.")
                            .arg(path, active->path);
    }
    if (m_warning.isEmpty()) {
        auto sink = std::make_shared<Sink>();
        sink->path = path;
        try {
            if (!QDir().mkpath(settings.directory))
                throw spdlog::spdlog_ex("cannot create the directory");
            const auto files =
                std::make_shared<SharedLogSink>(QFile::encodeName(path), settings.maxFileBytes, settings.files);
            sink->logger = std::make_shared<spdlog::logger>(settings.program.toStdString(), files);
            sink->logger->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%n %P] [%l] %v");
            sink->logger->set_level(spdlog::level::debug);
            sink->logger->flush_on(spdlog::level::debug); // a crash loses no line
        } catch (const spdlog::spdlog_ex &error) {
            m_warning =
                QCoreApplication::translate("AppLog", "The log file %1 cannot be written (%2); continuing without it.")
                    .arg(path, QString::fromLocal8Bit(error.what()));
        }
        if (m_warning.isEmpty()) {
            const std::lock_guard lock(activeMutex);
            m_sink = sink;
            active = sink;
            sink->previous = qInstallMessageHandler(handleQtMessage);
        }
    }
    if (!m_warning.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(settings.program), m_warning.toLocal8Bit().constData());
        return false;
    }
    return true;
}

void AppLog::shutdown()
{
    if (!m_sink)
        return;
    {
        const std::lock_guard lock(activeMutex);
        if (active == m_sink) {
            qInstallMessageHandler(m_sink->previous);
            active.reset();
        }
    }
    m_sink->logger->flush();
    m_sink.reset();
}

bool AppLog::isOpen() const
{
    return bool(m_sink);
}

QString AppLog::filePath() const
{
    return m_sink ? m_sink->path : QString();
}

QString AppLog::warning() const
{
    return m_warning;
}

void AppLog::note(const QString &text)
{
    if (m_sink)
        write(*m_sink->logger, spdlog::level::info, text);
}

} // namespace dlstack::support
