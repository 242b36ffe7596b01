// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack plan --format ansible` run by Debian's real ansible-playbook against hosts on
// this machine (docs/admins.md):
//  - two hosts on localhost with the local connection and their own prefixes, a third
//    whose plan fails, and one in the inventory that is unreachable (ssh to 127.0.0.2 on a
//    closed port); as root, two more hosts in network namespaces of their own, each with
//    its own sshd, reached over ssh (they share this machine's file system);
//  - the first run installs (changed), the second changes nothing; the unreachable and the
//    failed host stop no other; each host's status, plan and install result come back to
//    results/<host>/, with the failed stage's diagnosis and log; summary.txt has a line
//    per host;
//  - with per-host planning each host makes its own plan from its `dlstack detect --json`
//    and the exported selection, into the prefix named in the inventory.
// Skipped without ansible-playbook (scripts/setup installs it).
#include "tests/plan/plannerprofiles.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace dlstack;

namespace {

const QString kBinary = QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");

QJsonObject stage(const QString &id, const QJsonArray &steps)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), id}, {QStringLiteral("steps"), steps}};
}

QJsonObject runStep(const QStringList &argv, const QStringList &creates = {})
{
    QJsonObject o{{QStringLiteral("kind"), QStringLiteral("run")},
                  {QStringLiteral("argv"), QJsonArray::fromStringList(argv)}};
    if (!creates.isEmpty())
        o.insert(QStringLiteral("creates"), QJsonArray::fromStringList(creates));
    return o;
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

struct Recap
{
    int ok = -1;
    int changed = -1;
    int unreachable = -1;
    int failed = -1;
};

// "ws-a   : ok=9    changed=3    unreachable=0    failed=0 ..." of PLAY RECAP
Recap recapOf(const QString &output, const QString &host)
{
    const QRegularExpression line(QStringLiteral("^%1\\s*: ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+"
                                                 "failed=(\\d+)")
                                      .arg(QRegularExpression::escape(host)),
                                  QRegularExpression::MultilineOption);
    const auto m = line.match(output);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt()};
}

struct Run
{
    int exitCode = -1;
    QString output;
};

// A host in a network namespace of its own with an sshd listening on its address only.
struct NamespaceHost
{
    QString name;    // ip netns name
    QString address; // the host's address inside the namespace
    QString pidFile; // sshd's
};

bool command(const QStringList &argv, QString *why)
{
    QProcess p;
    p.start(argv.first(), argv.mid(1));
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = argv.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError()).trimmed() +
               p.errorString();
        return false;
    }
    return true;
}

} // namespace

