// SPDX-License-Identifier: GPL-3.0-or-later
// The Ansible export as files: the playbook, an inventory that lists no host, the plan and,
// with a selection, selection.json and per-host planning on by default; words from the plan
// that look like Jinja are never templated; a URL with credentials is refused; the playbook
// passes ansible-playbook --syntax-check when ansible is installed; hosts appended to the
// exported inventory land in dlstack_hosts, and the untouched template (no host) makes the
// playbook say so instead of failing on a missing results directory; and
// `dlstack plan --format ansible` needs -o DIR and writes exactly these files there.
#include "core/plan/export/ansibleexporter.h"
#include "core/plan/planloader.h"
#include "tests/plan/plannerprofiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

plan::Plan loadedPlan(const QString &prefix, const QString &name, const QString &url = {})
{
    QJsonArray steps{QJsonObject{{QStringLiteral("kind"), QStringLiteral("run")},
                                 {QStringLiteral("argv"), QJsonArray{QStringLiteral("true")}}}};
    if (!url.isEmpty())
        steps.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("download")},
                                 {QStringLiteral("url"), url},
                                 {QStringLiteral("sha256"), QString(64, u'a')},
                                 {QStringLiteral("to"), QStringLiteral("x.tar")}});
    const QJsonObject o{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("name"), name},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("stages"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("one")},
                                                          {QStringLiteral("title"), QStringLiteral("one")},
                                                          {QStringLiteral("steps"), steps}}}}};
    auto loaded = plan::loadPlan(QJsonDocument(o).toJson(), QStringLiteral("test plan"));
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().toText()));
    return loaded.value();
}

} // namespace

class TstAnsibleExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void filesOfTheExport()
    {
        const auto copied = plan::exportAnsible(loadedPlan(QStringLiteral("/opt/dl"), QStringLiteral("lab")), {});
        QVERIFY(copied.ok());
        QCOMPARE(copied.value().keys(), (QStringList{QStringLiteral("inventory.ini"), QStringLiteral("plan.json"),
                                                     QStringLiteral("site.yml")}));
        const QString site = QString::fromUtf8(copied.value().value(QStringLiteral("site.yml")));
        QVERIFY(site.contains(
            u"default(false and dlstack_plan is not defined) | bool")); // no selection: the plan is copied as it is
        QVERIFY(site.contains(u"\"--yes\", \"--json\""));
        QVERIFY(site.contains(u"_program_default: !unsafe \"dlstack\""));
        const QString inventory = QString::fromUtf8(copied.value().value(QStringLiteral("inventory.ini")));
        QVERIFY(inventory.contains(u"[dlstack_hosts]"));
        for (const QString &line : inventory.split(u'\n')) // a template: no host is listed
            QVERIFY2(line.isEmpty() || line.startsWith(u'#') || line.startsWith(u'[') || line.contains(u"interpreter"),
                     qPrintable(line));
        const QJsonObject planJson =
            QJsonDocument::fromJson(copied.value().value(QStringLiteral("plan.json"))).object();
        QCOMPARE(planJson.value(QStringLiteral("prefix")).toString(), QStringLiteral("/opt/dl"));

        plan::AnsibleExport perHost;
        perHost.selection = QJsonObject{{QStringLiteral("torch"), QStringLiteral("2.4.1")}};
        perHost.program = QStringLiteral("/shared/{{ lookup('pipe', 'id') }}/dlstack");
        const auto planned = plan::exportAnsible(loadedPlan(QStringLiteral("/opt/dl"), QStringLiteral("lab")), perHost);
        QVERIFY(planned.ok());
        QVERIFY(planned.value().contains(QStringLiteral("selection.json")));
        const QString plannedSite = QString::fromUtf8(planned.value().value(QStringLiteral("site.yml")));
        QVERIFY(plannedSite.contains(u"default(true and dlstack_plan is not defined) | bool"));
        // Tagged !unsafe: Ansible keeps the braces as they are.
        QVERIFY2(plannedSite.contains(u"_program_default: !unsafe \"/shared/{{ lookup('pipe', 'id') }}/dlstack\""),
                 qPrintable(plannedSite.left(3000)));
        // A plan name with a newline stays one comment line.
        const auto named =
            plan::exportAnsible(loadedPlan(QStringLiteral("/opt/dl"), QStringLiteral("a\n- hosts: all")), {});
        QVERIFY(named.ok());
        QVERIFY(!named.value().value(QStringLiteral("site.yml")).contains("\n- hosts: all"));
    }

    void credentialsInAUrlAreRefused()
    {
        const auto refused = plan::exportAnsible(loadedPlan(QStringLiteral("/opt/dl"), QStringLiteral("lab"),
                                                            QStringLiteral("https://u:p@example.org/x.tar")),
                                                 {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().summary.contains(u"user name, password or query"),
                 qPrintable(refused.error().toText()));
        QVERIFY(!refused.error().details.contains(u"u:p@"));
    }

    void playbookPassesAnsibleSyntaxCheck()
    {
        const QString ansible = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
        if (ansible.isEmpty())
            QSKIP("ansible-playbook is not installed (scripts/setup installs ansible-core)");
        plan::AnsibleExport options;
        options.selection = QJsonObject{};
        const auto files = plan::exportAnsible(loadedPlan(QStringLiteral("/opt/dl"), QStringLiteral("lab")), options);
        QVERIFY(files.ok());
        const QString dir = m_dir.filePath(QStringLiteral("syntax"));
        QVERIFY(QDir().mkpath(dir));
        for (auto it = files.value().begin(); it != files.value().end(); ++it) {
            QFile f(dir + u'/' + it.key());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(it.value());
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), m_dir.filePath(QStringLiteral("tmp")));
        p.setProcessEnvironment(env);
        p.start(ansible, {QStringLiteral("--syntax-check"), QStringLiteral("-i"),
                          dir + QStringLiteral("/inventory.ini"), dir + QStringLiteral("/site.yml")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput() + p.readAllStandardError());
    }

    // docs/admins.md says "list the hosts in inventory.ini": a host appended at the end of
    // the template is in dlstack_hosts with the group's settings, and a run before any host
    // is listed says what to do.
    void inventoryTemplateTakesAppendedHosts()
    {
        const QString inventoryProgram = QStandardPaths::findExecutable(QStringLiteral("ansible-inventory"));
        const QString playbookProgram = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
        if (inventoryProgram.isEmpty() || playbookProgram.isEmpty())
            QSKIP("ansible-inventory/ansible-playbook are not installed (scripts/setup installs ansible-core)");
        const auto files = plan::exportAnsible(loadedPlan(QStringLiteral("/opt/dl"), QStringLiteral("lab")), {});
        QVERIFY(files.ok());
        const QString dir = m_dir.filePath(QStringLiteral("template"));
        QVERIFY(!plan::writeAnsibleExport(dir, files.value()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), m_dir.filePath(QStringLiteral("tmp")));
        const QString inventory = dir + QStringLiteral("/inventory.ini");

        QProcess empty;
        empty.setProcessEnvironment(env);
        empty.start(playbookProgram, {QStringLiteral("-i"), inventory, dir + QStringLiteral("/site.yml")});
        QVERIFY(empty.waitForFinished(120000));
        const QByteArray said = empty.readAllStandardOutput() + empty.readAllStandardError();
        QVERIFY2(empty.exitCode() != 0 && said.contains("lists no host in the group dlstack_hosts"), said.constData());
        QVERIFY2(!said.contains("does not exist"), said.constData());

        QFile file(inventory);
        QVERIFY(file.open(QIODevice::Append));
        file.write("ws-a ansible_connection=local\nws-b ansible_host=127.0.0.1 dlstack_prefix=/opt/dl-b\n");
        file.close();
        QProcess list;
        list.setProcessEnvironment(env);
        list.start(inventoryProgram, {QStringLiteral("-i"), inventory, QStringLiteral("--list")});
        QVERIFY(list.waitForFinished(120000));
        QVERIFY2(list.exitCode() == 0, list.readAllStandardError().constData());
        const QJsonObject listed = QJsonDocument::fromJson(list.readAllStandardOutput()).object();
        QCOMPARE(listed.value(QStringLiteral("dlstack_hosts")).toObject().value(QStringLiteral("hosts")).toArray(),
                 (QJsonArray{QStringLiteral("ws-a"), QStringLiteral("ws-b")}));
        const QJsonObject hostvars =
            listed.value(QStringLiteral("_meta")).toObject().value(QStringLiteral("hostvars")).toObject();
        QCOMPARE(hostvars.value(QStringLiteral("ws-b")).toObject().value(QStringLiteral("dlstack_prefix")).toString(),
                 QStringLiteral("/opt/dl-b"));
        QCOMPARE(hostvars.value(QStringLiteral("ws-a"))
                     .toObject()
                     .value(QStringLiteral("ansible_python_interpreter"))
                     .toString(),
                 QStringLiteral("auto_silent"));
    }

    void cliWritesTheFilesIntoADirectory()
    {
        const QString dlstack = QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");
        if (!QFile::exists(dlstack))
            QSKIP("the dlstack binary is not built");
        const QString profile = m_dir.filePath(QStringLiteral("profile.json"));
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(test::machine(test::MachineSpec{}).toJson()).toJson());
        file.close();
        const QStringList base{QStringLiteral("plan"),
                               QStringLiteral("--profile"),
                               profile,
                               QStringLiteral("--prefix"),
                               m_dir.filePath(QStringLiteral("p")),
                               QStringLiteral("--cpu"),
                               QStringLiteral("--torch"),
                               QStringLiteral("2.4.1"),
                               QStringLiteral("--format"),
                               QStringLiteral("ansible")};
        QProcess p;
        p.start(dlstack, base);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2); // several files: a directory is needed
        QVERIFY(p.readAllStandardError().contains("-o DIR"));
        const QString out = m_dir.filePath(QStringLiteral("fleet"));
        p.start(dlstack, base + QStringList{QStringLiteral("-o"), out});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(QDir(out).entryList(QDir::Files),
                 (QStringList{QStringLiteral("inventory.ini"), QStringLiteral("plan.json"),
                              QStringLiteral("selection.json"), QStringLiteral("site.yml")}));
        QFile selection(out + QStringLiteral("/selection.json"));
        QVERIFY(selection.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(selection.readAll()).object().value(QStringLiteral("backend")).toString(),
                 QStringLiteral("cpu"));
    }
};

QTEST_GUILESS_MAIN(TstAnsibleExport)
#include "tst_ansibleexport.moc"
