// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/system/envfolder.h"

#include "core/probe/pythonenvinspector.h"
#include "core/support/processrunner.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace dlstack::ui {

support::Result<probe::PythonEnv> addEnvFolder(probe::SystemProfile &profile, const QString &path,
                                               const QString &source)
{
    const QString dir = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    support::ProcessRunner runner; // files only: nothing is run
    QList<probe::Problem> problems;
    auto env = probe::inspectChosenEnv(probe::ProbeContext::forHost(&runner), dir, source, problems);
    if (!env.ok())
        return env;
    const auto known = std::find_if(profile.pythonEnvs.cbegin(), profile.pythonEnvs.cend(),
                                    [&](const probe::PythonEnv &e) { return QDir::cleanPath(e.path) == dir; });
    if (known != profile.pythonEnvs.cend())
        return *known;
    profile.pythonEnvs.append(env.value());
    profile.problems += problems;
    return env;
}

} // namespace dlstack::ui
