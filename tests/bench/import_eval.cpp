// SPDX-License-Identifier: GPL-3.0-or-later
// import_eval: scores `dlstack import` on the captured-output corpus (tests/fixtures/probe:
// SOURCES.tsv names each fixture, its origin and its split; EXPECTED.tsv the facts a person
// reads from each text). For the chosen split ("test" by default: sources no parser was
// written or tuned against) it prints the share of expected facts the importer got right,
// per tool kind and per fact, and how many facts it stated wrongly (a value, but not the
// expected one) as opposed to leaving them out.
// Usage: import_eval [test|dev|all] [--new] [--list]
//   --new   only the fixtures under corpus/ (collected from other projects' test suites and
//           2024-2026 issues), not the ones the parsers were first written with
//   --list  prints every fact that was not right
#include "core/probe/importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>

#include <optional>

using namespace dlstack::probe;

namespace {

struct Fixture
{
    QString path;
    QString split;
    QList<QPair<QString, QString>> facts; // fact key, expected value
};

QList<QStringList> readTsv(const QString &path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        if (!line.trimmed().isEmpty())
            rows.append(QString::fromUtf8(line).split(u'\t'));
    }
    return rows;
}

// The profile's value for one fact key of EXPECTED.tsv; nullopt for a key this program does not know.
std::optional<QString> actual(const Importer::Outcome &outcome, const SystemProfile &p, const QString &key)
{
    static const QRegularExpression gpuKey(QStringLiteral("^gpu\\.(\\d+)\\.(\\w+)$"));
    const PythonEnv env = p.pythonEnvs.value(0);
    if (key == u"kind")
        return outcome.format;
    if (key == u"gpu_count")
        return QString::number(p.gpus.size());
    if (const auto m = gpuKey.match(key); m.hasMatch()) {
        const int i = m.captured(1).toInt();
        if (i >= p.gpus.size())
            return QString();
        const Gpu &g = p.gpus[i];
        const QString field = m.captured(2);
        if (field == u"name")
            return g.name;
        if (field == u"memory_mib")
            return g.memoryMib > 0 ? QString::number(g.memoryMib) : QString();
        if (field == u"pci_bus_id")
            return g.pciBusId;
        if (field == u"compute_capability")
            return g.computeCapability;
        if (field == u"gfx_target")
            return g.gfxTarget;
        if (field == u"mig")
            return g.mig ? QStringLiteral("true") : QStringLiteral("false");
        return std::nullopt;
    }
    if (key == u"driver_version")
        return p.nvidiaDriver ? p.nvidiaDriver->version : QString();
    if (key == u"cuda_version")
        return p.nvidiaDriver ? p.nvidiaDriver->cudaVersion : QString();
    if (key == u"torch_version")
        return env.packages.value(QStringLiteral("torch"));
    if (key == u"torch_cuda")
        return env.torchCuda;
    if (key == u"torch_hip")
        return env.torchHip;
    if (key == u"python_version")
        return !env.pythonVersion.isEmpty() ? env.pythonVersion : p.pythons.value(0).version;
    if (key == u"os_id")
        return p.host.osId;
    if (key == u"os_version")
        return p.host.osVersion;
    if (key == u"wsl")
        return p.host.wsl ? QStringLiteral("true") : QString();
    if (key == u"gcc_version") {
        for (const Compiler &c : p.compilers) {
            if (c.kind == u"gcc")
                return c.version;
        }
        return QString();
    }
    if (key == u"cmake_version") {
        const auto tool = p.tools.value(QStringLiteral("cmake"));
        return tool ? tool->version : QString();
    }
    if (key == u"nvcc_version")
        return p.cudaToolkits.value(0).version;
    if (key == u"cudnn_version")
        return p.cudnn.value(0).version;
    if (key == u"rocm_version")
        return p.rocm ? p.rocm->version : QString();
    if (key == u"conda_version")
        return p.conda.value(0).version;
    if (key == u"conda_root")
        return p.conda.value(0).root;
    if (key == u"conda_env_count") {
        qsizetype n = 0;
        for (const CondaInstall &c : p.conda)
            n += c.envs.size();
        return QString::number(n);
    }
    if (key == u"problem")
        return p.problems.isEmpty() ? QString() : QStringLiteral("yes");
    return std::nullopt;
}

bool same(const QString &key, const QString &want, const QString &got)
{
    if (key.endsWith(u".pci_bus_id"))
        return normalizePciBusId(want) == normalizePciBusId(got);
    if (key.endsWith(u".name"))
        return want.simplified().compare(got.simplified(), Qt::CaseInsensitive) == 0;
    return want.trimmed() == got.trimmed();
}

