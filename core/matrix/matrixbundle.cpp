// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/matrixbundle.h"

#include "core/support/sha256.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <optional>

namespace dlstack::matrix {

namespace {

support::Error refused(const QString &problem, const QString &details = {})
{
    return support::Error{
        QCoreApplication::translate("MatrixBundle", "The matrix bundle is refused: %1").arg(problem), details,
        QCoreApplication::translate("MatrixBundle",
                                    "The version data in use is unchanged. Get a complete bundle made for this dlstack "
                                    "(docs/matrix-format.md, \"Matrix bundles\").")};
}

bool isDataVersion(const QString &s)
{
    return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
}

QString hexOf(const QByteArray &bytes)
{
    return QString::fromLatin1(support::Sha256::hash(bytes).toHex());
}

// The file's bytes; empty when it is absent or unreadable.
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Replaces path with bytes in one rename; on failure the file is as it was.
std::optional<support::Error> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return std::nullopt;
    return support::Error{QCoreApplication::translate("MatrixBundle", "Cannot write the matrix bundle to %1: %2")
                              .arg(path, file.errorString()),
                          {},
                          QCoreApplication::translate("MatrixBundle", "The version data in use is unchanged.")};
}

} // namespace

QString originName(MatrixOrigin origin)
{
    switch (origin) {
    case MatrixOrigin::Builtin:
        return QStringLiteral("builtin");
    case MatrixOrigin::Installed:
        return QStringLiteral("installed");
    }
    return {};
}

QString MatrixSource::describe() const
{
    QString line = origin == MatrixOrigin::Installed
                       ? QCoreApplication::translate("MatrixBundle", "installed bundle %1 from %2 (sha256 %3)")
                             .arg(dataVersion, path, sha256)
                       : QCoreApplication::translate("MatrixBundle", "built-in version %1").arg(dataVersion);
    if (!note.isEmpty())
        line += u'\n' + note;
    return line;
}

QJsonObject MatrixSource::toJson() const
{
    QJsonObject o{{QStringLiteral("origin"), originName(origin)}, {QStringLiteral("data_version"), dataVersion}};
    if (origin == MatrixOrigin::Installed) {
        o.insert(QStringLiteral("path"), path);
        o.insert(QStringLiteral("sha256"), sha256);
    }
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

QString MatrixBundle::installedPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/dlstack/matrix-bundle.json");
}

QString MatrixBundle::previousPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/dlstack/matrix-bundle.previous.json");
}

QMap<QString, QJsonObject> MatrixBundle::builtinFiles()
{
    QMap<QString, QJsonObject> files;
    for (const QString &name : Matrix::fileNames()) {
        QFile file(QStringLiteral(":/matrix/") + name);
        if (file.open(QIODevice::ReadOnly))
            files.insert(name, QJsonDocument::fromJson(file.readAll()).object());
    }
    return files;
}

QString MatrixBundle::builtinDataVersion()
{
    static const QString version = [] {
        QString newest;
        for (const QJsonObject &file : builtinFiles())
            newest = qMax(newest, file.value(QStringLiteral("generated")).toString());
        return newest;
    }();
    return version;
}

QByteArray MatrixBundle::make(const QString &dataVersion, const QMap<QString, QJsonObject> &files)
{
    QJsonObject contents;
    for (auto it = files.begin(); it != files.end(); ++it)
        contents.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                                     {QStringLiteral("schema"), kMatrixSchema},
                                     {QStringLiteral("data_version"), dataVersion},
                                     {QStringLiteral("files"), contents}})
        .toJson(QJsonDocument::Indented);
}