class TstAnsibleFleet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ansible;
    QString m_export; // the directory `dlstack plan --format ansible -o` wrote
    QList<NamespaceHost> m_namespaces;
    QString m_namespaceNote; // why there are none, when there are none
    QString m_key;           // ssh client key for the namespace hosts
    QString m_program;       // a copy of dlstack that no concurrent relink replaces between the two runs

    QMap<QString, QString> ansibleEnv() const
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        return {{QStringLiteral("HOME"), home},
                {QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share")},
                {QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state")},
                {QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config")},
                {QStringLiteral("ANSIBLE_CONFIG"), m_dir.filePath(QStringLiteral("none.cfg"))},
                {QStringLiteral("ANSIBLE_LOCAL_TEMP"), home + QStringLiteral("/.ansible-local")},
                {QStringLiteral("ANSIBLE_REMOTE_TEMP"), home + QStringLiteral("/.ansible-remote")},
                {QStringLiteral("ANSIBLE_SSH_CONTROL_PATH_DIR"), home + QStringLiteral("/.ansible-cp")},
                {QStringLiteral("ANSIBLE_HOST_KEY_CHECKING"), QStringLiteral("False")},
                {QStringLiteral("ANSIBLE_RETRY_FILES_ENABLED"), QStringLiteral("False")},
                {QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1")},
                {QStringLiteral("ANSIBLE_TIMEOUT"), QStringLiteral("10")},
                {QStringLiteral("ANSIBLE_FORKS"), QStringLiteral("4")}};
    }

    Run playbook(const QString &inventory, const QStringList &extra = {})
    {
        const auto run = test::runProgram(
            m_ansible, QStringList{QStringLiteral("-i"), inventory, m_export + QStringLiteral("/site.yml")} + extra, {},
            300000, ansibleEnv());
        return {run.exitCode, QString::fromUtf8(run.out + run.err)};
    }

    // A plan that runs without a network in a few seconds: a file, then a real venv.
    QString tinyPlan(const QString &host)
    {
        const QString prefix = m_dir.filePath(QStringLiteral("prefix-") + host);
        const QString path = m_dir.filePath(QStringLiteral("plan-") + host + QStringLiteral(".json"));
        writeJson(path,
                  {{QStringLiteral("schema"), 1},
                   {QStringLiteral("name"), QStringLiteral("tiny ") + host},
                   {QStringLiteral("prefix"), prefix},
                   {QStringLiteral("stages"),
                    QJsonArray{stage(QStringLiteral("notes"),
                                     {QJsonObject{{QStringLiteral("kind"), QStringLiteral("write_file")},
                                                  {QStringLiteral("path"), QStringLiteral("notes/host.txt")},
                                                  {QStringLiteral("content"), host + u'\n'}}}),
                               stage(QStringLiteral("venv"),
                                     {runStep({QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("venv"),
                                               QStringLiteral("--without-pip"), prefix + QStringLiteral("/venv")},
                                              {prefix + QStringLiteral("/venv")})})}}});
        return path;
    }

    // The Apex build that fails on an H100 with CUDA 13 (tests/cli/tst_installdiagnosis.cpp).
    QString failingPlan(const QString &host)
    {
        const QString script = m_dir.filePath(QStringLiteral("apex-build.sh"));
        test::writeTree(m_dir.path(),
                        {{QStringLiteral("apex-build.sh"),
                          "echo '[3/9] /usr/local/cuda/bin/nvcc -gencode arch=compute_70,code=sm_70 -c fused.cu'\n"
                          "echo 'FAILED: build/temp/fused.o'\n"
                          "echo \"nvcc fatal   : Unsupported gpu architecture 'compute_70'\"\n"
                          "echo 'ninja: build stopped: subcommand failed.'\n"
                          "exit 1\n"}});
        const QString path = m_dir.filePath(QStringLiteral("plan-") + host + QStringLiteral(".json"));
        writeJson(path,
                  {{QStringLiteral("schema"), 1},
                   {QStringLiteral("name"), QStringLiteral("apex")},
                   {QStringLiteral("prefix"), m_dir.filePath(QStringLiteral("prefix-") + host)},
                   {QStringLiteral("machine"),
                    QJsonDocument::fromJson(test::readFixture(QStringLiteral("device-h100/profile.json"))).object()},
                   {QStringLiteral("stages"),
                    QJsonArray{stage(QStringLiteral("apex"), {runStep({QStringLiteral("sh"), script})})}}});
        return path;
    }

    // Two network namespaces with a veth pair and an sshd each; needs root, ip and sshd.
    void startNamespaceHosts()
    {
        const QString sshd = QStringLiteral("/usr/sbin/sshd");
        const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
        const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
        if (geteuid() != 0 || ip.isEmpty() || !QFile::exists(sshd) || keygen.isEmpty()) {
            m_namespaceNote = QStringLiteral("not root, or no ip, sshd or ssh-keygen");
            return;
        }
        QString why;
        m_key = m_dir.filePath(QStringLiteral("client-key"));
        const QString hostKey = m_dir.filePath(QStringLiteral("host-key"));
        if (!command({keygen, QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), QString(), QStringLiteral("-f"), m_key},
                     &why) ||
            !command({keygen, QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), QString(), QStringLiteral("-f"), hostKey},
                     &why)) {
            m_namespaceNote = why;
            return;
        }
        QFile::copy(m_key + QStringLiteral(".pub"), m_dir.filePath(QStringLiteral("authorized_keys")));
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
        const int tag = int(getpid() % 100000);
        const int subnet = int(getpid() % 200) + 20;
        for (int i = 0; i < 2; ++i) {
            const QString ns = QStringLiteral("dls%1n%2").arg(tag).arg(i);
            const QString outside = QStringLiteral("dls%1v%2").arg(tag).arg(i);
            const QString inside = QStringLiteral("dls%1w%2").arg(tag).arg(i);
            const QString base = QStringLiteral("10.231.%1.%2").arg(subnet);
            const QString here = base.arg(i * 4 + 1);
            const QString there = base.arg(i * 4 + 2);
            const QString home = m_dir.filePath(QStringLiteral("home-") + ns);
            QDir().mkpath(home);
            const QString config = m_dir.filePath(ns + QStringLiteral(".sshd_config"));
            const QString pidFile = m_dir.filePath(ns + QStringLiteral(".pid"));
            test::writeTree(m_dir.path(),
                            {{ns + QStringLiteral(".sshd_config"),
                              QStringLiteral("ListenAddress %1\nHostKey %2\nAuthorizedKeysFile %3\n"
                                             "PermitRootLogin prohibit-password\nPasswordAuthentication no\n"
                                             "StrictModes no\nPidFile %4\nSubsystem sftp internal-sftp\n"
                                             "SetEnv HOME=%5 XDG_DATA_HOME=%5/.local/share "
                                             "XDG_STATE_HOME=%5/.local/state XDG_CONFIG_HOME=%5/.config\n")
                                  .arg(there, hostKey, m_dir.filePath(QStringLiteral("authorized_keys")), pidFile, home)
                                  .toUtf8()}});
            if (!command({ip, QStringLiteral("netns"), QStringLiteral("add"), ns}, &why)) {
                m_namespaceNote = why;
                return;
            }
            m_namespaces.append({ns, there, pidFile});
            const QList<QStringList> setup{
                {ip, QStringLiteral("link"), QStringLiteral("add"), outside, QStringLiteral("type"),
                 QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), inside},
                {ip, QStringLiteral("link"), QStringLiteral("set"), inside, QStringLiteral("netns"), ns},
                {ip, QStringLiteral("addr"), QStringLiteral("add"), here + QStringLiteral("/30"), QStringLiteral("dev"),
                 outside},
                {ip, QStringLiteral("link"), QStringLiteral("set"), outside, QStringLiteral("up")},
                {ip, QStringLiteral("netns"), QStringLiteral("exec"), ns, ip, QStringLiteral("addr"),
                 QStringLiteral("add"), there + QStringLiteral("/30"), QStringLiteral("dev"), inside},
                {ip, QStringLiteral("netns"), QStringLiteral("exec"), ns, ip, QStringLiteral("link"),
                 QStringLiteral("set"), inside, QStringLiteral("up")},
                {ip, QStringLiteral("netns"), QStringLiteral("exec"), ns, ip, QStringLiteral("link"),
                 QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")},
                {ip, QStringLiteral("netns"), QStringLiteral("exec"), ns, sshd, QStringLiteral("-f"), config,
                 QStringLiteral("-E"), m_dir.filePath(ns + QStringLiteral(".sshd.log"))}};
            for (const QStringList &argv : setup) {
                if (!command(argv, &why)) {
                    m_namespaceNote = why;
                    return;
                }
            }
        }
    }

    void stopNamespaceHosts()
    {
        const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
        for (const NamespaceHost &host : std::as_const(m_namespaces)) {
            QFile pid(host.pidFile);
            if (pid.open(QIODevice::ReadOnly)) {
                const qint64 id = pid.readAll().trimmed().toLongLong();
                if (id > 1)
                    ::kill(pid_t(id), SIGTERM);
            }
            QString why;
            command({ip, QStringLiteral("netns"), QStringLiteral("delete"), host.name}, &why); // removes its veth pair
        }
        m_namespaces.clear();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ansible = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
        if (m_ansible.isEmpty())
            QSKIP("ansible-playbook is not installed (scripts/setup installs ansible-core)");
        QVERIFY(QFile::exists(kBinary));
        // The export itself, from the real CLI, for a machine given as a profile.
        test::MachineSpec spec;
        const QString profile = m_dir.filePath(QStringLiteral("controller-profile.json"));
        writeJson(profile, test::machine(spec).toJson());
        m_export = m_dir.filePath(QStringLiteral("fleet"));
        const auto exported =
            test::runProgram(kBinary,
                             {QStringLiteral("plan"), QStringLiteral("--profile"), profile, QStringLiteral("--prefix"),
                              m_dir.filePath(QStringLiteral("fleet-prefix")), QStringLiteral("--cpu"),
                              QStringLiteral("--torch"), QStringLiteral("2.4.1"), QStringLiteral("--format"),
                              QStringLiteral("ansible"), QStringLiteral("-o"), m_export},
                             {}, 120000, ansibleEnv());
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        for (const char *name : {"site.yml", "inventory.ini", "plan.json", "selection.json"})
            QVERIFY2(QFile::exists(m_export + u'/' + QLatin1String(name)), name);
        m_program = m_dir.filePath(QStringLiteral("dlstack"));
        QVERIFY(QFile::copy(kBinary, m_program));
        startNamespaceHosts();
        if (m_namespaces.size() < 2) {
            qInfo("network-namespace hosts: not possible here (%s); localhost hosts only", qPrintable(m_namespaceNote));
            stopNamespaceHosts();
        }
    }

    void cleanupTestCase() { stopNamespaceHosts(); }

    void installsOnEveryReachableHostOnceAndBringsResultsBack()
    {
        QStringList lines{QStringLiteral("[dlstack_hosts]")};
        const QString local = QStringLiteral(" ansible_connection=local dlstack_plan=");
        lines << QStringLiteral("ws-a") + local + tinyPlan(QStringLiteral("ws-a"));
        lines << QStringLiteral("ws-b") + local + tinyPlan(QStringLiteral("ws-b"));
        lines << QStringLiteral("ws-c") + local + failingPlan(QStringLiteral("ws-c"));
        lines << QStringLiteral("dead ansible_host=127.0.0.2 ansible_port=9 ansible_connection=ssh");
        QStringList reachable{QStringLiteral("ws-a"), QStringLiteral("ws-b")};
        for (int i = 0; i < m_namespaces.size(); ++i) {
            const QString host = QStringLiteral("ns-%1").arg(i + 1);
            reachable << host;
            lines << QStringLiteral("%1 ansible_host=%2 ansible_connection=ssh ansible_user=root "
                                    "ansible_ssh_private_key_file=%3 "
                                    "ansible_ssh_common_args='-o UserKnownHostsFile=/dev/null' "
                                    "dlstack_copy_program=%4 dlstack_plan=%5")
                         .arg(host, m_namespaces[i].address, m_key, m_program, tinyPlan(host));
        }
        lines << QStringLiteral("[dlstack_hosts:vars]") << QStringLiteral("ansible_python_interpreter=/usr/bin/python3")
              << QStringLiteral("dlstack_program=") + m_program;
        const QString inventory = m_dir.filePath(QStringLiteral("inventory.ini"));
        test::writeTree(m_dir.path(), {{QStringLiteral("inventory.ini"), lines.join(u'\n').toUtf8() + '\n'}});
        const QString results = m_export + QStringLiteral("/results/");

        const Run first = playbook(inventory);
        QVERIFY2(first.exitCode != 0, qPrintable(first.output)); // a failed and an unreachable host
        for (const QString &host : std::as_const(reachable)) {
            const Recap r = recapOf(first.output, host);
            QVERIFY2(r.changed > 0 && r.failed == 0 && r.unreachable == 0, qPrintable(host + u'\n' + first.output));
            const QJsonObject install = readJson(results + host + QStringLiteral("/install.json"));
            QCOMPARE(install.value(QStringLiteral("ran")).toArray().size(), 2);
            QCOMPARE(install.value(QStringLiteral("ok")).toBool(), true);
            const QJsonObject status = readJson(results + host + QStringLiteral("/status.json"));
            const QJsonArray stages = status.value(QStringLiteral("stages")).toArray();
            QCOMPARE(stages.size(), 2);
            for (const auto &s : stages)
                QCOMPARE(s.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
            QVERIFY(
                QFile::exists(m_dir.filePath(QStringLiteral("prefix-") + host + QStringLiteral("/venv/bin/python3"))));
            QVERIFY(QFile::exists(results + host + QStringLiteral("/plan.json")));
        }
        const Recap dead = recapOf(first.output, QStringLiteral("dead"));
        QCOMPARE(dead.unreachable, 1);
        const Recap failed = recapOf(first.output, QStringLiteral("ws-c"));
        QCOMPARE(failed.failed, 1);
        const QJsonObject diagnosed = readJson(results + QStringLiteral("ws-c/install.json"));
        QCOMPARE(diagnosed.value(QStringLiteral("failed_stage")).toString(), QStringLiteral("apex"));
        QCOMPARE(diagnosed.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("toolkit_dropped_arch"));
        QFile log(results + QStringLiteral("ws-c/logs/apex.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("Unsupported gpu architecture 'compute_70'"));
        QFile summaryFile(results + QStringLiteral("summary.txt"));
        QVERIFY(summaryFile.open(QIODevice::ReadOnly));
        const QString summary = QString::fromUtf8(summaryFile.readAll());
        QVERIFY2(summary.contains(QStringLiteral("ws-a: installed: ran notes, venv")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("ws-c: failed in stage apex")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("[toolkit_dropped_arch]")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("dead: unreachable")), qPrintable(summary));

        // The second run finds every stage done: nothing changes on the hosts that installed.
        const Run second = playbook(inventory);
        {
            QFile keep(m_dir.filePath(QStringLiteral("second-run.log"))); // the whole output, for a failure below
            if (keep.open(QIODevice::WriteOnly))
                keep.write(second.output.toUtf8());
            qInfo("second run's output: %s", qPrintable(keep.fileName()));
        }
        for (const QString &host : std::as_const(reachable)) {
            const Recap r = recapOf(second.output, host);
            QVERIFY2(r.changed == 0 && r.failed == 0 && r.ok > 0, qPrintable(host + u'\n' + second.output));
            const QJsonObject install = readJson(results + host + QStringLiteral("/install.json"));
            QCOMPARE(install.value(QStringLiteral("ran")).toArray().size(), 0);
            QCOMPARE(install.value(QStringLiteral("skipped")).toArray().size(), 2);
        }
        QCOMPARE(recapOf(second.output, QStringLiteral("dead")).unreachable, 1);
        QCOMPARE(recapOf(second.output, QStringLiteral("ws-c")).failed, 1);
        QFile again(results + QStringLiteral("summary.txt"));
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(again.readAll().contains("ws-b: up to date: every stage was already done (notes, venv)"));
    }

    void eachHostPlansForItselfFromItsOwnDetection()
    {
        const QString inventory = m_dir.filePath(QStringLiteral("per-host.ini"));
        const QString a = m_dir.filePath(QStringLiteral("per-host-a"));
        const QString b = m_dir.filePath(QStringLiteral("per-host-b"));
        test::writeTree(m_dir.path(),
                        {{QStringLiteral("per-host.ini"),
                          QStringLiteral("[dlstack_hosts]\nlab-a ansible_connection=local dlstack_prefix=%1\n"
                                         "lab-b ansible_connection=local dlstack_prefix=%2\n[dlstack_hosts:vars]\n"
                                         "ansible_python_interpreter=/usr/bin/python3\ndlstack_program=%3\n")
                              .arg(a, b, kBinary)
                              .toUtf8()}});
        const Run run = playbook(inventory, {QStringLiteral("-e"), QStringLiteral("dlstack_install=false")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QString results = m_export + QStringLiteral("/results/");
        for (const auto &[host, prefix] :
             {std::pair{QStringLiteral("lab-a"), a}, std::pair{QStringLiteral("lab-b"), b}}) {
            QCOMPARE(recapOf(run.output, host).changed, 0);
            const QJsonObject plan = readJson(results + host + QStringLiteral("/plan.json"));
            QCOMPARE(plan.value(QStringLiteral("prefix")).toString(), prefix);
            const QJsonObject profile = readJson(results + host + QStringLiteral("/profile.json"));
            // The plan was made for this host's detection, not for the controller's profile.
            QCOMPARE(plan.value(QStringLiteral("machine")).toObject().value(QStringLiteral("host")),
                     profile.value(QStringLiteral("host")));
            QVERIFY(!QFile::exists(prefix + QStringLiteral("/.dlstack/journal.jsonl")));
        }
        QFile summary(results + QStringLiteral("summary.txt"));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        QVERIFY(summary.readAll().contains("lab-a: planned, not installed"));
    }
};

QTEST_GUILESS_MAIN(TstAnsibleFleet)
#include "tst_ansiblefleet.moc"
