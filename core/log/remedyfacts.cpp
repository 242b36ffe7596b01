// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/remedyfacts.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dlstack::log {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnoser)
};

// The first run of digits in a text ("compute_70" -> 70, "12.1" -> 12), or -1.
int leadingNumber(const QString &text)
{
    int value = -1;
    for (const QChar c : text) {
        if (c.isDigit())
            value = (value < 0 ? 0 : value * 10) + c.digitValue();
        else if (value >= 0)
            break;
    }
    return value;
}

const probe::PythonEnv *targetEnv(const probe::SystemProfile &p)
{
    const probe::PythonEnv *found = nullptr;
    for (const probe::PythonEnv &e : p.pythonEnvs) {
        if (e.active)
            return &e;
        if (!found && e.packages.contains(QStringLiteral("torch")))
            found = &e;
    }
    return found;
}

QString gccFitting(const probe::SystemProfile &p, const QMap<QString, QString> &captures)
{
    const int limit = leadingNumber(captures.value(QStringLiteral("gcc_max")));
    if (limit < 0)
        return QString();
    const probe::Compiler *best = nullptr;
    int bestMajor = -1;
    for (const probe::Compiler &c : p.compilers) {
        const int major = leadingNumber(c.version);
        if (c.kind == u"gcc" && major >= 0 && major <= limit && major > bestMajor) {
            best = &c;
            bestMajor = major;
        }
    }
    if (!best)
        return Tr::tr("no installed gcc is old enough; install gcc-%1 and g++-%1").arg(limit);
    return Tr::tr("gcc-%1 at %2").arg(bestMajor).arg(best->path);
}

} // namespace

const QStringList &RemedyFacts::names()
{
    static const QStringList list{QStringLiteral("gcc_fitting"), QStringLiteral("torch_cuda"),
                                  QStringLiteral("gpu_arch")};
    return list;
}

QString RemedyFacts::value(const QString &name, const std::optional<probe::SystemProfile> &profile,
                           const QMap<QString, QString> &captures)
{
    if (!profile)
        return QString();
    const probe::SystemProfile &p = *profile;
    if (name == u"gcc_fitting")
        return gccFitting(p, captures);
    if (name == u"torch_cuda") {
        const probe::PythonEnv *env = targetEnv(p);
        if (!env || !env->packages.contains(QStringLiteral("torch")))
            return QString();
        return env->torchCuda.isEmpty() ? Tr::tr("none (a CPU or ROCm build)") : env->torchCuda;
    }
    if (name == u"gpu_arch") {
        QStringList archs;
        for (const probe::Gpu &gpu : p.gpus) {
            QString cc = gpu.computeCapability;
            cc.remove(u'.');
            if (!cc.isEmpty() && !archs.contains(QStringLiteral("sm_") + cc))
                archs.append(QStringLiteral("sm_") + cc);
        }
        return archs.join(QStringLiteral(", "));
    }
    return QString();
}

void RemedyFacts::applyLookups(const DiagnosisRule &rule, QMap<QString, QString> &captures)
{
    for (auto it = rule.lookups.begin(); it != rule.lookups.end(); ++it) {
        const int key = leadingNumber(captures.value(it->from));
        if (key < 0)
            continue;
        for (const DiagnosisRule::LookupRow &row : it->rows)
            if (key >= row.min && key <= row.max) {
                captures.insert(it.key(), row.value);
                break;
            }
    }
}

} // namespace dlstack::log