std::optional<support::Error> checkReferences(const Matrix &matrix)
{
    const auto broken = [](const QString &file, const QString &record, const QString &field, const QString &problem) {
        return support::Error{
            QCoreApplication::translate("MatrixBundle", "%1: %2: %3: %4").arg(file, record, field, problem),
            QCoreApplication::translate("MatrixBundle", "file %1, record %2, field %3").arg(file, record, field),
            {}};
    };
    const QList<TorchRelease> &releases = matrix.releases();
    for (qsizetype i = 0; i < releases.size(); ++i) {
        const TorchRelease &r = releases[i];
        for (qsizetype j = 0; j < r.variants.size(); ++j) {
            const TorchVariant &v = r.variants[j];
            const QString record = QStringLiteral("releases[%1] (torch %2)").arg(i).arg(r.version);
            const QString field = QStringLiteral("variants[%1].version").arg(j);
            if (v.backend == Backend::Cuda && !matrix.cuda(v.version))
                return broken(
                    QStringLiteral("torch.json"), record, field,
                    QCoreApplication::translate("MatrixBundle", "CUDA %1 (variant %2) is not a toolkit of cuda.json")
                        .arg(v.version, v.id));
            if (v.backend == Backend::Rocm && !matrix.rocm(v.version))
                return broken(
                    QStringLiteral("torch.json"), record, field,
                    QCoreApplication::translate("MatrixBundle", "ROCm %1 (variant %2) is not a release of rocm.json")
                        .arg(v.version, v.id));
        }
    }
    return std::nullopt;
}

support::Result<LoadedBundle> MatrixBundle::parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(bytes, error.offset);
        return refused(QCoreApplication::translate(
                           "MatrixBundle",
                           "it is not complete JSON (%1 at line %2, column %3 of %4 bytes); it may have been cut "
                           "short while downloading")
                           .arg(error.errorString())
                           .arg(line)
                           .arg(column)
                           .arg(bytes.size()));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return refused(QCoreApplication::translate(
                           "MatrixBundle", "field \"format\" is not \"%1\"; this is not a dlstack matrix bundle")
                           .arg(QLatin1String(kFormat)));
    const QJsonValue schema = root.value(QStringLiteral("schema"));
    if (!schema.isDouble())
        return refused(QCoreApplication::translate("MatrixBundle", "field \"schema\" is missing or not a number"));
    if (schema.toInt() > kMatrixSchema)
        return refused(QCoreApplication::translate(
                           "MatrixBundle", "it has schema %1, this dlstack reads schema %2; a newer dlstack is needed")
                           .arg(schema.toInt())
                           .arg(kMatrixSchema));
    if (schema.toInt() != kMatrixSchema)
        return refused(
            QCoreApplication::translate("MatrixBundle", "schema %1 is not known to this dlstack (it reads schema %2)")
                .arg(schema.toInt())
                .arg(kMatrixSchema));
    const QString dataVersion = root.value(QStringLiteral("data_version")).toString();
    if (!isDataVersion(dataVersion))
        return refused(
            QCoreApplication::translate("MatrixBundle", "field \"data_version\" must be a date like 2026-12-31"));
    const QJsonObject contents = root.value(QStringLiteral("files")).toObject();
    const QStringList names = Matrix::fileNames();
    for (auto it = contents.begin(); it != contents.end(); ++it) {
        if (!names.contains(it.key()))
            return refused(
                QCoreApplication::translate("MatrixBundle", "files.%1: not a file of the version matrix (%2)")
                    .arg(it.key(), names.join(QStringLiteral(", "))));
    }
    QMap<QString, QByteArray> files;
    for (const QString &name : names) {
        const QJsonValue file = contents.value(name);
        if (!file.isObject())
            return refused(QCoreApplication::translate("MatrixBundle", "files.%1: missing or not an object").arg(name));
        files.insert(name, QJsonDocument(file.toObject()).toJson(QJsonDocument::Indented));
    }
    auto loaded = Matrix::load(files);
    if (!loaded)
        return refused(loaded.error().summary, loaded.error().details);
    if (const auto broken = checkReferences(loaded.value()))
        return refused(broken->summary, broken->details);
    return LoadedBundle{dataVersion, hexOf(bytes), std::move(loaded).value(),
                        probe::DetectionTables::fromJson(files.value(QStringLiteral("gpus.json")),
                                                         files.value(QStringLiteral("cuda.json")))};
}