QString factGroup(const QString &key)
{
    return key.startsWith(u"gpu.") ? QStringLiteral("gpu.") + key.section(u'.', 2) : key;
}

struct Score
{
    int right = 0, wrong = 0, missing = 0;
    int total() const { return right + wrong + missing; }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString split = args.isEmpty() || args.first().startsWith(u'-') ? QStringLiteral("test") : args.first();
    const bool list = args.contains(QStringLiteral("--list"));
    const bool onlyNew = args.contains(QStringLiteral("--new"));
    QTextStream out(stdout);
    const QString root = QStringLiteral(DLSTACK_FIXTURES "/probe/");

    QMap<QString, Fixture> fixtures;
    for (const QStringList &row : readTsv(root + QStringLiteral("SOURCES.tsv"))) {
        if (row.size() >= 4)
            fixtures.insert(row[0], Fixture{row[0], row[3].trimmed(), {}});
    }
    for (const QStringList &row : readTsv(root + QStringLiteral("EXPECTED.tsv"))) {
        if (row.size() < 3 || !fixtures.contains(row[0])) {
            out << "expectation without a SOURCES.tsv row: " << row.value(0) << '\n';
            return 1;
        }
        fixtures[row[0]].facts.append({row[1], row[2]});
    }
    if (fixtures.isEmpty()) {
        out << "no fixtures under " << root << '\n';
        return 1;
    }

    const Importer importer;
    Score all;
    QMap<QString, Score> byKind, byFact;
    QStringList misses;
    int files = 0;
    for (const Fixture &f : std::as_const(fixtures)) {
        if ((split != u"all" && f.split != split) || (onlyNew && !f.path.startsWith(u"corpus/")))
            continue;
        QFile file(root + f.path);
        if (!file.open(QIODevice::ReadOnly)) {
            out << "missing fixture: " << f.path << '\n';
            return 1;
        }
        ++files;
        const Importer::Outcome outcome = importer.import(Importer::read(file), f.path);
        SystemProfile profile = outcome.profile;
        profile.finalize();
        const QString kind = f.path.startsWith(u"corpus/") ? f.path.section(u'/', 1, 1) : f.path.section(u'/', 0, 0);
        for (const auto &[key, want] : f.facts) {
            const std::optional<QString> got = actual(outcome, profile, key);
            if (!got) {
                out << "unknown fact key " << key << " in " << f.path << '\n';
                return 1;
            }
            Score &k = byKind[kind];
            Score &g = byFact[factGroup(key)];
            if (same(key, want, *got)) {
                ++all.right, ++k.right, ++g.right;
                continue;
            }
            const bool missing = got->isEmpty() || (key == u"kind" && got->isEmpty());
            if (missing)
                ++all.missing, ++k.missing, ++g.missing;
            else
                ++all.wrong, ++k.wrong, ++g.wrong;
            misses.append(
                QStringLiteral("%1 %2 %3: want '%4' got '%5'")
                    .arg(missing ? QStringLiteral("MISS ") : QStringLiteral("WRONG"), f.path, key, want, *got));
        }
    }
    const auto pct = [](int a, int b) {
        return b == 0 ? QStringLiteral("-") : QString::number(100.0 * a / b, 'f', 1) + u'%';
    };
    out << "split: " << split << (onlyNew ? " (corpus/ only)" : "") << ", fixtures: " << files << '\n';
    out << "facts right: " << all.right << "/" << all.total() << " = " << pct(all.right, all.total())
        << "; stated wrongly: " << all.wrong << " = " << pct(all.wrong, all.total()) << "; left out: " << all.missing
        << '\n';
    out << "kind\tfacts\tright\twrong\n";
    for (auto it = byKind.constBegin(); it != byKind.constEnd(); ++it)
        out << it.key() << '\t' << it->total() << '\t' << pct(it->right, it->total()) << '\t'
            << pct(it->wrong, it->total()) << '\n';
    out << "fact\tfacts\tright\twrong\n";
    for (auto it = byFact.constBegin(); it != byFact.constEnd(); ++it)
        out << it.key() << '\t' << it->total() << '\t' << pct(it->right, it->total()) << '\t'
            << pct(it->wrong, it->total()) << '\n';
    if (list) {
        for (const QString &m : std::as_const(misses))
            out << m << '\n';
    }
    return 0;
}
