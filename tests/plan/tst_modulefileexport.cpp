// SPDX-License-Identifier: GPL-3.0-or-later
// The Lmod modulefile export: a plan installed by the real `dlstack install` into a prefix
// with a space in its path, its modulefile written by `dlstack plan --format modulefile`'s
// exporter, then Debian's real Lmod: `module load` gives the environment of the plan's
// activation script, `module unload` takes it back; loaded before the install it is refused
// with a message naming `dlstack status`. A plan without an activation script is
// refused, and a name with Lua's "]]" stays inside its string.
#include "core/plan/export/modulefileexporter.h"
#include "core/plan/planloader.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

const QString kLmodInit = QStringLiteral("/usr/share/lmod/lmod/init/bash");

QJsonObject planJson(const QString &prefix, const QString &name, bool activation)
{
    QJsonArray steps{QJsonObject{{QStringLiteral("kind"), QStringLiteral("write_file")},
                                 {QStringLiteral("path"), QStringLiteral("bin/hello")},
                                 {QStringLiteral("content"), QStringLiteral("#!/bin/sh\necho hello from dlstack\n")},
                                 {QStringLiteral("mode"), QStringLiteral("0755")}}};
    if (activation)
        steps.append(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("write_file")},
            {QStringLiteral("path"), QStringLiteral("activate")},
            {QStringLiteral("content"), QStringLiteral("export DLSTACK_MODULE_TEST=%1\nexport PATH=\"%2/bin:$PATH\"\n")
                                            .arg(QStringLiteral("loaded"), prefix)}});
    return {{QStringLiteral("schema"), 1},
            {QStringLiteral("name"), name},
            {QStringLiteral("prefix"), prefix},
            {QStringLiteral("stages"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("files")},
                                                              {QStringLiteral("title"), QStringLiteral("files")},
                                                              {QStringLiteral("steps"), steps}}}}};
}

} // namespace

class TstModulefileExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void withoutActivationScriptIsRefused()
    {
        const auto plan = plan::loadPlan(
            QJsonDocument(planJson(m_dir.filePath(QStringLiteral("bare")), QStringLiteral("bare"), false)).toJson(),
            QStringLiteral("test"));
        QVERIFY(plan.ok());
        const auto refused = plan::exportModulefile(plan.value());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().summary.contains(u"no activation script"), qPrintable(refused.error().toText()));
    }

    void lmodLoadsAndUnloadsThePlansEnvironment()
    {
        const QString prefix = m_dir.filePath(QStringLiteral("stacks/torch 2.4"));
        const QJsonObject json = planJson(prefix, QStringLiteral("torch ]] 2.4"), true);
        const QString planFile = m_dir.filePath(QStringLiteral("plan.json"));
        {
            QFile f(planFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(json).toJson());
        }
        const auto plan = plan::loadPlanFile(planFile);
        QVERIFY(plan.ok());
        const auto lua = plan::exportModulefile(plan.value());
        QVERIFY2(lua.ok(), lua.ok() ? "" : qPrintable(lua.error().toText()));
        QVERIFY(lua.value().contains("source_sh(\"bash\", [['"));
        QVERIFY(lua.value().contains("[=[Name: torch ]] 2.4]=]"));
        if (!QFile::exists(kLmodInit))
            QSKIP("Lmod is not installed (scripts/setup installs lmod)");
        test::writeTree(m_dir.path(), {{QStringLiteral("modules/dlstack/torch-2.4.lua"), lua.value()}});
        // Before the install: Lmod refuses with words that say why and what to run.
        QProcess early;
        early.start(QStringLiteral("bash"),
                    {QStringLiteral("--noprofile"), QStringLiteral("--norc"), QStringLiteral("-c"),
                     QStringLiteral(". %1\nexport MODULEPATH=%2\nmodule load dlstack/torch-2.4\n")
                         .arg(kLmodInit, m_dir.filePath(QStringLiteral("modules")))});
        QVERIFY(early.waitForFinished(60000));
        // Lmod wraps its message at the terminal's width.
        const QString refusedText =
            QString::fromUtf8(early.readAllStandardOutput() + early.readAllStandardError()).simplified();
        QVERIFY2(refusedText.contains(u"is not installed yet") && refusedText.contains(u"dlstack status --prefix"),
                 qPrintable(refusedText));
        const auto installed = test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
                                                {QStringLiteral("install"), planFile, QStringLiteral("--yes")});
        QVERIFY2(installed.exitCode == 0, installed.err.constData());
        const QString script =
            QStringLiteral(". %1\nexport MODULEPATH=%2\nmodule load dlstack/torch-2.4\n"
                           "echo \"loaded=$DLSTACK_MODULE_TEST\"\nhello\nmodule unload dlstack/torch-2.4\n"
                           "echo \"unloaded=${DLSTACK_MODULE_TEST:-none}\"\ncommand -v hello || echo 'no hello'\n")
                .arg(kLmodInit, m_dir.filePath(QStringLiteral("modules")));
        QProcess bash;
        bash.start(QStringLiteral("bash"),
                   {QStringLiteral("--noprofile"), QStringLiteral("--norc"), QStringLiteral("-c"), script});
        QVERIFY(bash.waitForFinished(60000));
        const QString out = QString::fromUtf8(bash.readAllStandardOutput());
        const QString err = QString::fromUtf8(bash.readAllStandardError());
        QVERIFY2(out.contains(u"loaded=loaded\n"), qPrintable(out + err));
        QVERIFY2(out.contains(u"hello from dlstack\n"), qPrintable(out + err));
        QVERIFY2(out.contains(u"unloaded=none\n"), qPrintable(out + err));
        QVERIFY2(out.contains(u"no hello"), qPrintable(out + err));
    }
};

QTEST_GUILESS_MAIN(TstModulefileExport)
#include "tst_modulefileexport.moc"
