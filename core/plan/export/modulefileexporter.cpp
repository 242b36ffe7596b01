// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/export/modulefileexporter.h"

#include "core/plan/activation.h"
#include "core/plan/recipes/recipecontext.h"

#include <QCoreApplication>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModulefileExporter)
};

// A Lua long string: [==[text]==] with as many '=' as it takes that text never closes it.
QString luaString(const QString &text)
{
    QString level;
    while (text.contains(u']' + level + u']') || text.endsWith(u']' + level))
        level += u'=';
    return u'[' + level + u'[' + text + u']' + level + u']';
}

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').replace(u'\r', u' ');
}

} // namespace

support::Result<QByteArray> exportModulefile(const Plan &plan)
{
    const QString script = activationScript(plan);
    if (script.isEmpty())
        return support::Error{Tr::tr("The plan \"%1\" writes no activation script; a modulefile would have nothing "
                                     "to load.")
                                  .arg(plan.name),
                              {},
                              Tr::tr("Plan with dlstack plan (its activation stage writes <prefix>/activate), or "
                                     "add a write_file step for \"activate\" to the plan.")};
    const QString name = oneLine(plan.name);
    QStringList out;
    out << QStringLiteral("-- dlstack plan \"%1\" as an Lmod modulefile (docs/admins.md).").arg(name);
    out << QStringLiteral("-- Loading sources %1 through source_sh (Lmod 8.6 or newer);").arg(oneLine(script));
    out << QStringLiteral("-- `module unload` takes back what it set.");
    out << QStringLiteral("help(%1)")
               .arg(luaString(QStringLiteral("%1, installed by dlstack into %2.\n"
                                             "Without Lmod: %3\n"
                                             "State of the install: dlstack status --prefix %4\n")
                                  .arg(name, plan.prefix, activationCommand(plan), shellQuote(plan.prefix))));
    out << QStringLiteral("whatis(%1)").arg(luaString(QStringLiteral("Name: ") + name));
    out << QStringLiteral("whatis(%1)").arg(luaString(QStringLiteral("Prefix: ") + plan.prefix));
    out << QStringLiteral("family(\"dlstack\")");
    // Loaded before the install finished (or after the prefix went): say so, not source_sh's
    // "No such file or directory" from bash.
    out << QStringLiteral("if mode() == \"load\" and not isFile(%1) then").arg(luaString(script));
    out << QStringLiteral("    LmodError(%1)")
               .arg(luaString(Tr::tr("The dlstack stack in %1 is not installed yet, or is gone: %2 is missing. "
                                     "`dlstack status --prefix %3` says where its install stands.")
                                  .arg(plan.prefix, script, shellQuote(plan.prefix))));
    out << QStringLiteral("end");
    // source_sh runs the shell on "script args": the path goes as one quoted shell word.
    out << QStringLiteral("source_sh(\"bash\", %1)").arg(luaString(shellQuote(script)));
    return (out.join(u'\n') + u'\n').toUtf8();
}

} // namespace dlstack::plan
