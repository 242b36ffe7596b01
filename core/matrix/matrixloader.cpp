// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/matrixloader.h"

#include "core/support/sha256.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dlstack::matrix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MatrixLoader)
};

QString item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

} // namespace

QPair<int, int> lineColumn(const QByteArray &text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, static_cast<int>(offset - lineStart) + 1};
}

void MatrixLoader::fail(const QString &path, const QString &problem, const QString &anchor)
{
    if (m_error)
        return;
    // Field errors carry no offset from QJsonDocument: point at the record they belong to.
    qsizetype offset = 0;
    const QString where = anchor.isEmpty() ? m_anchor : anchor;
    if (!where.isEmpty()) {
        const QRegularExpression re(
            QStringLiteral("\"version\"\\s*:\\s*\"%1\"").arg(QRegularExpression::escape(where)));
        const auto match = re.match(QString::fromUtf8(m_bytes));
        if (match.hasMatch())
            offset = QString::fromUtf8(m_bytes).left(match.capturedStart()).toUtf8().size();
    }
    const auto [line, column] = lineColumn(m_bytes, offset);
    m_error = support::Error{
        Tr::tr("The version matrix file %1 is invalid at line %2, column %3: %4: %5")
            .arg(m_file)
            .arg(line)
            .arg(column)
            .arg(path, problem),
        Tr::tr("file %1, line %2, column %3, field %4").arg(m_file).arg(line).arg(column).arg(path),
        Tr::tr("Fix the field as described in docs/matrix-format.md, or reinstall dlstack if the file came with it."),
    };
}

std::optional<QJsonObject> MatrixLoader::parse(const QString &file, const QByteArray &bytes)
{
    m_file = file;
    m_bytes = bytes;
    m_anchor.clear();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(bytes, error.offset);
        m_error = support::Error{
            Tr::tr("The version matrix file %1 is not valid JSON at line %2, column %3: %4")
                .arg(file)
                .arg(line)
                .arg(column)
                .arg(error.errorString()),
            Tr::tr("file %1, byte offset %2").arg(file).arg(error.offset),
            Tr::tr("Fix the JSON syntax, or reinstall dlstack if the file came with it."),
        };
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(QStringLiteral("(top level)"), Tr::tr("expected an object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue schema = root.value(QStringLiteral("schema"));
    if (!schema.isDouble()) {
        fail(QStringLiteral("schema"), Tr::tr("missing or not a number"));
        return std::nullopt;
    }
    if (schema.toInt() != kMatrixSchema) {
        fail(QStringLiteral("schema"),
             Tr::tr("schema %1 is not known to this dlstack (it reads schema %2); a newer dlstack is needed")
                 .arg(schema.toInt())
                 .arg(kMatrixSchema));
        return std::nullopt;
    }
    return root;
}

QString MatrixLoader::text(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(path + u'.' + key, Tr::tr("missing"));
        return {};
    }
    fail(path + u'.' + key, Tr::tr("expected a non-empty string"));
    return {};
}

QString MatrixLoader::version(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QString s = text(o, key, path, required);
    if (!s.isEmpty() && !support::Version::parse(s))
        fail(path + u'.' + key, Tr::tr("\"%1\" is not a version").arg(s));
    return s;
}

QStringList MatrixLoader::strings(const QJsonObject &o, const QString &key, const QString &path, bool *present)
{
    const QJsonValue v = o.value(key);
    if (present)
        *present = v.isArray();
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(path + u'.' + key, Tr::tr("expected a list of strings"));
        return {};
    }
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString()) {
            fail(path + u'.' + key, Tr::tr("expected a list of strings"));
            return {};
        }
        out << e.toString();
    }
    return out;
}

QJsonArray MatrixLoader::array(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray() || v.toArray().isEmpty())
        fail(path.isEmpty() ? key : path + u'.' + key, Tr::tr("expected a non-empty list"));
    return v.toArray();
}

