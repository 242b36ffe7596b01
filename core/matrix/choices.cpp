// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/choices.h"

#include <QList>
#include <QPair>

namespace dlstack::matrix {

namespace {

template <typename E> using NameTable = QList<QPair<E, QString>>;

const NameTable<Route> &routeNames()
{
    static const NameTable<Route> names{{Route::Prebuilt, QStringLiteral("prebuilt")},
                                        {Route::Source, QStringLiteral("source")}};
    return names;
}

const NameTable<EnvKind> &envKindNames()
{
    static const NameTable<EnvKind> names{{EnvKind::NewVenv, QStringLiteral("new_venv")},
                                          {EnvKind::NewConda, QStringLiteral("new_conda")},
                                          {EnvKind::Existing, QStringLiteral("existing")}};
    return names;
}

const NameTable<Backend> &backendNames()
{
    static const NameTable<Backend> names{{Backend::Cuda, QStringLiteral("cuda")},
                                          {Backend::Rocm, QStringLiteral("rocm")},
                                          {Backend::Xpu, QStringLiteral("xpu")},
                                          {Backend::Cpu, QStringLiteral("cpu")}};
    return names;
}

const NameTable<Launcher> &launcherNames()
{
    static const NameTable<Launcher> names{{Launcher::None, QString()},
                                           {Launcher::Ccache, QStringLiteral("ccache")},
                                           {Launcher::Sccache, QStringLiteral("sccache")},
                                           {Launcher::Distcc, QStringLiteral("distcc")}};
    return names;
}

const NameTable<ToolkitSource> &toolkitSourceNames()
{
    static const NameTable<ToolkitSource> names{{ToolkitSource::Auto, QString()},
                                                {ToolkitSource::Runfile, QStringLiteral("runfile")},
                                                {ToolkitSource::Conda, QStringLiteral("conda")}};
    return names;
}

const NameTable<Target> &targetNames()
{
    static const NameTable<Target> names{{Target::ThisMachine, QStringLiteral("this_machine")},
                                         {Target::Profile, QStringLiteral("profile")},
                                         {Target::Image, QStringLiteral("image")}};
    return names;
}

template <typename E> QString nameIn(const NameTable<E> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return name;
    return {};
}

template <typename E> std::optional<E> valueIn(const NameTable<E> &table, QStringView name)
{
    for (const auto &[e, known] : table)
        if (known == name)
            return e;
    return std::nullopt;
}

} // namespace

QString routeName(Route route)
{
    return nameIn(routeNames(), route);
}

QString envKindName(EnvKind kind)
{
    return nameIn(envKindNames(), kind);
}

QString backendName(Backend backend)
{
    return nameIn(backendNames(), backend);
}

QString backendTitle(Backend backend)
{
    switch (backend) {
    case Backend::Cuda:
        return QStringLiteral("CUDA");
    case Backend::Rocm:
        return QStringLiteral("ROCm");
    case Backend::Xpu:
        return QStringLiteral("XPU");
    case Backend::Cpu:
        break;
    }
    return QStringLiteral("CPU");
}

QString launcherName(Launcher launcher)
{
    return nameIn(launcherNames(), launcher);
}

QString toolkitSourceName(ToolkitSource source)
{
    return nameIn(toolkitSourceNames(), source);
}

QString targetName(Target target)
{
    return nameIn(targetNames(), target);
}

std::optional<Target> targetFromName(QStringView name)
{
    return valueIn(targetNames(), name);
}

std::optional<Route> routeFromName(QStringView name)
{
    return valueIn(routeNames(), name);
}

std::optional<EnvKind> envKindFromName(QStringView name)
{
    QString spelled = name.toString();
    spelled.replace(u'-', u'_'); // the CLI writes new-venv
    return valueIn(envKindNames(), QStringView(spelled));
}

std::optional<Backend> backendFromName(QStringView name)
{
    return valueIn(backendNames(), name);
}

std::optional<Launcher> launcherFromName(QStringView name)
{
    if (name == u"none")
        return Launcher::None;
    return valueIn(launcherNames(), name);
}

std::optional<ToolkitSource> toolkitSourceFromName(QStringView name)
{
    if (name == u"auto")
        return ToolkitSource::Auto;
    return valueIn(toolkitSourceNames(), name);
}

} // namespace dlstack::matrix
