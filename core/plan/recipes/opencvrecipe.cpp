// SPDX-License-Identifier: GPL-3.0-or-later
// OpenCV stage. "opencv": the opencv-python-headless wheel from PyPI (no GUI libraries
// needed, works on servers). "opencv-cuda" (a CUDA plan only): OpenCV and opencv_contrib
// checked out at one tag and built with CMake and Ninja against the plan's toolkit, arch
// list, compiler and launcher; installed into <prefix>/opencv with the cv2 module in the
// environment's site-packages. The build tree stays in <prefix>/src for resuming.
//
// Tags: CUDA 12 support arrived in OpenCV 4.7.0 (opencv/opencv#23254); 4.12.0 does not
// build with CUDA 12.9 (fixed after it, cpp-pm/hunter#834), so 4.13.0 for CUDA 11/12.
// CUDA 13's CCCL 3 breaks opencv_contrib's cudev up to 4.13.0 (opencv/opencv_contrib#4120,
// dusty-nv/jetson-containers#1718); the fixes are on the 4.x branch only, so CUDA 13 plans
// follow that branch and say so.
#include "core/plan/recipes/recipes.h"
#include "core/plan/stagetitle.h"

#include <QCoreApplication>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpencvRecipe)
};

const QString kOpencvRelease = QStringLiteral("4.13.0");
const QString kOpencvBranch = QStringLiteral("4.x");

// CUDA_ARCH_BIN takes "8.6;9.0"; PTX for the newest goes to CUDA_ARCH_PTX.
void cudaArchArgs(const RecipeContext &ctx, QStringList *args)
{
    QStringList bin;
    QStringList ptx;
    for (QString arch : ctx.archList()) {
        if (arch.endsWith(QStringLiteral("+PTX"))) {
            arch.chop(4);
            ptx << arch;
        }
        bin << arch;
    }
    if (!bin.isEmpty())
        *args << QStringLiteral("-DCUDA_ARCH_BIN=") + bin.join(u';');
    *args << QStringLiteral("-DCUDA_ARCH_PTX=") + ptx.join(u';');
}

Stage wheelStage(const RecipeContext &ctx)
{
    Stage stage;
    stage.id = QStringLiteral("opencv");
    stage.title = stageTitle(StageTitle::OpenCvWheel);
    QStringList argv = pipInstall(ctx) << QStringLiteral("opencv-python-headless");
    if (!ctx.mirrorDir.isEmpty())
        argv << QStringLiteral("--no-index") << QStringLiteral("--find-links") << ctx.mirrorDir;
    Step install = runStep(argv, ctx.prefix);
    install.progress = QStringLiteral("pip");
    install.undo = {ctx.envPython,         QStringLiteral("-m"),
                    QStringLiteral("pip"), QStringLiteral("uninstall"),
                    QStringLiteral("-y"),  QStringLiteral("opencv-python-headless")};
    stage.steps << install;
    return stage;
}

QString sitePackages(const RecipeContext &ctx)
{
    return ctx.envPath + QStringLiteral("/lib/python") + ctx.python.section(u'.', 0, 1) +
           QStringLiteral("/site-packages");
}

} // namespace

