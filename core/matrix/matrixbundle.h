// SPDX-License-Identifier: GPL-3.0-or-later
// MatrixBundle: version data that updates without a new dlstack (docs/matrix-format.md,
// "Matrix bundles"). A bundle is one JSON document holding the six matrix files with a
// schema and a data version (an ISO date). parse() validates it fully: every file through
// the matrix loader, the references between files, a source on every record; the first
// problem names the file, the record and the field. install() writes a valid bundle that
// is newer than the built-in data atomically to $XDG_DATA_HOME/dlstack/matrix-bundle.json,
// keeping the bundle it replaces beside it (matrix-bundle.previous.json); revert() goes back
// one step: to that previous bundle, or to the built-in data when there is none.
// loadEffective() is the matrix every command and screen uses: the installed bundle when
// it is valid and newer than the built-in data, else the built-in data;
// effectiveDetectionTables() is the GPU-name and driver tables of the same data, the ones
// detection finalizes a profile with.
#pragma once

#include "core/matrix/matrix.h"
#include "core/probe/detectiontables.h"

#include <QJsonObject>
#include <QString>

namespace dlstack::matrix {

enum class MatrixOrigin
{
    Builtin,
    Installed
};

QString originName(MatrixOrigin origin); // "builtin", "installed"

// Which data is in use, for `dlstack matrix --source`.
struct MatrixSource
{
    MatrixOrigin origin = MatrixOrigin::Builtin;
    QString dataVersion; // "2026-11-24"
    QString path;        // the installed bundle; empty for the built-in data
    QString sha256;      // of the installed bundle's bytes
    QString note;        // why an installed bundle is not used; empty when none is
                         // installed or it is the one in use

    QString describe() const; // one line for people
    QJsonObject toJson() const;
};

struct LoadedBundle
{
    QString dataVersion;
    QString sha256;
    Matrix matrix;
    probe::DetectionTables detection; // from the bundle's gpus.json and cuda.json
};

class MatrixBundle
{
public:
    static constexpr auto kFormat = "dlstack-matrix-bundle";

    // $XDG_DATA_HOME/dlstack/matrix-bundle.json (default ~/.local/share/dlstack/).
    static QString installedPath();
    // The bundle the installed one replaced: matrix-bundle.previous.json beside it.
    static QString previousPath();
    // The newest "generated" date of the built-in files.
    static QString builtinDataVersion();
    // The bundle document of the given files (file name -> parsed JSON object).
    static QByteArray make(const QString &dataVersion, const QMap<QString, QJsonObject> &files);
    // The built-in files as parsed JSON objects, e.g. to start a bundle from.
    static QMap<QString, QJsonObject> builtinFiles();

    // Validates a bundle fully; nothing is written.
    static support::Result<LoadedBundle> parse(const QByteArray &bytes);
    // Checks the pinned sha256 (empty: none), validates, refuses a bundle that is not newer
    // than the built-in data, then replaces the installed bundle atomically. On any error
    // the installed bundle (or its absence) is as it was.
    static support::Result<MatrixSource> install(const QByteArray &bytes, const QString &pinnedSha256);
    // Goes back one step: the previous bundle (when it is still valid and newer than the
    // built-in data) becomes the installed one again, else the installed bundle is removed
    // and the built-in data is used. Returns the data now in use; `changed` is false when
    // nothing was installed.
    struct Reverted
    {
        MatrixSource now;
        bool changed = false;
    };
    static support::Result<Reverted> revert();
};

// Cross-file references of a loaded matrix: every CUDA/ROCm wheel variant of torch.json
// names a toolkit of cuda.json or a release of rocm.json.
std::optional<support::Error> checkReferences(const Matrix &matrix);

// Where the matrix of loadEffective() (matrix.h) came from.
const MatrixSource &effectiveSource();

// The GPU-name and driver tables of that same data, for SystemProfile::finalize() and
// probe::ProfileBuilder: a GPU or driver an installed bundle adds is detected with it.
const probe::DetectionTables &effectiveDetectionTables();

} // namespace dlstack::matrix
