// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace dlstack::test {

QString fixturePath(const QString &relative)
{
    return QStringLiteral(DLSTACK_FIXTURES) + u'/' + relative;
}

QByteArray readFixture(const QString &relative)
{
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

QStringList fixtureFiles(const QString &dir, const QString &suffix)
{
    QStringList out;
    const QDir d(fixturePath(dir));
    for (const QString &name : d.entryList({u'*' + suffix}, QDir::Files, QDir::Name))
        out << dir + u'/' + name;
    return out;
}

void writeTree(const QString &root, const QList<QPair<QString, QByteArray>> &files)
{
    for (const auto &[path, content] : files) {
        const QString full = root + u'/' + path;
        if (path.endsWith(u'/')) {
            QDir().mkpath(full);
            continue;
        }
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile file(full);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(full));
        file.write(content);
    }
}

void makeExecutable(const QString &path)
{
    QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
}

ProgramRun runProgram(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs,
                      const QMap<QString, QString> &env)
{
    QProcess p;
    if (!env.isEmpty()) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
    }
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        qFatal("%s %s hung", qPrintable(program), qPrintable(args.join(u' ')));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace dlstack::test
