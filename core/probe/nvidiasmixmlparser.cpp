// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/nvidiasmixmlparser.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace dlstack::probe::nvidiasmi {

namespace {

// "16384 MiB" -> 16384; "N/A" and anything else 0.
qint64 mib(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^(\\d{1,9})\\s*MiB$"));
    const QRegularExpressionMatch m = number.match(value.trimmed());
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

QString version(const QString &value)
{
    static const QRegularExpression dotted(QStringLiteral("^\\d+(?:\\.\\d+)+$"));
    const QString v = value.trimmed();
    return dotted.match(v).hasMatch() ? v : QString();
}

qsizetype xmlStart(const QString &text)
{
    const qsizetype declaration = text.indexOf(u"<?xml");
    const qsizetype root = text.indexOf(u"<nvidia_smi_log");
    if (declaration >= 0 && (root < 0 || declaration < root))
        return declaration;
    return root;
}

} // namespace

bool looksLikeXml(const QString &text)
{
    const qsizetype start = xmlStart(text.left(8 * 1024));
    return start >= 0 && text.indexOf(u"<nvidia_smi_log", start) >= 0;
}

SmiReport parseXml(const QString &text)
{
    SmiReport report;
    const qsizetype start = xmlStart(text);
    if (start < 0)
        return report;
    QXmlStreamReader xml(text.mid(start));
    QStringList path; // element names from the root down to the current one
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path.append(xml.name().toString());
            if (path.size() == 2 && path[1] == u"gpu") {
                SmiGpu gpu;
                gpu.index = static_cast<int>(report.gpus.size());
                gpu.pciBusId = xml.attributes().value(QStringLiteral("id")).toString();
                report.gpus.append(gpu);
            }
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::Characters || xml.isWhitespace() || path.size() < 2)
            continue;
        const QString value = xml.text().toString().trimmed();
        const QString joined = path.mid(1).join(u'/');
        if (joined == u"driver_version")
            report.driverVersion = version(value);
        else if (joined == u"cuda_version")
            report.cudaVersion = version(value);
        else if (joined == u"attached_gpus")
            report.attachedGpus = value.toInt();
        else if (report.gpus.isEmpty() || path[1] != u"gpu")
            continue;
        else if (joined == u"gpu/product_name")
            report.gpus.last().name = value;
        else if (joined == u"gpu/fb_memory_usage/total")
            report.gpus.last().memoryMib = mib(value);
        else if (joined == u"gpu/mig_mode/current_mig")
            report.gpus.last().mig = value.compare(u"Enabled", Qt::CaseInsensitive) == 0;
    }
    return report;
}

} // namespace dlstack::probe::nvidiasmi
