// SPDX-License-Identifier: GPL-3.0-or-later
// AppLog: Qt's messages land in the rotating file with their level and URLs redacted, the
// file rotates at its size cap keeping the configured number of files, also when several
// processes write it at once, and a directory that cannot be written leaves the program
// running without a file.
#include "core/support/applog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using dlstack::support::AppLog;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

AppLog::Settings settingsIn(const QTemporaryDir &dir)
{
    AppLog::Settings settings = AppLog::defaults(QStringLiteral("tst_applog"));
    settings.directory = dir.filePath(QStringLiteral("state/dlstack"));
    return settings;
}

// The shared-rotation case: small files, and this program started again as a second writer.
constexpr qint64 kSharedCap = 4096;
const char *const kWriterVariable = "TST_APPLOG_WRITER";

AppLog::Settings sharedSettings(const QString &directory)
{
    AppLog::Settings settings = AppLog::defaults(QStringLiteral("tst_applog"));
    settings.directory = directory;
    settings.maxFileBytes = kSharedCap;
    settings.files = 3;
    return settings;
}

// A second process: 200 lines of about 100 bytes into the shared log, then exit.
int writeAsSecondProcess(const QString &directory)
{
    AppLog log;
    if (!log.init(sharedSettings(directory)))
        return 1;
    const QString filler(40, u'y');
    for (int i = 0; i < 200; ++i)
        log.note(QStringLiteral("writer %1 line %2 %3").arg(QCoreApplication::applicationPid()).arg(i).arg(filler));
    return 0;
}

} // namespace

