// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the matrix loader: the input replaces each of the six data files in turn, the
// other five being the shipped ones; loading must end in a Matrix or an Error, never a crash.
// seeds: matrix
#include "core/matrix/matrix.h"

#include <QFile>

#include <cstddef>
#include <cstdint>

using namespace dlstack::matrix;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QMap<QString, QByteArray> shipped = [] {
        QMap<QString, QByteArray> files;
        for (const QString &name : Matrix::fileNames()) {
            QFile f(QStringLiteral(":/matrix/") + name);
            if (f.open(QIODevice::ReadOnly))
                files.insert(name, f.readAll());
        }
        return files;
    }();
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const QString &name : Matrix::fileNames()) {
        QMap<QString, QByteArray> files = shipped;
        files.insert(name, input);
        (void)Matrix::load(files);
    }
    (void)lineColumn(input, static_cast<qsizetype>(size / 2));
    return 0;
}