support::Result<Matrix> MatrixLoader::load(const QMap<QString, QByteArray> &files)
{
    Matrix m;
    for (const QString &name : Matrix::fileNames()) {
        if (!files.contains(name)) {
            return support::Error{Tr::tr("The version matrix file %1 is missing.").arg(name),
                                  {},
                                  Tr::tr("Reinstall dlstack; the data files belong to it.")};
        }
        const auto root = parse(name, files.value(name));
        if (!root)
            return *m_error;
        if (name == u"torch.json")
            readTorch(*root, m);
        else if (name == u"cuda.json")
            readCuda(*root, m);
        else if (name == u"rocm.json")
            readRocm(*root, m);
        else if (name == u"gpus.json")
            readGpus(*root);
        else if (name == u"cudnn.json")
            readCudnn(*root, m);
        else if (name == u"tools.json")
            readTools(*root, m);
        if (m_error)
            return *m_error;
    }
    return m;
}

void MatrixLoader::readApexRefs(const QJsonObject &root, Matrix &m)
{
    m_anchor.clear();
    const QJsonValue list = root.value(QStringLiteral("apex_refs"));
    if (list.isUndefined())
        return;
    if (!list.isArray()) {
        fail(QStringLiteral("apex_refs"), Tr::tr("expected a list"));
        return;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{40}$"));
    const QJsonArray refs = list.toArray();
    for (qsizetype i = 0; i < refs.size() && !failed(); ++i) {
        const QString path = item(QStringLiteral("apex_refs"), i);
        const QJsonObject o = refs[i].toObject();
        ApexRef a;
        a.ref = text(o, QStringLiteral("ref"), path, true);
        a.commit = text(o, QStringLiteral("commit"), path, true);
        a.source = text(o, QStringLiteral("source"), path, true);
        if (failed())
            return;
        if (!hex.match(a.commit).hasMatch())
            fail(path + QStringLiteral(".commit"), Tr::tr("a commit is 40 lower-case hex digits"));
        a.removed = strings(o, QStringLiteral("removed"), path);
        if (!a.removed.isEmpty())
            a.removedSource = text(o, QStringLiteral("removed_source"), path, true);
        if (m.apexRef(a.ref))
            fail(path + QStringLiteral(".ref"), Tr::tr("Apex ref %1 is listed twice").arg(a.ref));
        const QJsonArray fixed = o.value(QStringLiteral("fixed_archs")).toArray();
        for (qsizetype j = 0; j < fixed.size() && !failed(); ++j) {
            const QString fpath = item(path + QStringLiteral(".fixed_archs"), j);
            const QJsonObject fo = fixed[j].toObject();
            ApexFixedArchs f;
            f.extension = text(fo, QStringLiteral("extension"), fpath, true);
            f.buildFlag = text(fo, QStringLiteral("build_flag"), fpath, true);
            f.archs = strings(fo, QStringLiteral("archs"), fpath);
            f.source = text(fo, QStringLiteral("source"), fpath, true);
            for (const QString &arch : std::as_const(f.archs)) {
                const ComputeCapability cc = ComputeCapability::parse(arch);
                if (!cc.valid())
                    fail(fpath + QStringLiteral(".archs"), Tr::tr("\"%1\" is not a compute capability").arg(arch));
                f.archCcs << cc;
            }
            if (f.archs.isEmpty() && !failed())
                fail(fpath + QStringLiteral(".archs"), Tr::tr("expected a non-empty list of strings"));
            a.fixedArchs << f;
        }
        m.m_apexRefs << a;
    }
}

void MatrixLoader::readApexPairing(const QJsonObject &o, const QString &path, const Matrix &m, TorchRelease &r)
{
    const QJsonValue value = o.value(QStringLiteral("apex"));
    if (value.isUndefined() || value.isNull())
        return;
    const QString apath = path + QStringLiteral(".apex");
    if (!value.isObject()) {
        fail(apath, Tr::tr("expected an object"));
        return;
    }
    const QJsonObject a = value.toObject();
    ApexPairing p;
    p.ref = text(a, QStringLiteral("ref"), apath, true);
    p.ngcContainer = text(a, QStringLiteral("ngc_container"), apath, true);
    p.ngcTorch = text(a, QStringLiteral("ngc_torch"), apath, true);
    p.source = text(a, QStringLiteral("source"), apath, true);
    if (failed())
        return;
    if (!m.apexRef(p.ref)) {
        fail(apath + QStringLiteral(".ref"), Tr::tr("Apex ref %1 is not one of apex_refs").arg(p.ref));
        return;
    }
    // The container's PyTorch must be the same minor as the release it is paired with.
    const auto container = support::Version::parse(p.ngcTorch.section(u'a', 0, 0).section(u'+', 0, 0));
    if (!container || container->major() != r.parsedVersion.major() || container->minor() != r.parsedVersion.minor()) {
        fail(apath + QStringLiteral(".ngc_torch"), Tr::tr("the container's PyTorch %1 is not a %2.%3 build")
                                                       .arg(p.ngcTorch)
                                                       .arg(r.parsedVersion.major())
                                                       .arg(r.parsedVersion.minor()));
        return;
    }
    r.apex = p;
}

void MatrixLoader::readTensorrtPairing(const QJsonObject &o, const QString &path, TorchRelease &r)
{
    const QJsonValue gap = o.value(QStringLiteral("tensorrt_unavailable"));
    if (!gap.isUndefined() && !gap.isNull()) {
        const QString gpath = path + QStringLiteral(".tensorrt_unavailable");
        if (!gap.isObject()) {
            fail(gpath, Tr::tr("expected an object"));
            return;
        }
        TensorrtGap g;
        g.reason = text(gap.toObject(), QStringLiteral("reason"), gpath, true);
        g.source = text(gap.toObject(), QStringLiteral("source"), gpath, true);
        r.tensorrtGap = g;
    }
    const QJsonValue value = o.value(QStringLiteral("tensorrt"));
    if (value.isUndefined() || value.isNull())
        return;
    const QString tpath = path + QStringLiteral(".tensorrt");
    if (r.tensorrtGap) {
        fail(path + QStringLiteral(".tensorrt_unavailable"),
             Tr::tr("a release with a tensorrt pairing cannot also say why it has none"));
        return;
    }
    if (!value.isObject()) {
        fail(tpath, Tr::tr("expected an object"));
        return;
    }
    const QJsonObject t = value.toObject();
    TensorrtPairing p;
    p.torchTensorrt = version(t, QStringLiteral("torch_tensorrt"), tpath, true);
    p.tensorrtSpec = text(t, QStringLiteral("tensorrt"), tpath, true);
    p.cudaMajors = strings(t, QStringLiteral("cuda_majors"), tpath);
    p.source = text(t, QStringLiteral("source"), tpath, true);
    if (failed())
        return;
    static const QRegularExpression spec(
        QStringLiteral("^(?:(?:==|>=|<=|<|>|!=)[0-9][0-9A-Za-z.]*)(?:,(?:==|>=|<=|<|>|!=)[0-9][0-9A-Za-z.]*)*$"));
    if (!spec.match(p.tensorrtSpec).hasMatch())
        fail(tpath + QStringLiteral(".tensorrt"),
             Tr::tr("\"%1\" is not a pip version specifier like \">=10.13.0,<10.14.0\"").arg(p.tensorrtSpec));
    static const QRegularExpression major(QStringLiteral("^[0-9]+$"));
    for (const QString &m : std::as_const(p.cudaMajors))
        if (!major.match(m).hasMatch())
            fail(tpath + QStringLiteral(".cuda_majors"), Tr::tr("\"%1\" is not a CUDA major version").arg(m));
    if (p.cudaMajors.isEmpty() && !failed())
        fail(tpath + QStringLiteral(".cuda_majors"), Tr::tr("expected a non-empty list of strings"));
    r.tensorrt = p;
}

void MatrixLoader::readXpuRuntime(const QJsonObject &o, const QString &path, TorchVariant &v)
{
    static const QStringList known{QStringLiteral("intel_gpu_driver"), QStringLiteral("intel_support_package")};
    if (text(o, QStringLiteral("index_url"), path, true).isEmpty())
        return;
    v.runtime = strings(o, QStringLiteral("runtime"), path);
    v.runtimeSource = text(o, QStringLiteral("runtime_source"), path, true);
    if (failed())
        return;
    if (v.runtime.isEmpty()) {
        fail(path + QStringLiteral(".runtime"),
             Tr::tr("an XPU variant names what the machine needs besides the wheels"));
        return;
    }
    for (const QString &need : std::as_const(v.runtime))
        if (!known.contains(need))
            fail(path + QStringLiteral(".runtime"),
                 Tr::tr("\"%1\" is not one of %2").arg(need, known.join(QStringLiteral(", "))));
}

void MatrixLoader::readTorch(const QJsonObject &root, Matrix &m)
{
    readApexRefs(root, m);
    const QJsonArray releases = array(root, QStringLiteral("releases"), {});
    support::Version previous;
    for (qsizetype i = 0; i < releases.size() && !failed(); ++i) {
        const QString path = item(QStringLiteral("releases"), i);
        const QJsonObject o = releases[i].toObject();
        TorchRelease r;
        r.raw = o;
        m_anchor = o.value(QStringLiteral("version")).toString();
        r.version = version(o, QStringLiteral("version"), path, true);
        if (failed())
            return;
        r.parsedVersion = *support::Version::parse(r.version);
        if (!previous.isNull() && !(previous < r.parsedVersion))
            fail(path + QStringLiteral(".version"), Tr::tr("releases must be listed oldest first, without duplicates"));
        previous = r.parsedVersion;
        r.date = text(o, QStringLiteral("date"), path, true);
        r.torchvision = version(o, QStringLiteral("torchvision"), path, true);
        r.torchaudio = version(o, QStringLiteral("torchaudio"), path, true);
        r.torchtext = version(o, QStringLiteral("torchtext"), path, false);
        r.source = text(o, QStringLiteral("source"), path, true);
        const QJsonObject python = o.value(QStringLiteral("python")).toObject();
        r.pythonMin = version(python, QStringLiteral("min"), path + QStringLiteral(".python"), true);
        r.pythonMax = version(python, QStringLiteral("max"), path + QStringLiteral(".python"), true);
        r.pythonExperimental = strings(python, QStringLiteral("experimental"), path + QStringLiteral(".python"));
        r.unverifiedFields = strings(o, QStringLiteral("unverified_fields"), path);
        r.numpy2Compatible = o.value(QStringLiteral("numpy2_compatible")).toBool();
        readApexPairing(o, path, m, r);
        readTensorrtPairing(o, path, r);
        r.lts = o.value(QStringLiteral("lts")).toBool();
        const QJsonObject build = o.value(QStringLiteral("source_build")).toObject();
        const QString bpath = path + QStringLiteral(".source_build");
        if (build.isEmpty())
            fail(bpath, Tr::tr("missing"));
        r.gccMin = version(build, QStringLiteral("gcc_min"), bpath, false);
        r.cxxStd = build.value(QStringLiteral("cxx_std")).toInt();
        r.cmakeMin = version(build, QStringLiteral("cmake_min"), bpath, true);
        r.cmakeMaxExclusive = version(build, QStringLiteral("cmake_max_exclusive"), bpath, false);
        r.buildPythonMin = version(build, QStringLiteral("python_min"), bpath, true);

        const QJsonArray variants = array(o, QStringLiteral("variants"), path);
        int defaults = 0;
        for (qsizetype j = 0; j < variants.size() && !failed(); ++j) {
            const QString vpath = item(path + QStringLiteral(".variants"), j);
            const QJsonObject vo = variants[j].toObject();
            TorchVariant v;
            v.id = text(vo, QStringLiteral("id"), vpath, true);
            const QString backend = text(vo, QStringLiteral("backend"), vpath, true);
            if (const auto known = backendFromName(backend))
                v.backend = *known;
            else if (!failed())
                fail(vpath + QStringLiteral(".backend"),
                     Tr::tr("must be cuda, rocm, xpu or cpu, not \"%1\"").arg(backend));
            v.version =
                version(vo, QStringLiteral("version"), vpath, v.backend == Backend::Cuda || v.backend == Backend::Rocm);
            if (!v.version.isEmpty() && !failed())
                v.parsedVersion = *support::Version::parse(v.version);
            v.indexUrl = text(vo, QStringLiteral("index_url"), vpath, false);
            if (v.indexUrl.isEmpty())
                v.indexUrl = text(vo, QStringLiteral("find_links"), vpath, false);
            v.isDefault = vo.value(QStringLiteral("default")).toBool();
            defaults += v.isDefault ? 1 : 0;
            v.archList = strings(vo, QStringLiteral("arch_list"), vpath);
            v.archs = parseArchList(v.archList);
            for (const QString &arch : std::as_const(v.archList)) {
                if (!support::Version::parse(arch))
                    fail(vpath + QStringLiteral(".arch_list"), Tr::tr("\"%1\" is not a compute capability").arg(arch));
            }
            if (v.backend == Backend::Cuda && v.archList.isEmpty())
                fail(vpath + QStringLiteral(".arch_list"), Tr::tr("a CUDA variant needs its arch list"));
            v.gfx = strings(vo, QStringLiteral("gfx"), vpath, &v.gfxKnown);
            if (v.backend == Backend::Xpu && !failed())
                readXpuRuntime(vo, vpath, v);
            r.variants.append(v);
        }
        if (defaults > 1)
            fail(path + QStringLiteral(".variants"), Tr::tr("more than one variant is marked default"));
        m.m_releases.append(r);
    }
}

void MatrixLoader::readCuda(const QJsonObject &root, Matrix &m)
{
    const QJsonArray toolkits = array(root, QStringLiteral("toolkits"), {});
    for (qsizetype i = 0; i < toolkits.size() && !failed(); ++i) {
        const QString path = item(QStringLiteral("toolkits"), i);
        const QJsonObject o = toolkits[i].toObject();
        m_anchor = o.value(QStringLiteral("version")).toString();
        CudaRelease c;
        c.version = version(o, QStringLiteral("version"), path, true);
        if (failed())
            return;
        c.parsedVersion = *support::Version::parse(c.version);
        c.driverMin = version(o, QStringLiteral("driver_min_linux"), path, true);
        c.driverBundled = version(o, QStringLiteral("driver_bundled_linux"), path, false);
        c.gccMax = version(o, QStringLiteral("gcc_max"), path, false).toInt();
        c.clangMax = version(o, QStringLiteral("clang_max"), path, false).toInt();
        c.smMin = version(o, QStringLiteral("sm_min"), path, true);
        c.smMax = version(o, QStringLiteral("sm_max"), path, true);
        c.smMinCc = ComputeCapability::parse(c.smMin);
        c.smMaxCc = ComputeCapability::parse(c.smMax);
        c.smDeprecated = strings(o, QStringLiteral("sm_deprecated"), path);
        for (const QString &sm : std::as_const(c.smDeprecated))
            c.smDeprecatedCc << ComputeCapability::parse(sm);
        c.runfile = text(o, QStringLiteral("runfile"), path, false);
        c.runfileSha256 = text(o, QStringLiteral("runfile_sha256"), path, false);
        if (!c.runfileSha256.isEmpty() && !support::Sha256::isHex(c.runfileSha256))
            fail(path + QStringLiteral(".runfile_sha256"), Tr::tr("sha256 must be 64 lower-case hex digits, or null"));
        if (!c.runfileSha256.isEmpty() && text(o, QStringLiteral("runfile_sha256_source"), path, true).isEmpty())
            return;
        c.source = text(o, QStringLiteral("source"), path, true);
        if (!failed() && support::compareVersions(c.smMin, c.smMax) > 0)
            fail(path + QStringLiteral(".sm_min"), Tr::tr("sm_min %1 is above sm_max %2").arg(c.smMin, c.smMax));
        m.m_cuda.append(c);
    }
}

void MatrixLoader::readRocm(const QJsonObject &root, Matrix &m)
{
    const QJsonArray releases = array(root, QStringLiteral("releases"), {});
    for (qsizetype i = 0; i < releases.size() && !failed(); ++i) {
        const QString path = item(QStringLiteral("releases"), i);
        const QJsonObject o = releases[i].toObject();
        m_anchor = o.value(QStringLiteral("version")).toString();
        RocmRelease r;
        r.version = version(o, QStringLiteral("version"), path, true);
        r.gfx = strings(o, QStringLiteral("gfx"), path, &r.gfxKnown);
        r.source = text(o, QStringLiteral("source"), path, true);
        m.m_rocm.append(r);
    }
}

void MatrixLoader::readGpus(const QJsonObject &root)
{
    // The GPU table is read by probe::GpuNameTable; here it is only validated.
    for (const char *vendor : {"nvidia", "amd"}) {
        const QString list = QLatin1String(vendor);
        const QJsonArray gpus = array(root, list, {});
        const QString valueKey = list == u"nvidia" ? QStringLiteral("cc") : QStringLiteral("gfx");
        for (qsizetype i = 0; i < gpus.size() && !failed(); ++i) {
            const QJsonObject o = gpus[i].toObject();
            const QString path = item(list, i);
            m_anchor.clear();
            text(o, QStringLiteral("name"), path, true);
            text(o, valueKey, path, true);
            text(o, QStringLiteral("source"), path, true);
        }
    }
}

void MatrixLoader::readCudnn(const QJsonObject &root, Matrix &m)
{
    const QJsonArray releases = array(root, QStringLiteral("releases"), {});
    for (qsizetype i = 0; i < releases.size() && !failed(); ++i) {
        const QJsonObject o = releases[i].toObject();
        const QString path = item(QStringLiteral("releases"), i);
        m_anchor = o.value(QStringLiteral("version")).toString();
        version(o, QStringLiteral("version"), path, true);
        text(o, QStringLiteral("source"), path, true);
    }
    static const QRegularExpression file(QStringLiteral("^cudnn-linux-x86_64-[0-9.]+_cuda[0-9]+-archive\\.tar\\.xz$"));
    const QJsonArray archives = array(root, QStringLiteral("archives"), {});
    for (qsizetype i = 0; i < archives.size() && !failed(); ++i) {
        const QJsonObject o = archives[i].toObject();
        const QString path = item(QStringLiteral("archives"), i);
        m_anchor = o.value(QStringLiteral("file")).toString();
        CudnnArchive a;
        a.version = version(o, QStringLiteral("version"), path, true);
        a.file = text(o, QStringLiteral("file"), path, true);
        a.url = text(o, QStringLiteral("url"), path, true);
        a.source = text(o, QStringLiteral("source"), path, true);
        for (const QJsonValue &v : array(o, QStringLiteral("cuda_toolkits"), path))
            a.cudaToolkits << v.toString();
        if (failed())
            return;
        if (!file.match(a.file).hasMatch() || !a.url.startsWith(QStringLiteral("https://")) ||
            !a.url.endsWith(u'/' + a.file))
            fail(path + QStringLiteral(".file"),
                 Tr::tr("a cuDNN archive needs a cudnn-linux-x86_64-*_cudaN-archive.tar.xz file and an https URL "
                        "ending in it"));
        const QJsonValue hash = o.value(QStringLiteral("sha256"));
        if (hash.isString() && support::Sha256::isHex(hash.toString()))
            a.sha256 = hash.toString();
        else if (!hash.isNull())
            fail(path + QStringLiteral(".sha256"), Tr::tr("sha256 must be 64 lower-case hex digits, or null"));
        m.m_cudnnArchives << a;
    }
}

void MatrixLoader::readTools(const QJsonObject &root, Matrix &m)
{
    m_anchor.clear();
    auto readPitfalls = [this](const QJsonObject &r, const QString &key) {
        QList<Pitfall> out;
        const QJsonArray list = array(r, key, {});
        for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
            const QJsonObject o = list[i].toObject();
            const QString path = item(key, i);
            Pitfall p;
            p.id = text(o, QStringLiteral("id"), path, true);
            p.tool = text(o, QStringLiteral("tool"), path, true);
            p.versions = text(o, QStringLiteral("versions"), path, true);
            p.affects = text(o, QStringLiteral("affects"), path, false);
            p.message = text(o, QStringLiteral("message"), path, true);
            p.workaround = strings(o, QStringLiteral("workaround"), path);
            p.reportedOnly = o.value(QStringLiteral("reported_only")).toBool();
            p.source = text(o, QStringLiteral("source"), path, true);
            if (failed())
                break;
            p.versionSpec = VersionSpec::parse(p.versions);
            if (!p.versionSpec && key == u"cmake_pitfalls") { // compiler pitfalls may name versions in prose
                fail(path + QStringLiteral(".versions"),
                     Tr::tr("\"%1\" is not a version comparison like \">=4.0\"").arg(p.versions));
                break;
            }
            static const QRegularExpression torchRange(QStringLiteral("^torch\\s*((?:>=|<=|==|<|>)\\s*[0-9][0-9.]*)"));
            if (const auto m = torchRange.match(p.affects); m.hasMatch())
                p.torchSpec = VersionSpec::parse(m.captured(1));
            out.append(p);
        }
        return out;
    };
    m.m_tools.cmakePitfalls = readPitfalls(root, QStringLiteral("cmake_pitfalls"));
    m.m_tools.compilerPitfalls = readPitfalls(root, QStringLiteral("compiler_pitfalls"));
    const QJsonObject numpy = root.value(QStringLiteral("numpy2")).toObject();
    m.m_tools.numpy2FirstTorch = version(numpy, QStringLiteral("first_torch"), QStringLiteral("numpy2"), true);
    m.m_tools.numpy2Source = text(numpy, QStringLiteral("source"), QStringLiteral("numpy2"), true);
    const QJsonObject miniforge = root.value(QStringLiteral("miniforge")).toObject();
    m.m_tools.miniforgeVersion = text(miniforge, QStringLiteral("version"), QStringLiteral("miniforge"), true);
    m.m_tools.miniforgeSource = text(miniforge, QStringLiteral("source"), QStringLiteral("miniforge"), true);
    static const QRegularExpression miniforgeVersion(QStringLiteral("^[0-9]+\\.[0-9]+\\.[0-9]+-[0-9]+$"));
    if (!failed() && !miniforgeVersion.match(m.m_tools.miniforgeVersion).hasMatch())
        fail(QStringLiteral("miniforge.version"), Tr::tr("a Miniforge release looks like 25.3.1-0"));
    const QJsonObject sums = miniforge.value(QStringLiteral("sha256")).toObject();
    for (auto it = sums.begin(); it != sums.end() && !failed(); ++it) {
        if (!support::Sha256::isHex(it.value().toString()))
            fail(QStringLiteral("miniforge.sha256.") + it.key(),
                 Tr::tr("sha256 must be 64 lower-case hex digits, or null"));
        m.m_tools.miniforgeSha256.insert(it.key(), it.value().toString());
    }
    readBuildLibraries(root, m);
    const QJsonObject distutils = root.value(QStringLiteral("python_distutils_removed")).toObject();
    m.m_tools.distutilsRemovedPython =
        version(distutils, QStringLiteral("python"), QStringLiteral("python_distutils_removed"), true);
    m.m_tools.distutilsSource =
        text(distutils, QStringLiteral("source"), QStringLiteral("python_distutils_removed"), true);
}

