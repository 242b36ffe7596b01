// SPDX-License-Identifier: GPL-3.0-or-later
// MatrixLoader: reads and validates the six matrix files into a Matrix. The first problem
// stops loading and becomes an Error naming the file, the line/column and the field
// ("torch.json:812:7: releases[24].variants[2].arch_list: expected a list of strings").
// Internal to the matrix module; use Matrix::load().
#pragma once

#include "core/matrix/matrix.h"

#include <QJsonArray>

#include <optional>

namespace dlstack::matrix {

class MatrixLoader
{
public:
    support::Result<Matrix> load(const QMap<QString, QByteArray> &files);

private:
    // Parses one file; sets m_error on failure.
    std::optional<QJsonObject> parse(const QString &file, const QByteArray &bytes);
    void readTorch(const QJsonObject &root, Matrix &m);
    void readApexRefs(const QJsonObject &root, Matrix &m);
    // The optional "apex" / "tensorrt" objects of one release (docs/matrix-format.md).
    void readApexPairing(const QJsonObject &o, const QString &path, const Matrix &m, TorchRelease &r);
    void readTensorrtPairing(const QJsonObject &o, const QString &path, TorchRelease &r);
    // An XPU variant's index_url, runtime and runtime_source (required).
    void readXpuRuntime(const QJsonObject &o, const QString &path, TorchVariant &v);
    void readCuda(const QJsonObject &root, Matrix &m);
    void readRocm(const QJsonObject &root, Matrix &m);
    void readGpus(const QJsonObject &root);
    void readTools(const QJsonObject &root, Matrix &m);
    void readBuildLibraries(const QJsonObject &root, Matrix &m);
    void readCudnn(const QJsonObject &root, Matrix &m);

    // Field access that records the first problem with its path and position.
    QString text(const QJsonObject &o, const QString &key, const QString &path, bool required);
    QString version(const QJsonObject &o, const QString &key, const QString &path, bool required);
    QStringList strings(const QJsonObject &o, const QString &key, const QString &path, bool *present = nullptr);
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path);
    void fail(const QString &path, const QString &problem, const QString &anchor = QString());
    bool failed() const { return m_error.has_value(); }

    QString m_file;
    QByteArray m_bytes;
    QString m_anchor; // text of the current record ("2.4.1") to locate field errors
    std::optional<support::Error> m_error;
};

} // namespace dlstack::matrix
