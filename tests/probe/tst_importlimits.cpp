// SPDX-License-Identifier: GPL-3.0-or-later
// Importing very long conda outputs: every environment of a 200,000-line `conda env list`,
// `conda info --json` or environments.txt is counted (the parsers used to stop at 1 MiB
// without a word), and a text over Importer::kMaxInputBytes is parsed up to its last whole
// line before the cap, with a note that says so in the profile's problems. No timing here:
// docs/benchmarks.md has the speed, measured by tests/bench/bench_import.cpp.
#include "core/probe/importer.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dlstack::probe;

namespace {

constexpr int kEnvs = 200000;
const QByteArray kRoot = "/home/user/miniconda3";

// "env0000042                /home/user/miniconda3/envs/env0000042\n": every line the same length.
QByteArray envListLine(int i)
{
    const QByteArray name = "env" + QByteArray::number(i).rightJustified(7, '0');
    return name.leftJustified(26, ' ') + kRoot + "/envs/" + name + '\n';
}

const QByteArray kEnvListHead = "# conda environments:\n#\nbase                   *  " + kRoot + "\n";

int envCount(const SystemProfile &profile)
{
    int n = 0;
    for (const CondaInstall &install : profile.conda)
        n += int(install.envs.size());
    return n;
}

} // namespace

class TestImportLimits : public QObject
{
    Q_OBJECT

private slots:
    void longEnvList()
    {
        QByteArray text = kEnvListHead;
        for (int i = 0; i < kEnvs; ++i)
            text += envListLine(i);
        const Importer::Outcome outcome = Importer().import(text, QStringLiteral("envs.txt"));
        QCOMPARE(outcome.format, QStringLiteral("conda-env-list"));
        QVERIFY(outcome.cutNote.isEmpty());
        QCOMPARE(outcome.profile.conda.size(), 1);
        const CondaInstall &install = outcome.profile.conda.first();
        QCOMPARE(install.root, QString::fromUtf8(kRoot));
        QCOMPARE(install.envs.size(), kEnvs + 1);
        QCOMPARE(install.envs.first().name, QStringLiteral("base"));
        QCOMPARE(install.envs.last().name, QStringLiteral("env0199999"));
        QCOMPARE(install.envs.last().path, QString::fromUtf8(kRoot + "/envs/env0199999"));
        QVERIFY(outcome.profile.problems.isEmpty());
    }

    void longInfoJson()
    {
        QJsonArray envs{QString::fromUtf8(kRoot)};
        for (int i = 0; i < kEnvs; ++i)
            envs.append(QString::fromUtf8(kRoot + "/envs/env" + QByteArray::number(i)));
        envs.append(QString::fromUtf8(kRoot + "/envs/env7")); // listed twice: counted once
        const QJsonObject info{{QStringLiteral("conda_version"), QStringLiteral("24.1.2")},
                               {QStringLiteral("root_prefix"), QString::fromUtf8(kRoot)},
                               {QStringLiteral("envs"), envs}};
        const Importer::Outcome outcome = Importer().import(QJsonDocument(info).toJson(), QStringLiteral("info.json"));
        QCOMPARE(outcome.format, QStringLiteral("conda-info-json"));
        QCOMPARE(envCount(outcome.profile), kEnvs + 1);
        QCOMPARE(outcome.profile.conda.first().envs.first().name, QStringLiteral("base"));
    }

    void longEnvironmentsTxt()
    {
        QByteArray text = kRoot + '\n';
        for (int i = 0; i < kEnvs; ++i)
            text += kRoot + "/envs/env" + QByteArray::number(i) + '\n';
        text += kRoot + "/envs/env7\n"; // listed twice: counted once
        const Importer::Outcome outcome = Importer().import(text, QStringLiteral("environments.txt"));
        QCOMPARE(outcome.format, QStringLiteral("environments-txt"));
        QCOMPARE(outcome.profile.conda.size(), 1);
        QCOMPARE(envCount(outcome.profile), kEnvs + 1);
    }

    void overTheCapSaysWhereItStopped()
    {
        // Lines past the cap, and a last line cut through by it.
        const qsizetype lineLength = envListLine(0).size();
        const qsizetype wholeLines = (Importer::kMaxInputBytes - kEnvListHead.size()) / lineLength;
        QByteArray text = kEnvListHead;
        text.reserve(Importer::kMaxInputBytes + 1000 * lineLength);
        for (int i = 0; text.size() <= Importer::kMaxInputBytes + 100 * lineLength; ++i)
            text += envListLine(i);
        QVERIFY((Importer::kMaxInputBytes - kEnvListHead.size()) % lineLength != 0); // the cap cuts a line

        QBuffer device(&text);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const QByteArray read = Importer::read(device);
        QCOMPARE(read.size(), Importer::kMaxInputBytes + 1);

        const Importer::Outcome outcome = Importer().import(read, QStringLiteral("big.txt"));
        QCOMPARE(outcome.format, QStringLiteral("conda-env-list"));
        QCOMPARE(envCount(outcome.profile), int(wholeLines) + 1); // + base
        QVERIFY2(outcome.cutNote.startsWith(QStringLiteral("Stopped reading big.txt after 32 MiB; the counts cover "
                                                           "the first 32 MiB")),
                 qPrintable(outcome.cutNote));
        QVERIFY(outcome.cutNote.contains(QString::number(wholeLines + 3) + QStringLiteral(" lines")));
        QCOMPARE(outcome.profile.problems.size(), 1);
        QCOMPARE(outcome.profile.problems.first().message, outcome.cutNote);
        QVERIFY(outcome.profile.toJson()
                    .value(QStringLiteral("problems"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("Stopped reading big.txt")));
    }

    void exactlyAtTheCapIsWhole()
    {
        QByteArray text = kEnvListHead;
        while (text.size() + envListLine(0).size() <= Importer::kMaxInputBytes)
            text += envListLine(0);
        text += QByteArray(Importer::kMaxInputBytes - text.size() - 1, '#') + '\n';
        QCOMPARE(text.size(), Importer::kMaxInputBytes);
        QVERIFY(Importer().import(text, QStringLiteral("full.txt")).cutNote.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
