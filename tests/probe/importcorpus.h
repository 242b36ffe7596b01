// SPDX-License-Identifier: GPL-3.0-or-later
// The import corpus (tests/fixtures/probe/SOURCES.tsv and EXPECTED.tsv, docs/import-eval.md) as
// the bench import_eval and the unit test tst_importcorpus read it: each fixture with its split
// and expected facts, and the importer's value for each fact key. Header-only: both executables
// include it.
#pragma once

#include "core/probe/detectiontables.h"
#include "core/probe/importer.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace dlstack::test::importcorpus {

struct Fixture
{
    QString path; // below tests/fixtures/probe
    QString split;
    QList<QPair<QString, QString>> facts; // fact key, expected value
};

inline QList<QStringList> readTsv(const QString &path)
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

// Every fixture of SOURCES.tsv with its expectations; `error` names the first broken row.
inline QMap<QString, Fixture> readCorpus(const QString &root, QString *error)
{
    QMap<QString, Fixture> fixtures;
    for (const QStringList &row : readTsv(root + QStringLiteral("/SOURCES.tsv"))) {
        if (row.size() >= 4)
            fixtures.insert(row[0], Fixture{row[0], row[3].trimmed(), {}});
    }
    for (const QStringList &row : readTsv(root + QStringLiteral("/EXPECTED.tsv"))) {
        if (row.size() < 3 || !fixtures.contains(row[0])) {
            *error = QStringLiteral("expectation without a SOURCES.tsv row: ") + row.value(0);
            return {};
        }
        fixtures[row[0]].facts.append({row[1], row[2]});
    }
    return fixtures;
}

// The profile's value for one fact key of EXPECTED.tsv; nullopt for a key this code does not know.
inline std::optional<QString> actual(const probe::Importer::Outcome &outcome, const probe::SystemProfile &p,
                                     const QString &key)
{
    using namespace dlstack::probe;
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
        if (field == u"vendor")
            return g.vendor;
        if (field == u"pci_id")
            return g.pciId;
        if (field == u"driver")
            return g.driver;
        if (field == u"mig")
            return g.mig ? QStringLiteral("true") : QStringLiteral("false");
        return std::nullopt;
    }
    if (key == u"gpu_runtimes") { // the runtimes' names, sorted, joined by commas
        QStringList names;
        for (const GpuRuntime &r : p.gpuRuntimes)
            names << r.name;
        names.sort();
        names.removeDuplicates();
        return names.join(u',');
    }
    if (key.startsWith(u"runtime.")) {
        for (const GpuRuntime &r : p.gpuRuntimes) {
            if (r.name == key.mid(8))
                return r.version.isEmpty() ? QStringLiteral("present") : r.version;
        }
        return QString();
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

// GPU names compare without case and extra blanks, PCI bus ids normalised, the rest as text.
inline bool same(const QString &key, const QString &want, const QString &got)
{
    if (key.endsWith(u".pci_bus_id"))
        return probe::normalizePciBusId(want) == probe::normalizePciBusId(got);
    if (key.endsWith(u".name"))
        return want.simplified().compare(got.simplified(), Qt::CaseInsensitive) == 0;
    return want.trimmed() == got.trimmed();
}

// The importer run as `dlstack import FILE` runs it: one text, then finalize().
struct Imported
{
    probe::Importer::Outcome outcome;
    probe::SystemProfile profile;
};

inline Imported importFile(const probe::Importer &importer, const QString &root, const QString &path)
{
    Imported result;
    QFile file(root + u'/' + path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    result.outcome = importer.import(probe::Importer::read(file), path);
    result.profile = result.outcome.profile;
    result.profile.finalize(dlstack::probe::DetectionTables::builtin());
    return result;
}

} // namespace dlstack::test::importcorpus
