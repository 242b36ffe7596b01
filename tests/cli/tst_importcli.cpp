// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack import` on long conda outputs, as a user runs it: all 200,000 environments of a
// `conda env list` are in the --json profile, and a file over the 32 MiB cap is read up to
// the cap with a note on standard error, in the text report and in --json "problems"; a
// JSON text over the cap cannot be read in part and is refused with a message that says why.
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBinary = QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");

// A `conda env list` with `envs` environments below one root; each line 64 bytes.
QByteArray envList(int envs)
{
    QByteArray text = "# conda environments:\n#\nbase                   *  /home/user/miniconda3\n";
    text.reserve(text.size() + qsizetype(envs) * 64);
    for (int i = 0; i < envs; ++i) {
        const QByteArray name = "env" + QByteArray::number(i).rightJustified(7, '0');
        text += name.leftJustified(26, ' ') + "/home/user/miniconda3/envs/" + name + '\n';
    }
    return text;
}

int envCount(const QByteArray &json)
{
    int n = 0;
    for (const QJsonValue &install : QJsonDocument::fromJson(json).object().value(QStringLiteral("conda")).toArray())
        n += int(install.toObject().value(QStringLiteral("envs")).toArray().size());
    return n;
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void everyEnvironmentIsCounted()
    {
        const QString file = write(QStringLiteral("envs.txt"), envList(200000));
        const auto run = dlstack::test::runProgram(kBinary, {QStringLiteral("import"), file, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(envCount(run.out), 200001);
        QVERIFY2(!run.err.contains("Stopped reading"), run.err.constData());
    }

    void aFileOverTheCapSaysSo()
    {
        const QString file = write(QStringLiteral("huge.txt"), envList(600000)); // 38 MB
        const QByteArray note = "Stopped reading " + file.toUtf8() + " after 32 MiB; the counts cover the first 32 MiB";
        const auto json =
            dlstack::test::runProgram(kBinary, {QStringLiteral("import"), file, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.err.contains(note), json.err.constData());
        const QJsonArray problems =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().toObject().value(QStringLiteral("message")).toString().toUtf8().startsWith(note));
        // The whole lines before the cap: (32 MiB - the 72-byte head) / 64, and base.
        QCOMPARE(envCount(json.out), (32 * 1024 * 1024 - 72) / 64 + 1);

        const auto text = dlstack::test::runProgram(kBinary, {QStringLiteral("import"), file});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(note), text.out.constData());
    }

    void aJsonOverTheCapIsRefusedAsSuch()
    {
        QByteArray json = "{\"conda_version\": \"24.1.2\", \"root_prefix\": \"/opt/conda\", \"envs\": [\n";
        while (json.size() <= 33 * 1024 * 1024)
            json += "  \"/opt/conda/envs/" + QByteArray::number(json.size()) + "\",\n";
        json += "  \"/opt/conda\"\n]}\n";
        const QString file = write(QStringLiteral("info.json"), json);
        const auto run = dlstack::test::runProgram(kBinary, {QStringLiteral("import"), file, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(file.toUtf8() + ": longer than 32 MiB, and its first 32 MiB are in no format"),
                 run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
