// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/matrix.h"

#include "core/matrix/matrixloader.h"

#include <QCoreApplication>
#include <QFile>

namespace dlstack::matrix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Matrix)
};

// "12.4" matches "12.4" and "12.4.1" asks for the "12.4" line; "6.2.4" matches a "6.2.4" record first.
template <typename T> const T *findByVersion(const QList<T> &list, const QString &wanted)
{
    for (const T &r : list) { // the common case, without parsing
        if (r.version == wanted)
            return &r;
    }
    const auto parsed = support::Version::parse(wanted);
    if (!parsed || !parsed->suffix().isEmpty())
        return nullptr;
    for (const T &r : list) {
        if (parsed->size() > 2 && support::compareVersions(r.version, parsed->majorMinor()) == 0)
            return &r;
    }
    return nullptr;
}

} // namespace

const TorchVariant *TorchRelease::variant(const QString &id) const
{
    for (const TorchVariant &v : variants) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

const TorchVariant *TorchRelease::defaultVariant() const
{
    for (const TorchVariant &v : variants) {
        if (v.isDefault)
            return &v;
    }
    return nullptr;
}

const TorchVariant *TorchRelease::variantFor(Backend backend, const QString &version) const
{
    for (const TorchVariant &v : variants) {
        if (v.backend != backend)
            continue;
        if (backend == Backend::Cpu || v.version == version)
            return &v;
    }
    // "6.2" selects a "6.2.4" wheel; "12.4.1" selects cu124: the first two components
    // match and one side names no more than those two.
    if (version.isEmpty())
        return nullptr;
    const auto wanted = support::Version::parse(version);
    if (!wanted)
        return nullptr;
    const bool wantedIsMajorMinor = wanted->size() == 2 && wanted->suffix().isEmpty();
    for (const TorchVariant &v : variants) {
        if (v.backend != backend || v.parsedVersion.isNull())
            continue;
        const bool variantIsMajorMinor = v.parsedVersion.size() == 2 && v.parsedVersion.suffix().isEmpty();
        if ((wantedIsMajorMinor || variantIsMajorMinor) && v.parsedVersion.major() == wanted->major() &&
            v.parsedVersion.minor() == wanted->minor())
            return &v;
    }
    return nullptr;
}

bool TorchRelease::archListUnverified(const TorchVariant &variant, bool *ptxOnly) const
{
    const QString any = QStringLiteral("variants[].arch_list");
    const QString own = QStringLiteral("variants[") + variant.id + QStringLiteral("].arch_list");
    bool whole = false;
    bool ptx = false;
    for (const QString &f : unverifiedFields) {
        for (const QString &prefix : {any, own}) {
            if (f == prefix)
                whole = true;
            else if (f.startsWith(prefix + u'.'))
                ptx = true;
        }
    }
    if (ptxOnly)
        *ptxOnly = !whole && ptx;
    return whole || ptx;
}

bool TorchRelease::isUnverified(const QString &field) const
{
    for (const QString &f : unverifiedFields) {
        if (f == field || f.startsWith(field + u'.') || f.startsWith(field + u'['))
            return true;
    }
    return false;
}

QStringList TorchRelease::unverifiedFor(const TorchVariant &variant) const
{
    QStringList out;
    const QString own = QStringLiteral("variants[") + variant.id + u']';
    for (const QString &f : unverifiedFields)
        if (!f.startsWith(QLatin1String("variants[")) || f.startsWith(QLatin1String("variants[]")) || f.startsWith(own))
            out << f;
    return out;
}

QStringList Matrix::fileNames()
{
    return {QStringLiteral("torch.json"), QStringLiteral("cuda.json"),  QStringLiteral("rocm.json"),
            QStringLiteral("gpus.json"),  QStringLiteral("cudnn.json"), QStringLiteral("tools.json")};
}

support::Result<Matrix> Matrix::load(const QMap<QString, QByteArray> &files)
{
    return MatrixLoader().load(files);
}

support::Result<Matrix> Matrix::loadDirectory(const QString &dir)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : fileNames()) {
        QFile file(dir + u'/' + name);
        if (!file.open(QIODevice::ReadOnly)) {
            return support::Error{
                Tr::tr("The version matrix file %1 cannot be read: %2").arg(file.fileName(), file.errorString()),
                {},
                Tr::tr("Reinstall dlstack; the data files belong to it.")};
        }
        files.insert(name, file.readAll());
    }
    return load(files);
}

const support::Result<Matrix> &Matrix::builtin()
{
    static const support::Result<Matrix> matrix = loadDirectory(QStringLiteral(":/matrix"));
    return matrix;
}

const TorchRelease *Matrix::release(const QString &version) const
{
    for (const TorchRelease &r : m_releases) { // the common case, without parsing
        if (r.version == version)
            return &r;
    }
    const auto parsed = support::Version::parse(version);
    if (!parsed || !parsed->suffix().isEmpty())
        return nullptr;
    if (parsed->size() == 2) { // "2.4" -> newest 2.4.x
        for (auto it = m_releases.crbegin(); it != m_releases.crend(); ++it) {
            if (it->parsedVersion.majorMinor() == version)
                return &*it;
        }
    }
    if (parsed->size() == 3) { // "2.4.1" == "2.4.1.0"
        for (const TorchRelease &r : m_releases) {
            if (r.parsedVersion == *parsed)
                return &r;
        }
    }
    return nullptr;
}

const CudaRelease *Matrix::cuda(const QString &version) const
{
    return findByVersion(m_cuda, version);
}

const RocmRelease *Matrix::rocm(const QString &version) const
{
    return findByVersion(m_rocm, version);
}

const ApexRef *Matrix::apexRef(const QString &ref) const
{
    for (const ApexRef &a : m_apexRefs)
        if (a.ref == ref)
            return &a;
    return nullptr;
}

const MagmaPackage *MagmaFacts::pytorchPackage(const QString &cudaMajorMinor) const
{
    for (const MagmaPackage &p : pytorchPackages)
        if (p.cuda == cudaMajorMinor)
            return &p;
    return nullptr;
}

const CudnnArchive *Matrix::cudnnArchive(const QString &cuda) const
{
    const QString majorMinor = cuda.section(u'.', 0, 1);
    for (const CudnnArchive &archive : m_cudnnArchives)
        if (archive.cudaToolkits.contains(majorMinor))
            return &archive;
    return nullptr;
}

} // namespace dlstack::matrix
