// SPDX-License-Identifier: GPL-3.0-or-later
// ModulesProbe: the cluster modules under $MODULEPATH (else the usual modulefile roots)
// that provide CUDA, cuDNN, NCCL, GCC, Python or conda, read by modulefile::read without
// running `module`: "cuda/12.4.1 available as a module". A module is named by the last two
// path components below its MODULEPATH entry (family/version, as `module load` takes it) or
// by its file name when it sits directly in the entry ("cuda-8.0"). Hidden modules (".8.3.0")
// and files that are no modulefile are skipped; directories are walked at most 4 deep.
#include "core/probe/probes.h"

#include "core/probe/modulefilereader.h"
#include "core/support/textutil.h"

#include <QRegularExpression>

namespace dlstack::probe {

namespace {

constexpr int kMaxDepth = 4;
constexpr int kMaxModules = 2000;

QStringList moduleRoots(const ProbeContext &context)
{
    QStringList roots = context.env(QStringLiteral("MODULEPATH")).split(u':', Qt::SkipEmptyParts);
    if (roots.isEmpty())
        roots = {QStringLiteral("/etc/modulefiles"), QStringLiteral("/usr/share/modulefiles"),
                 QStringLiteral("/usr/share/Modules/modulefiles"), QStringLiteral("/opt/modulefiles")};
    roots.removeDuplicates();
    return roots;
}

// "cuda-8.0" -> {"cuda", "8.0"}; "cuda" -> {"cuda", ""}
std::pair<QString, QString> splitFlatName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(R"(^(.+?)[-_/](\d[\w.+-]*)$)"));
    const auto m = re.match(name);
    return m.hasMatch() ? std::pair{m.captured(1), m.captured(2)} : std::pair{name, QString()};
}

class ModulesProbe final : public Probe
{
public:
    QString name() const override { return QStringLiteral("modules"); }

    SystemProfile run(const ProbeContext &context) const override
    {
        SystemProfile profile;
        int budget = kMaxModules;
        for (const QString &root : moduleRoots(context)) {
            if (context.isDir(root))
                walk(context, root, root, 0, budget, profile);
        }
        return profile;
    }

private:
    void walk(const ProbeContext &context, const QString &entry, const QString &dir, int depth, int &budget,
              SystemProfile &profile) const
    {
        for (const QString &name : context.list(dir)) {
            if (budget <= 0 || name.startsWith(u'.'))
                continue;
            const QString path = dir + u'/' + name;
            if (context.isDir(path)) {
                if (depth + 1 < kMaxDepth)
                    walk(context, entry, path, depth + 1, budget, profile);
                continue;
            }
            QString family;
            QString version = name.endsWith(QStringLiteral(".lua")) ? name.chopped(4) : name;
            if (depth == 0) {
                std::tie(family, version) = splitFlatName(version);
            } else {
                family = dir.mid(dir.lastIndexOf(u'/') + 1);
            }
            const QString provides = modulefile::providesFromFamily(family);
            if (provides.isEmpty())
                continue; // only what a deep-learning stack needs
            --budget;
            const auto bytes = context.readFile(path, 256 * 1024);
            if (!bytes || support::looksBinary(*bytes))
                continue;
            const modulefile::Effects effects = modulefile::read(name, support::decodeToolOutput(*bytes));
            if (effects.format == modulefile::Format::None)
                continue;
            EnvModule module;
            module.family = family;
            module.version = version;
            module.name = depth == 0 ? name : family + u'/' + version;
            module.format = effects.format == modulefile::Format::Lua ? QStringLiteral("lua") : QStringLiteral("tcl");
            module.provides = provides;
            module.root = modulefile::rootOf(effects);
            if (module.root.isEmpty())
                module.root = effects.setenv.value(QStringLiteral("CUDA_HOME"));
            module.path = path;
            module.source = path + QStringLiteral(" ($MODULEPATH ") + entry + u')';
            profile.modules.append(module);
        }
    }
};

} // namespace

std::unique_ptr<Probe> makeModulesProbe()
{
    return std::make_unique<ModulesProbe>();
}

} // namespace dlstack::probe