// tools.json "magma" and "mkl_build": optional (a bundle made before them has neither); when
// present, every record names its package and source.
void MatrixLoader::readBuildLibraries(const QJsonObject &root, Matrix &m)
{
    MagmaFacts &magma = m.m_tools.magma;
    const QJsonObject record = root.value(QStringLiteral("magma")).toObject();
    const QJsonObject channel = record.value(QStringLiteral("pytorch_channel")).toObject();
    if (!channel.isEmpty()) {
        const QString path = QStringLiteral("magma.pytorch_channel");
        magma.pytorchLastTorch = version(channel, QStringLiteral("last_torch"), path, true);
        magma.pytorchSource = text(channel, QStringLiteral("source"), path, true);
        magma.pytorchUnverified = channel.value(QStringLiteral("unverified")).toBool();
        const QJsonArray packages = channel.value(QStringLiteral("packages")).toArray();
        for (qsizetype i = 0; i < packages.size() && !failed(); ++i) {
            const QString at = item(path + QStringLiteral(".packages"), i);
            const QJsonObject o = packages[i].toObject();
            MagmaPackage p{version(o, QStringLiteral("cuda"), at, true), text(o, QStringLiteral("package"), at, true),
                           text(o, QStringLiteral("source"), at, true)};
            if (!failed() && p.package != QStringLiteral("magma-cuda") + QString(p.cuda).remove(u'.'))
                fail(at + QStringLiteral(".package"),
                     Tr::tr("the package for CUDA %1 is named magma-cuda%2").arg(p.cuda, QString(p.cuda).remove(u'.')));
            magma.pytorchPackages << p;
        }
    }
    const QJsonObject forge = record.value(QStringLiteral("conda_forge")).toObject();
    if (!forge.isEmpty() && !failed()) {
        const QString path = QStringLiteral("magma.conda_forge");
        magma.condaForgePackage = text(forge, QStringLiteral("package"), path, true);
        magma.condaForgeCudaMajors = strings(forge, QStringLiteral("cuda_majors"), path);
        magma.condaForgeSource = text(forge, QStringLiteral("source"), path, true);
        magma.condaForgeUnverified = forge.value(QStringLiteral("unverified")).toBool();
    }
    const QJsonObject mkl = root.value(QStringLiteral("mkl_build")).toObject();
    if (!mkl.isEmpty() && !failed()) {
        m.m_tools.mklBuildPackages = strings(mkl, QStringLiteral("packages"), QStringLiteral("mkl_build"));
        m.m_tools.mklBuildArchs = strings(mkl, QStringLiteral("archs"), QStringLiteral("mkl_build"));
        m.m_tools.mklBuildSource = text(mkl, QStringLiteral("source"), QStringLiteral("mkl_build"), true);
    }
}

} // namespace dlstack::matrix
