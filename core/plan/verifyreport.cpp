// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/verifyreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VerifyReport)
};

// A verify report is a few kB; a stage log may hold megabytes of build output before it.
constexpr qsizetype kTailBytes = 4 * 1024 * 1024;

// `dlstack install` prints "[verify] {" where the stage log has "{".
QByteArray withoutStagePrefix(const QByteArray &line)
{
    static const QRegularExpression prefix(QStringLiteral("^\\[[A-Za-z0-9_.-]+\\] ?"));
    const QString text = QString::fromUtf8(line);
    const QRegularExpressionMatch m = prefix.match(text);
    return m.hasMatch() ? text.mid(m.capturedLength()).toUtf8() : line;
}

bool isReport(const QJsonObject &o)
{
    return o.contains(QStringLiteral("ok")) && o.value(QStringLiteral("problems")).isArray();
}

// Every JSON object of the log that is a report: a block from a line "{" to the line "}" at
// the same (top) level, as json.dumps(indent=1) writes it, or one line holding the whole object.
QList<QJsonObject> reportsIn(QByteArrayView log)
{
    QList<QJsonObject> found;
    QByteArray block;
    bool inBlock = false;
    for (const QByteArray &raw : log.toByteArray().split('\n')) {
        QByteArray line = withoutStagePrefix(raw);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!inBlock && line == "{") {
            inBlock = true;
            block = line;
            continue;
        }
        if (inBlock) {
            block += '\n' + line;
            if (line != "}")
                continue;
            inBlock = false;
            line = block;
        } else if (!(line.startsWith('{') && line.endsWith('}'))) {
            continue;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject() && isReport(doc.object()))
            found << doc.object();
    }
    return found;
}

std::optional<bool> flag(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

QString text(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

QString check(bool good, const QString &sentence)
{
    // The marks carry the meaning in plain text too (screen readers, a copied summary).
    return (good ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + sentence;
}

} // namespace

support::Result<VerifyReport> readVerifyReport(QByteArrayView log)
{
    const QList<QJsonObject> reports = reportsIn(log.size() > kTailBytes ? log.last(kTailBytes) : log);
    if (reports.isEmpty())
        return support::Error{Tr::tr("The log holds no verification report."),
                              {},
                              Tr::tr("The verify stage writes one when it runs to the end; open the log to see "
                                     "where it stopped.")};
    const QJsonObject o = reports.last();
    VerifyReport r;
    r.ok = o.value(QStringLiteral("ok")).toBool();
    r.torch = text(o.value(QStringLiteral("torch")));
    r.python = text(o.value(QStringLiteral("python")));
    r.cudaBuild = text(o.value(QStringLiteral("cuda_build")));
    r.hipBuild = text(o.value(QStringLiteral("hip_build")));
    r.xpuBuild = o.value(QStringLiteral("xpu_build")).toBool();
    for (const QJsonValue &d : o.value(QStringLiteral("devices")).toArray())
        r.devices << d.toString();
    for (const QJsonValue &m : o.value(QStringLiteral("matmul")).toArray())
        r.matmulOk << m.toObject().value(QStringLiteral("ok")).toBool();
    const QJsonObject ext = o.value(QStringLiteral("extension")).toObject();
    r.cpp = flag(ext, QStringLiteral("cpp"));
    r.cuda = flag(ext, QStringLiteral("cuda"));
    for (const QString name : {QStringLiteral("torchvision"), QStringLiteral("torchaudio"), QStringLiteral("torchtext"),
                               QStringLiteral("opencv")})
        if (o.value(name).isString())
            r.companions << name + u' ' + o.value(name).toString();
    if (o.value(QStringLiteral("apex")).isObject()) {
        const QJsonObject apex = o.value(QStringLiteral("apex")).toObject();
        r.apexRef = text(apex.value(QStringLiteral("ref")));
        if (r.apexRef.isEmpty())
            r.apexRef = QStringLiteral("?");
        r.apexFusedLayerNorm = flag(apex, QStringLiteral("fused_layer_norm"));
        r.apexDdp = flag(apex, QStringLiteral("ddp"));
    }
    if (o.value(QStringLiteral("tensorrt")).isObject()) {
        const QJsonObject trt = o.value(QStringLiteral("tensorrt")).toObject();
        r.torchTensorrt = text(trt.value(QStringLiteral("torch_tensorrt")));
        r.tensorrt = text(trt.value(QStringLiteral("tensorrt")));
        r.tensorrtEngine = flag(trt, QStringLiteral("engine"));
    }
    for (const QJsonValue &p : o.value(QStringLiteral("problems")).toArray())
        r.problems << p.toString();
    return r;
}

QStringList verifySummary(const VerifyReport &r)
{
    QStringList lines;
    const QString build = !r.cudaBuild.isEmpty()  ? Tr::tr("built for CUDA %1").arg(r.cudaBuild)
                          : !r.hipBuild.isEmpty() ? Tr::tr("built for ROCm (HIP %1)").arg(r.hipBuild)
                          : r.xpuBuild            ? Tr::tr("built for Intel GPUs (XPU)")
                                                  : Tr::tr("built for the CPU only");
    if (!r.torch.isEmpty())
        lines << check(true, Tr::tr("PyTorch %1 imports with Python %2, %3.").arg(r.torch, r.python, build));
    if (!r.companions.isEmpty())
        lines << check(true, Tr::tr("Imported: %1.").arg(r.companions.join(QStringLiteral(", "))));
    if (!r.devices.isEmpty()) {
        const bool allGood = r.matmulOk.size() == r.devices.size() && !r.matmulOk.contains(false);
        lines << check(allGood, allGood ? Tr::tr("It sees %n GPU(s) (%1) and computes on each as on the CPU.", nullptr,
                                                 int(r.devices.size()))
                                              .arg(r.devices.join(QStringLiteral(", ")))
                                        : Tr::tr("It sees %n GPU(s) (%1), but not every one computes right.", nullptr,
                                                 int(r.devices.size()))
                                              .arg(r.devices.join(QStringLiteral(", "))));
    }
    if (r.cpp)
        lines << check(*r.cpp && r.cuda.value_or(true),
                       r.cuda ? Tr::tr("A C++/CUDA extension compiles and runs on the GPU.")
                              : Tr::tr("A C++ extension compiles and runs."));
    if (!r.apexRef.isEmpty()) {
        const bool good = r.apexFusedLayerNorm.value_or(true) && r.apexDdp.value_or(true);
        lines << check(good, r.apexFusedLayerNorm ? Tr::tr("Apex %1 imports; its fused layer norm (CUDA extension) "
                                                           "runs forward and backward on the GPU.")
                                                        .arg(r.apexRef)
                                                  : Tr::tr("Apex %1 imports.").arg(r.apexRef));
    }
    if (!r.torchTensorrt.isEmpty())
        lines << check(r.tensorrtEngine.value_or(true),
                       r.tensorrtEngine
                           ? Tr::tr("torch-tensorrt %1 with TensorRT %2 builds and runs an engine on the GPU.")
                                 .arg(r.torchTensorrt, r.tensorrt)
                           : Tr::tr("torch-tensorrt %1 with TensorRT %2 imports.").arg(r.torchTensorrt, r.tensorrt));
    for (const QString &problem : r.problems)
        lines << check(false, problem);
    if (r.ok && r.problems.isEmpty())
        lines << Tr::tr("Everything the plan promised was checked and works.");
    return lines;
}

} // namespace dlstack::plan
