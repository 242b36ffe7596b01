// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/plandefaults.h"

#include "core/matrix/choices.h"
#include "core/matrix/recommender.h"

#include <QDir>
#include <QRegularExpression>

namespace dlstack::cli {

namespace {

// A word as the shell reads it: bare when it is safe, else in single quotes.
QString shellWord(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

bool namesASelection(const QCommandLineParser &parser)
{
    for (const char *name : {"torch", "cuda", "rocm", "xpu", "cpu", "python", "route", "env", "extras", "arch-list",
                             "max-jobs", "launcher", "toolkit-from", "distcc-hosts", "develop", "selection"}) {
        const QString option = QString::fromLatin1(name);
        if (parser.optionNames().contains(option) && parser.isSet(option))
            return true;
    }
    return false;
}

std::optional<matrix::Selection> recommendedSelection(const probe::SystemProfile &machine, const matrix::Matrix &matrix)
{
    const QList<matrix::Recommendation> recs = matrix::Recommender(matrix).recommend(machine, 1);
    if (recs.isEmpty())
        return std::nullopt;
    return recs.first().selection;
}

QString stackFolderName(const matrix::Selection &selection)
{
    QString name = QStringLiteral("torch-%1-%2").arg(selection.torch, selection.variantId());
    if (selection.isSource())
        name += QStringLiteral("-source");
    return name;
}

QString defaultPrefix(const matrix::Selection &selection)
{
    return QDir::home().filePath(QStringLiteral("dlstack/") + stackFolderName(selection));
}

QStringList selectionArguments(const matrix::Selection &s)
{
    QStringList args{QStringLiteral("--torch"), s.torch};
    switch (s.backend) {
    case matrix::Backend::Cuda:
        args << QStringLiteral("--cuda") << s.cuda;
        break;
    case matrix::Backend::Rocm:
        args << QStringLiteral("--rocm") << s.rocm;
        break;
    case matrix::Backend::Xpu:
        args << QStringLiteral("--xpu");
        break;
    case matrix::Backend::Cpu:
        args << QStringLiteral("--cpu");
        break;
    }
    if (!s.python.isEmpty())
        args << QStringLiteral("--python") << s.python;
    if (s.route != matrix::Route::Prebuilt)
        args << QStringLiteral("--route") << matrix::routeName(s.route);
    if (s.envKind == matrix::EnvKind::NewConda)
        args << QStringLiteral("--env") << QStringLiteral("new-conda");
    else if (s.envKind == matrix::EnvKind::Existing)
        args << QStringLiteral("--env") << s.envPath;
    if (!s.extras.isEmpty())
        args << QStringLiteral("--extras") << s.extras.join(u',');
    if (!s.archList.isEmpty())
        args << QStringLiteral("--arch-list") << s.archList.join(u';');
    if (s.maxJobs > 0)
        args << QStringLiteral("--max-jobs") << QString::number(s.maxJobs);
    if (s.launcher != matrix::Launcher::None)
        args << QStringLiteral("--launcher") << matrix::launcherName(s.launcher);
    if (s.toolkitFrom != matrix::ToolkitSource::Auto)
        args << QStringLiteral("--toolkit-from") << matrix::toolkitSourceName(s.toolkitFrom);
    if (!s.distccHosts.isEmpty())
        args << QStringLiteral("--distcc-hosts") << s.distccHosts;
    if (s.develop)
        args << QStringLiteral("--develop");
    return args;
}

QString planCommand(const matrix::Selection &selection)
{
    QStringList words{QStringLiteral("dlstack"), QStringLiteral("plan")};
    for (const QString &a : selectionArguments(selection))
        words << shellWord(a);
    return words.join(u' ');
}

} // namespace dlstack::cli
