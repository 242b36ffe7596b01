// SPDX-License-Identifier: GPL-3.0-or-later
// ProbeContext: what a probe may touch. Files are read below `root` (the real "/" or a
// test's fake tree), environment variables come from an injected map, programs run
// through an injected CommandRunner. A RawRecorder, when set, keeps every command
// output and file read so `dlstack detect --replay DIR` can reproduce the run elsewhere.
// All methods are safe to call from several probe threads at once.
#pragma once

#include "core/support/commandrunner.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace dlstack::probe {

class RawRecorder;

class ProbeContext
{
public:
    ProbeContext(QString root, QMap<QString, QString> env, const support::CommandRunner *runner);

    // The real machine: root "/", the process environment, and the given runner.
    static ProbeContext forHost(const support::CommandRunner *runner);

    QString root() const { return m_root; }
    const support::CommandRunner &runner() const { return *m_runner; }
    void setRecorder(RawRecorder *recorder) { m_recorder = recorder; }
    bool recording() const { return m_recorder != nullptr; }
    // True for the real machine (forHost): probes may then load the host's own libraries
    // (NVML) instead of running a program; a test's tree or a replay never does.
    bool hostLibraries() const { return m_hostLibraries; }
    void setHostLibraries(bool allowed) { m_hostLibraries = allowed; }
    void setDiskPath(const QString &path) { m_diskPath = path; }
    QString diskPath() const { return m_diskPath; }
    void setExtraEnvPaths(const QStringList &paths) { m_extraEnvPaths = paths; }
    QStringList extraEnvPaths() const { return m_extraEnvPaths; }
    void setCommandTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds commandTimeout() const { return m_timeout; }
    // Replays and tests: free space to report for a path instead of measuring it.
    void setFreeMibOverride(const QMap<QString, qint64> &values) { m_freeMibOverride = values; }

    // Environment
    QString env(const QString &name) const;
    QStringList pathDirs() const; // $PATH split, empty entries removed
    QString home() const;

    // Filesystem, with host-absolute paths ("/usr/local/cuda/version.json").
    std::optional<QByteArray> readFile(const QString &path, qint64 maxBytes = 4 * 1024 * 1024) const;
    bool exists(const QString &path) const;
    bool isDir(const QString &path) const;
    bool isExecutable(const QString &path) const;
    QStringList list(const QString &dir, const QStringList &nameFilters = {}) const; // names, sorted
    QString canonical(const QString &path) const; // host-absolute, symlinks resolved; empty if missing
    qint64 freeMib(const QString &path) const;    // -1 if unknown

    // Looks a program up on $PATH (below root); returns the host-absolute path or empty.
    QString which(const QString &name) const;

    // Runs a program; the default timeout is the context's (5 s).
    support::CommandResult run(const QString &program, const QStringList &args) const;

private:
    QString hostToLocal(const QString &path) const;

    QString m_root;
    QMap<QString, QString> m_env;
    const support::CommandRunner *m_runner;
    RawRecorder *m_recorder = nullptr;
    bool m_hostLibraries = false;
    QString m_diskPath;
    QStringList m_extraEnvPaths;
    std::chrono::milliseconds m_timeout{5000};
    QMap<QString, qint64> m_freeMibOverride;
};

} // namespace dlstack::probe
