// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/recipes/recipecontext.h"

#include "core/plan/builddefaults.h"
#include "core/plan/recipes/recipes.h"

#include "core/support/version.h"

#include <QSet>

#include <algorithm>

namespace dlstack::plan {

using support::Version;

bool RecipeContext::wantsExtra(const QString &name) const
{
    for (const QString &extra : selection->extras) {
        if (extra == name || extra.startsWith(name + QStringLiteral("==")))
            return true;
    }
    return false;
}

bool RecipeContext::needsNvcc() const
{
    return selection->isSource() || wantsExtra(QStringLiteral("apex")) || wantsExtra(QStringLiteral("opencv-cuda"));
}

bool RecipeContext::linksCudnn() const
{
    return isCuda() && (selection->isSource() || wantsExtra(QStringLiteral("opencv-cuda")));
}

QString RecipeContext::extraPin(const QString &name) const
{
    for (const QString &extra : selection->extras) {
        if (extra.startsWith(name + QStringLiteral("==")))
            return extra.mid(name.size() + 2);
    }
    if (name == u"torchvision")
        return release->torchvision;
    if (name == u"torchaudio")
        return release->torchaudio;
    if (name == u"torchtext")
        return release->torchtext;
    return {};
}

QStringList RecipeContext::archList() const
{
    if (!selection->archList.isEmpty())
        return selection->archList;
    return buildDefaults(*profile, *selection, *matrix).archList;
}

int RecipeContext::maxJobs() const
{
    if (selection->maxJobs > 0)
        return selection->maxJobs;
    return buildDefaults(*profile, *selection, *matrix).maxJobs;
}

QMap<QString, QString> RecipeContext::buildEnv() const
{
    QMap<QString, QString> env;
    env.insert(QStringLiteral("MAX_JOBS"), QString::number(maxJobs()));
    env.insert(QStringLiteral("CMAKE_PREFIX_PATH"), envPath);
    env.insert(QStringLiteral("USE_CUDA"), isCuda() ? QStringLiteral("1") : QStringLiteral("0"));
    env.insert(QStringLiteral("USE_ROCM"), isRocm() ? QStringLiteral("1") : QStringLiteral("0"));
    const QStringList arch = archList();
    if (isCuda()) {
        env.insert(QStringLiteral("CUDA_HOME"), cudaHome);
        env.insert(QStringLiteral("CUDACXX"), cudaHome + QStringLiteral("/bin/nvcc"));
        env.insert(QStringLiteral("TORCH_CUDA_ARCH_LIST"), arch.join(u';'));
        env.insert(QStringLiteral("USE_CUDNN"), hasCudnn() ? QStringLiteral("1") : QStringLiteral("0"));
        if (!cudnnRoot.isEmpty()) { // read by PyTorch's setup.py / FindCUDNN
            env.insert(QStringLiteral("CUDNN_ROOT_DIR"), cudnnRoot);
            env.insert(QStringLiteral("CUDNN_INCLUDE_DIR"), cudnnRoot + QStringLiteral("/include"));
            env.insert(QStringLiteral("CUDNN_LIB_DIR"), cudnnRoot + QStringLiteral("/lib"));
            env.insert(QStringLiteral("CUDNN_LIBRARY"), cudnnRoot + QStringLiteral("/lib/libcudnn.so"));
        }
    } else if (isRocm()) {
        env.insert(QStringLiteral("ROCM_PATH"), rocmPath);
        env.insert(QStringLiteral("PYTORCH_ROCM_ARCH"), arch.join(u';'));
        addRocmBuildEnv(*this, env);
    }
    if (!cc.isEmpty()) {
        env.insert(QStringLiteral("CC"), cc);
        env.insert(QStringLiteral("CXX"), cxx);
        if (isCuda())
            env.insert(QStringLiteral("CUDAHOSTCXX"), cxx);
    }
    if (selection->launcher != matrix::Launcher::None) {
        const QString launcher = matrix::launcherName(selection->launcher);
        env.insert(QStringLiteral("CMAKE_C_COMPILER_LAUNCHER"), launcher);
        env.insert(QStringLiteral("CMAKE_CXX_COMPILER_LAUNCHER"), launcher);
        if (isCuda() && selection->launcher != matrix::Launcher::Distcc) // distcc cannot run nvcc remotely
            env.insert(QStringLiteral("CMAKE_CUDA_COMPILER_LAUNCHER"), launcher);
        if (selection->launcher == matrix::Launcher::Distcc && !selection->distccHosts.isEmpty())
            env.insert(QStringLiteral("DISTCC_HOSTS"), selection->distccHosts);
    }
    // CMake 4 dropped compatibility with cmake_minimum_required(< 3.5) used by old submodules.
    if (support::compareVersions(release->version, u"2.7.0") < 0)
        env.insert(QStringLiteral("CMAKE_POLICY_VERSION_MINIMUM"), QStringLiteral("3.5"));
    return env;
}

QString shellQuote(const QString &word)
{
    static const QString safe = QStringLiteral("@%+=:,./-_");
    bool plain = !word.isEmpty();
    for (QChar c : word) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !safe.contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

Step runStep(const QStringList &argv, const QString &cwd, const QMap<QString, QString> &env)
{
    Step step;
    step.kind = Step::Kind::Run;
    step.argv = argv;
    step.cwd = cwd;
    step.env = env;
    return step;
}

Step writeFileStep(const QString &path, const QByteArray &content, int mode)
{
    Step step;
    step.kind = Step::Kind::WriteFile;
    step.path = path;
    step.content = content;
    step.mode = mode;
    return step;
}

QStringList pipInstall(const RecipeContext &ctx)
{
    return {ctx.envPython, QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("install")};
}

Step gitStep(const RecipeContext &ctx, const QString &url, const QString &ref, const QString &to, bool submodules)
{
    Step git;
    git.kind = Step::Kind::Git;
    git.url = mirrored(ctx, url);
    git.ref = ref;
    git.to = to;
    git.submodules = submodules;
    git.progress = QStringLiteral("git");
    return git;
}

Step condaInstallStep(const RecipeContext &ctx, const QStringList &packages, const QStringList &undoPackages,
                      const QString &channel)
{
    Step install = runStep(QStringList{ctx.condaExe, QStringLiteral("install"), QStringLiteral("-y"),
                                       QStringLiteral("-p"), ctx.envPath, QStringLiteral("-c"), channel} +
                           packages);
    install.progress = QStringLiteral("conda");
    install.undo =
        QStringList{ctx.condaExe, QStringLiteral("remove"), QStringLiteral("-y"), QStringLiteral("-p"), ctx.envPath} +
        undoPackages;
    return install;
}

} // namespace dlstack::plan