class TestAppLog : public QObject
{
    Q_OBJECT
private slots:
    void qtMessagesAreRedacted_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("level");
        QTest::newRow("qDebug") << int(QtDebugMsg) << QByteArray("[debug]");
        QTest::newRow("qInfo") << int(QtInfoMsg) << QByteArray("[info]");
        QTest::newRow("qWarning") << int(QtWarningMsg) << QByteArray("[warning]");
        QTest::newRow("qCritical") << int(QtCriticalMsg) << QByteArray("[error]");
    }
    void qtMessagesAreRedacted()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, level);
        QTemporaryDir dir;
        AppLog log;
        QVERIFY2(log.init(settingsIn(dir)), qPrintable(log.warning()));
        QCOMPARE(log.filePath(), dir.filePath(QStringLiteral("state/dlstack/tst_applog.log")));
        const QString url = QStringLiteral("https://user:secret@host/x?token=abc");
        switch (QtMsgType(type)) {
        case QtDebugMsg:
            qDebug().noquote() << QStringLiteral("fetching") << url;
            break;
        case QtInfoMsg:
            qInfo().noquote() << QStringLiteral("fetching") << url;
            break;
        case QtWarningMsg:
            qWarning().noquote() << QStringLiteral("fetching") << url;
            break;
        default:
            qCritical().noquote() << QStringLiteral("fetching") << url;
            break;
        }
        const QString path = log.filePath();
        log.shutdown();
        qWarning("after shutdown"); // back to the earlier handler: not in the file
        const QByteArray text = readAll(path);
        QVERIFY2(text.contains("fetching https://***@host/x?token=***"), text.constData());
        QVERIFY2(text.contains(level), text.constData());
        QVERIFY2(text.contains("[tst_applog "), text.constData());
        QVERIFY(!text.contains("secret"));
        QVERIFY(!text.contains("abc"));
        QVERIFY(!text.contains("after shutdown"));
    }

    void notesStayOutOfTheTerminalButNotTheFile()
    {
        QTemporaryDir dir;
        AppLog log;
        QVERIFY(log.init(settingsIn(dir)));
        log.note(QStringLiteral("tst_applog started: --index https://u:pw@mirror.example/simple"));
        const QString path = log.filePath();
        log.shutdown();
        const QByteArray text = readAll(path);
        QVERIFY2(text.contains("[info] tst_applog started: --index https://***@mirror.example/simple"),
                 text.constData());
        QVERIFY(!text.contains("pw@"));
    }

    void rotatesAtTheSizeCap()
    {
        QTemporaryDir dir;
        AppLog::Settings settings = settingsIn(dir);
        settings.maxFileBytes = 4096;
        settings.files = 3;
        AppLog log;
        QVERIFY(log.init(settings));
        const QString filler(60, u'x');
        for (int i = 0; i < 400; ++i) // about 40 KiB: ten times the cap
            log.note(QStringLiteral("line %1 %2").arg(i, 4, 10, QChar(u'0')).arg(filler));
        log.shutdown();
        const QDir logs(settings.directory);
        QCOMPARE(logs.entryList(QDir::Files, QDir::Name),
                 QStringList({QStringLiteral("tst_applog.1.log"), QStringLiteral("tst_applog.2.log"),
                              QStringLiteral("tst_applog.log")}));
        for (const QString &name : logs.entryList(QDir::Files))
            QVERIFY2(QFileInfo(logs.filePath(name)).size() <= settings.maxFileBytes, qPrintable(name));
        const QByteArray newest = readAll(logs.filePath(QStringLiteral("tst_applog.log")));
        QVERIFY(newest.contains("line 0399 "));
        QVERIFY(!newest.contains("line 0000 "));
        const QByteArray older = readAll(logs.filePath(QStringLiteral("tst_applog.1.log")));
        QVERIFY(!older.isEmpty() && !older.contains("line 0399 "));
    }

    // A long-lived writer (an install) keeps writing into the current file while short-lived
    // ones rotate it away several times; no file grows far past the cap; lines never mix.
    void rotationIsSharedBetweenProcesses()
    {
        QTemporaryDir dir;
        const QString directory = dir.filePath(QStringLiteral("state/dlstack"));
        AppLog log;
        QVERIFY(log.init(sharedSettings(directory)));
        log.note(QStringLiteral("first line of the long-running writer"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kWriterVariable), directory);
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < 3; ++i) {
            writers.push_back(std::make_unique<QProcess>());
            writers.back()->setProcessEnvironment(env);
            writers.back()->start(QCoreApplication::applicationFilePath(), {});
        }
        for (const auto &writer : writers) {
            QVERIFY(writer->waitForFinished(30000));
            QCOMPARE(writer->exitCode(), 0);
        }
        log.note(QStringLiteral("last line of the long-running writer"));
        log.shutdown();

        const QDir logs(directory);
        QCOMPARE(logs.entryList(QDir::Files, QDir::Name),
                 QStringList({QStringLiteral("tst_applog.1.log"), QStringLiteral("tst_applog.2.log"),
                              QStringLiteral("tst_applog.log")}));
        const QByteArray current = readAll(logs.filePath(QStringLiteral("tst_applog.log")));
        QVERIFY2(current.contains("last line of the long-running writer"), current.constData());
        static const QRegularExpression line(
            QStringLiteral(R"(^\[[0-9: .-]+\] \[tst_applog \d+\] \[info\] (writer \d+ line \d+ y{40}|\w[\w -]+)$)"));
        for (const QString &name : logs.entryList(QDir::Files)) {
            const QByteArray text = readAll(logs.filePath(name));
            // concurrent writers may each add a line between a size check and the write
            QVERIFY2(text.size() <= kSharedCap + 4 * 160, qPrintable(name + u' ' + QString::number(text.size())));
            for (const QByteArray &one : text.split('\n')) {
                if (!one.isEmpty())
                    QVERIFY2(line.match(QString::fromUtf8(one)).hasMatch(), one.constData());
            }
        }
    }

    void unwritableDirectoryIsNotFatal()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AppLog::Settings settings = settingsIn(dir);
        settings.directory = blocker.fileName() + QStringLiteral("/dlstack"); // below a file: not even root creates it
        AppLog log;
        QVERIFY(!log.init(settings));
        QVERIFY(!log.isOpen());
        QVERIFY(log.filePath().isEmpty());
        QVERIFY2(log.warning().contains(settings.directory + QStringLiteral("/tst_applog.log")),
                 qPrintable(log.warning()));
        QVERIFY2(log.warning().contains(QStringLiteral("continuing without it")), qPrintable(log.warning()));
        log.note(QStringLiteral("nowhere to go"));
        qWarning("still printed on stderr, nothing else happens");
        QVERIFY(!QFileInfo::exists(settings.directory));
    }

    void oneOpenLogAtATime()
    {
        QTemporaryDir dir;
        AppLog first;
        QVERIFY(first.init(settingsIn(dir)));
        AppLog second;
        AppLog::Settings other = settingsIn(dir);
        other.program = QStringLiteral("other");
        QVERIFY(!second.init(other));
        QVERIFY(second.warning().contains(first.filePath()));
        qWarning("to the first");
        first.shutdown();
        QVERIFY(second.init(other));
        qWarning("to the second");
        second.shutdown();
        QVERIFY(readAll(dir.filePath(QStringLiteral("state/dlstack/tst_applog.log"))).contains("to the first"));
        const QByteArray text = readAll(dir.filePath(QStringLiteral("state/dlstack/other.log")));
        QVERIFY(text.contains("to the second") && !text.contains("to the first"));
    }

    void defaultDirectoryFollowsXdgStateHome()
    {
        const QByteArray saved = qgetenv("XDG_STATE_HOME");
        qputenv("XDG_STATE_HOME", "/var/tmp/state");
        QCOMPARE(AppLog::defaultDirectory(), QStringLiteral("/var/tmp/state/dlstack"));
        qputenv("XDG_STATE_HOME", "relative/state"); // not absolute: ignored, as the XDG spec says
        QCOMPARE(AppLog::defaultDirectory(), QDir::homePath() + QStringLiteral("/.local/state/dlstack"));
        qunsetenv("XDG_STATE_HOME");
        QCOMPARE(AppLog::defaultDirectory(), QDir::homePath() + QStringLiteral("/.local/state/dlstack"));
        if (!saved.isNull())
            qputenv("XDG_STATE_HOME", saved);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kWriterVariable))
        return writeAsSecondProcess(qEnvironmentVariable(kWriterVariable));
    TestAppLog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_applog.moc"