std::optional<Stage> opencvRecipe(RecipeContext &ctx)
{
    const bool withCuda = ctx.wantsExtra(QStringLiteral("opencv-cuda"));
    if (!withCuda && !ctx.wantsExtra(QStringLiteral("opencv")))
        return std::nullopt;
    if (!withCuda || !ctx.isCuda()) {
        if (withCuda)
            ctx.notes << Tr::tr(
                "OpenCV with CUDA needs a CUDA plan; the opencv-python-headless wheel is installed instead.");
        return wheelStage(ctx);
    }

    const bool branch = ctx.cudaMajor() >= 13;
    const QString ref = branch ? kOpencvBranch : kOpencvRelease;
    if (branch)
        ctx.notes << Tr::tr("No OpenCV release builds with CUDA %1 (CCCL 3 changes, opencv/opencv_contrib#4120); "
                            "OpenCV follows its %2 branch, which carries the fixes.")
                         .arg(ctx.selection->cuda, ref);
    const QString src = ctx.prefix + QStringLiteral("/src/opencv");
    const QString contrib = ctx.prefix + QStringLiteral("/src/opencv_contrib");
    const QString build = src + QStringLiteral("/build");
    const QString install = ctx.prefix + QStringLiteral("/opencv");
    const QString site = sitePackages(ctx);

    Stage stage;
    stage.id = QStringLiteral("opencv");
    stage.title = stageTitle(StageTitle::OpenCvWithCuda, {ref});
    stage.steps << gitStep(ctx, QStringLiteral("https://github.com/opencv/opencv"), ref, src, false)
                << gitStep(ctx, QStringLiteral("https://github.com/opencv/opencv_contrib"), ref, contrib, false);
    // The Python bindings are only configured when numpy is importable.
    Step numpy = runStep(pipInstall(ctx) << QStringLiteral("numpy") << pipSourceArgs(ctx), ctx.prefix);
    numpy.progress = QStringLiteral("pip");
    stage.steps << numpy;

    QStringList configure{QStringLiteral("cmake"),
                          QStringLiteral("-S"),
                          src,
                          QStringLiteral("-B"),
                          build,
                          QStringLiteral("-G"),
                          QStringLiteral("Ninja"),
                          QStringLiteral("-DCMAKE_BUILD_TYPE=Release"),
                          QStringLiteral("-DCMAKE_INSTALL_PREFIX=") + install,
                          QStringLiteral("-DCMAKE_INSTALL_RPATH=") + install + QStringLiteral("/lib"),
                          QStringLiteral("-DOPENCV_EXTRA_MODULES_PATH=") + contrib + QStringLiteral("/modules"),
                          QStringLiteral("-DWITH_CUDA=ON"),
                          QStringLiteral("-DCUDA_TOOLKIT_ROOT_DIR=") + ctx.cudaHome,
                          QStringLiteral("-DCUDA_FAST_MATH=ON"),
                          QStringLiteral("-DWITH_CUBLAS=ON")};
    cudaArchArgs(ctx, &configure);
    const bool cudnn = ctx.hasCudnn();
    if (!ctx.cudnnRoot.isEmpty())
        configure << QStringLiteral("-DCUDNN_INCLUDE_DIR=") + ctx.cudnnRoot + QStringLiteral("/include")
                  << QStringLiteral("-DCUDNN_LIBRARY=") + ctx.cudnnRoot + QStringLiteral("/lib/libcudnn.so");
    configure << QStringLiteral("-DWITH_CUDNN=") + QLatin1String(cudnn ? "ON" : "OFF")
              << QStringLiteral("-DOPENCV_DNN_CUDA=") + QLatin1String(cudnn ? "ON" : "OFF")
              << QStringLiteral("-DBUILD_opencv_python3=ON") << QStringLiteral("-DPYTHON3_EXECUTABLE=") + ctx.envPython
              << QStringLiteral("-DOPENCV_PYTHON3_INSTALL_PATH=") + site << QStringLiteral("-DBUILD_TESTS=OFF")
              << QStringLiteral("-DBUILD_PERF_TESTS=OFF") << QStringLiteral("-DBUILD_EXAMPLES=OFF")
              << QStringLiteral("-DBUILD_opencv_apps=OFF") << QStringLiteral("-DINSTALL_PYTHON_EXAMPLES=OFF");
    QMap<QString, QString> env = ctx.buildEnv();
    Step cmake = runStep(configure, src, env);
    cmake.progress = QStringLiteral("cmake");
    stage.steps << cmake;
    Step compile = runStep({QStringLiteral("cmake"), QStringLiteral("--build"), build, QStringLiteral("--parallel"),
                            QString::number(ctx.maxJobs())},
                           src, env);
    compile.progress = QStringLiteral("ninja");
    stage.steps << compile;
    Step installStep = runStep({QStringLiteral("cmake"), QStringLiteral("--install"), build}, src, env);
    installStep.creates = {install, site + QStringLiteral("/cv2")};
    stage.steps << installStep;

    ctx.libraryEntries << install + QStringLiteral("/lib");
    ctx.exports.insert(QStringLiteral("OpenCV_DIR"), install + QStringLiteral("/lib/cmake/opencv4"));
    return stage;
}

} // namespace dlstack::plan
