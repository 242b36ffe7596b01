// SPDX-License-Identifier: GPL-3.0-or-later
// Recipes: one function per stage kind. Each reads the RecipeContext, settles the facts
// later stages need (the env's python, CUDA_HOME, CC/CXX, activation lines) and returns
// its Stage, or nullopt when the selection does not need it. The Planner calls them in
// the order listed here. Pure functions; no I/O.
#pragma once

#include "core/plan/plan.h"
#include "core/plan/recipes/recipecontext.h"

#include <optional>

namespace dlstack::plan {

std::optional<Stage> environmentRecipe(RecipeContext &ctx);  // environmentrecipe.cpp
std::optional<Stage> toolkitRecipe(RecipeContext &ctx);      // toolkitrecipe.cpp
std::optional<Stage> cudnnRecipe(RecipeContext &ctx);        // toolkitrecipe.cpp
std::optional<Stage> compilerRecipe(RecipeContext &ctx);     // compilerrecipe.cpp
std::optional<Stage> rocmCompilerRecipe(RecipeContext &ctx); // rocmsourcerecipe.cpp: conda's gcc for ROCm
std::optional<Stage> prebuiltRecipe(RecipeContext &ctx);     // prebuiltrecipe.cpp
std::optional<Stage> torchSourceRecipe(RecipeContext &ctx);  // sourcerecipe.cpp
std::optional<Stage> extrasSourceRecipe(RecipeContext &ctx); // sourcerecipe.cpp: vision, audio
std::optional<Stage> tensorrtRecipe(RecipeContext &ctx);     // tensorrtrecipe.cpp
std::optional<Stage> apexRecipe(RecipeContext &ctx);         // apexrecipe.cpp
std::optional<Stage> opencvRecipe(RecipeContext &ctx);       // opencvrecipe.cpp
std::optional<Stage> activationRecipe(RecipeContext &ctx);   // activationrecipe.cpp
std::optional<Stage> verifyRecipe(RecipeContext &ctx);       // verifyrecipe.cpp
std::optional<Stage> testNnRecipe(RecipeContext &ctx);       // testnnrecipe.cpp: test/test_nn.py

// The pip arguments choosing where wheels come from: the variant's index URL, the mirror
// URL in its place, or --no-index --find-links for an offline directory.
QStringList pipSourceArgs(const RecipeContext &ctx);
// A URL with github.com / download.pytorch.org / developer.download.nvidia.com replaced
// by the mirror base URL ("<mirror>/<host>/<path>"), unchanged without a mirror.
QString mirrored(const RecipeContext &ctx, const QString &url);
// `pip install --no-build-isolation -v EXTRA .` (EXTRA "-e": editable) in dir with the build environment, progress from
// ninja, undone by uninstalling package (sourcerecipe.cpp).
Step buildStep(const RecipeContext &ctx, const QString &dir, const QString &package, QStringList extraArgs = {});
// Conda steps installing what a PyTorch source build links from the environment (mkl-static and
// mkl-include on x86_64, MAGMA for CUDA), each choice said in ctx.notes with its source; none
// for a venv (a note says what the build goes without). buildlibraries.cpp.
QList<Step> buildLibrarySteps(RecipeContext &ctx);
// A run step writing <prefix>/constraints.txt with name==installed-version of each package.
Step pinStep(const RecipeContext &ctx, const QStringList &packages);
// A ROCm source build's variables: HIP_PLATFORM, HIP_PATH, HIP_CLANG_PATH, and the header and
// library search order ROCm, the environment (conda), the system (rocmsourcerecipe.cpp).
void addRocmBuildEnv(const RecipeContext &ctx, QMap<QString, QString> &env);
// The verification script written by the verify stage (also used by its tests).
QByteArray verifyScript();

} // namespace dlstack::plan