support::Result<MatrixSource> MatrixBundle::install(const QByteArray &bytes, const QString &pinnedSha256)
{
    const QString actual = hexOf(bytes);
    if (!pinnedSha256.isEmpty() && pinnedSha256.toLower() != actual)
        return refused(QCoreApplication::translate("MatrixBundle", "its sha256 is %1, not the pinned %2")
                           .arg(actual, pinnedSha256.toLower()));
    auto bundle = parse(bytes);
    if (!bundle)
        return bundle.error();
    const QString builtin = builtinDataVersion();
    if (bundle.value().dataVersion <= builtin)
        return refused(QCoreApplication::translate(
                           "MatrixBundle", "its data version %1 is not newer than the built-in data (version %2)")
                           .arg(bundle.value().dataVersion, builtin));
    const QString path = installedPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return support::Error{QCoreApplication::translate("MatrixBundle", "Cannot create the directory %1.")
                                  .arg(QFileInfo(path).absolutePath()),
                              {},
                              {}};
    // The bundle this one replaces, kept for revert() when it is a valid one of its own.
    const QByteArray replaced = readAll(path);
    if (auto error = writeAtomically(path, bytes))
        return *error;
    MatrixSource now{MatrixOrigin::Installed, bundle.value().dataVersion, path, actual, {}};
    if (!replaced.isEmpty() && hexOf(replaced) != actual && parse(replaced)) {
        if (auto kept = writeAtomically(previousPath(), replaced))
            now.note = QCoreApplication::translate("MatrixBundle",
                                                   "The replaced bundle could not be kept, so --revert goes back "
                                                   "to the built-in data: %1")
                           .arg(kept->summary);
    }
    return now;
}

support::Result<MatrixBundle::Reverted> MatrixBundle::revert()
{
    const QString path = installedPath();
    const MatrixSource builtin{MatrixOrigin::Builtin, builtinDataVersion(), {}, {}, {}};
    if (!QFileInfo::exists(path)) {
        QFile::remove(previousPath()); // a leftover without a bundle to go back from
        return Reverted{builtin, false};
    }
    const QByteArray previous = readAll(previousPath());
    if (!previous.isEmpty()) {
        const auto bundle = parse(previous);
        if (bundle && bundle.value().dataVersion > builtin.dataVersion) {
            if (auto error = writeAtomically(path, previous))
                return *error;
            QFile::remove(previousPath());
            return Reverted{
                MatrixSource{MatrixOrigin::Installed, bundle.value().dataVersion, path, bundle.value().sha256, {}},
                true};
        }
    }
    for (const QString &file : {path, previousPath()}) {
        QFile f(file);
        if (f.exists() && !f.remove())
            return support::Error{QCoreApplication::translate("MatrixBundle", "Cannot remove the matrix bundle %1: %2")
                                      .arg(file, f.errorString()),
                                  {},
                                  {}};
    }
    return Reverted{builtin, true};
}

namespace {

struct Effective
{
    support::Result<Matrix> matrix;
    MatrixSource source;
    probe::DetectionTables detection = probe::DetectionTables::builtin();
};

Effective chooseEffective()
{
    MatrixSource builtinSource{MatrixOrigin::Builtin, MatrixBundle::builtinDataVersion(), {}, {}, {}};
    const QString path = MatrixBundle::installedPath();
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return {Matrix::builtin(), builtinSource};
    const auto bundle = MatrixBundle::parse(file.readAll());
    if (!bundle) {
        builtinSource.note = QCoreApplication::translate("MatrixBundle", "The installed bundle %1 is not used: %2")
                                 .arg(path, bundle.error().summary);
        return {Matrix::builtin(), builtinSource};
    }
    if (bundle.value().dataVersion <= builtinSource.dataVersion) {
        builtinSource.note =
            QCoreApplication::translate(
                "MatrixBundle",
                "The installed bundle %1 (version %2) is not newer than the built-in data; it is not used.")
                .arg(path, bundle.value().dataVersion);
        return {Matrix::builtin(), builtinSource};
    }
    return {bundle.value().matrix,
            MatrixSource{MatrixOrigin::Installed, bundle.value().dataVersion, path, bundle.value().sha256, {}},
            bundle.value().detection};
}

const Effective &effective()
{
    static const Effective chosen = chooseEffective();
    return chosen;
}

} // namespace

const support::Result<Matrix> &loadEffective()
{
    return effective().matrix;
}

const MatrixSource &effectiveSource()
{
    return effective().source;
}

const probe::DetectionTables &effectiveDetectionTables()
{
    return effective().detection;
}

} // namespace dlstack::matrix
