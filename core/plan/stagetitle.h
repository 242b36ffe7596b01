// SPDX-License-Identifier: GPL-3.0-or-later
// StageTitle: the titles recipes give their stages, from one table of English templates
// (lupdate context "StageTitle"). A plan keeps the English title, so plan files, journals, event
// logs and exports read the same on every machine; the front ends show localizedStageTitle(),
// which recognises a title made from a template and translates it with the same arguments
// (versions, paths). A title written by hand in a plan file is shown as written. Pure;
// thread-safe once the translators are installed.
#pragma once

#include <QString>
#include <QStringList>

namespace dlstack::plan {

enum class StageTitle
{
    ExistingEnvironment,  // %1 the environment's path
    VirtualEnvironment,   // %1 Python version
    CondaEnvironment,     // %1 Python version
    SystemGcc,            // %1 gcc version found
    CondaGcc,             // %1 gcc major version
    UserGcc,              // %1 gcc major version
    TorchWheels,          // %1 PyTorch version, %2 wheel variant (cu121, rocm6.1, cpu)
    TorchFromSource,      // %1 PyTorch version
    OpenCvWithCuda,       // %1 OpenCV git tag
    CompanionsFromSource, // %1 "torchvision 0.19.1, torchaudio 2.4.1"
    Apex,                 // %1 Apex git tag (25.09)
    OpenCvWheel,
    CondaToolkit,  // %1 CUDA version
    PrefixToolkit, // %1 CUDA version
    Cudnn,         // %1 cuDNN version, %2 CUDA version
    Activation,
    Verify,
    TestNn,
};

// The English title (what a plan keeps); args fill %1, %2 in order.
QString stageTitle(StageTitle kind, const QStringList &args = {});
// The title in the user's language.
QString localizedStageTitle(const QString &title);
// Every template, English, for tests that walk them.
QStringList stageTitleTemplates();

} // namespace dlstack::plan
