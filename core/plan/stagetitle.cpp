// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/stagetitle.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace dlstack::plan {

namespace {

constexpr char kContext[] = "StageTitle";

// In match order: a template that another one's pattern would also match comes first ("OpenCV %1
// with CUDA from source" before "%1 from source").
constexpr std::array<std::pair<StageTitle, const char *>, 18> kTemplates{{
    {StageTitle::ExistingEnvironment, QT_TRANSLATE_NOOP("StageTitle", "Use the existing environment %1")},
    {StageTitle::VirtualEnvironment, QT_TRANSLATE_NOOP("StageTitle", "Python %1 virtual environment")},
    {StageTitle::CondaEnvironment, QT_TRANSLATE_NOOP("StageTitle", "Conda environment with Python %1")},
    {StageTitle::UserGcc, QT_TRANSLATE_NOOP("StageTitle", "gcc %1 for nvcc (installed by you)")},
    {StageTitle::SystemGcc, QT_TRANSLATE_NOOP("StageTitle", "Use gcc %1 for nvcc")},
    {StageTitle::CondaGcc, QT_TRANSLATE_NOOP("StageTitle", "gcc %1 from conda-forge")},
    {StageTitle::TorchWheels, QT_TRANSLATE_NOOP("StageTitle", "PyTorch %1 wheels (%2)")},
    {StageTitle::TorchFromSource, QT_TRANSLATE_NOOP("StageTitle", "PyTorch %1 from source")},
    {StageTitle::OpenCvWithCuda, QT_TRANSLATE_NOOP("StageTitle", "OpenCV %1 with CUDA from source")},
    {StageTitle::CompanionsFromSource, QT_TRANSLATE_NOOP("StageTitle", "%1 from source")},
    {StageTitle::Apex, QT_TRANSLATE_NOOP("StageTitle", "NVIDIA Apex %1 with C++/CUDA extensions")},
    {StageTitle::OpenCvWheel, QT_TRANSLATE_NOOP("StageTitle", "OpenCV (opencv-python-headless)")},
    {StageTitle::CondaToolkit, QT_TRANSLATE_NOOP("StageTitle", "CUDA %1 toolkit from conda-forge")},
    {StageTitle::PrefixToolkit, QT_TRANSLATE_NOOP("StageTitle", "CUDA %1 toolkit in the prefix")},
    {StageTitle::Cudnn, QT_TRANSLATE_NOOP("StageTitle", "cuDNN %1 for CUDA %2")},
    {StageTitle::Activation, QT_TRANSLATE_NOOP("StageTitle", "Activation script and modulefile")},
    {StageTitle::Verify, QT_TRANSLATE_NOOP("StageTitle", "Verify the installation")},
    {StageTitle::TestNn, QT_TRANSLATE_NOOP("StageTitle", "Run PyTorch's test/test_nn.py")},
}};

// %1..%9 replaced in one pass, so an argument that contains "%2" stays as it is.
QString substitute(const QString &text, const QStringList &args)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit() && text.at(i + 1) != u'0') {
            const qsizetype n = text.at(i + 1).digitValue();
            if (n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

struct Pattern
{
    const char *text;
    QRegularExpression regex;
    QList<int> order; // the argument number of each capture group
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> all = [] {
        QList<Pattern> out;
        static const QRegularExpression marker(QStringLiteral("%([1-9])"));
        for (const auto &[kind, text] : kTemplates) {
            const QString source = QString::fromUtf8(text);
            QString regex = QStringLiteral("^");
            QList<int> order;
            qsizetype last = 0;
            auto it = marker.globalMatch(source);
            while (it.hasNext()) {
                const auto m = it.next();
                regex += QRegularExpression::escape(source.mid(last, m.capturedStart() - last));
                regex += QStringLiteral("(.+)");
                order << m.captured(1).toInt();
                last = m.capturedEnd();
            }
            regex += QRegularExpression::escape(source.mid(last)) + u'$';
            out.append(Pattern{text, QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption), order});
        }
        return out;
    }();
    return all;
}

} // namespace

QString stageTitle(StageTitle kind, const QStringList &args)
{
    for (const auto &[k, text] : kTemplates)
        if (k == kind)
            return substitute(QString::fromUtf8(text), args);
    return {};
}

QString localizedStageTitle(const QString &title)
{
    for (const Pattern &p : patterns()) {
        const QRegularExpressionMatch m = p.regex.match(title);
        if (!m.hasMatch())
            continue;
        QStringList args(p.order.size());
        for (int group = 0; group < p.order.size(); ++group)
            if (p.order.at(group) <= args.size())
                args[p.order.at(group) - 1] = m.captured(group + 1);
        return substitute(QCoreApplication::translate(kContext, p.text), args);
    }
    return title;
}

QStringList stageTitleTemplates()
{
    QStringList out;
    for (const auto &[kind, text] : kTemplates)
        out << QString::fromUtf8(text);
    return out;
}

} // namespace dlstack::plan
