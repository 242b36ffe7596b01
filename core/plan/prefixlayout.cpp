// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/prefixlayout.h"

namespace dlstack::plan {

PrefixLayout::PrefixLayout(QString prefix) : m_prefix(std::move(prefix))
{
    while (m_prefix.size() > 1 && m_prefix.endsWith(u'/'))
        m_prefix.chop(1);
}

QString PrefixLayout::stateDir() const
{
    return m_prefix + u'/' + stateDirName();
}

QString PrefixLayout::journal() const
{
    return stateDir() + QStringLiteral("/journal.jsonl");
}

QString PrefixLayout::runPid() const
{
    return stateDir() + QStringLiteral("/run.pid");
}

QString PrefixLayout::prefixId() const
{
    return stateDir() + QStringLiteral("/prefix-id");
}

QString PrefixLayout::plan() const
{
    return stateDir() + QStringLiteral("/plan.json");
}

QString PrefixLayout::earlierPlan(const QString &stamp) const
{
    return stateDir() + QStringLiteral("/plans/") + stamp + QStringLiteral(".json");
}

QString PrefixLayout::handedPlan() const
{
    return stateDir() + QStringLiteral("/plans/next.json");
}

QString PrefixLayout::events() const
{
    return stateDir() + QStringLiteral("/events.jsonl");
}

QString PrefixLayout::logsDir() const
{
    return stateDir() + QStringLiteral("/logs");
}

QString PrefixLayout::stageLog(const QString &stage) const
{
    return logsDir() + u'/' + stage + QStringLiteral(".log");
}

QString PrefixLayout::stageStreams(const QString &stage) const
{
    return logsDir() + u'/' + stage + QStringLiteral(".streams");
}

QString PrefixLayout::backupsDir() const
{
    return stateDir() + QStringLiteral("/backups");
}

QString PrefixLayout::defaultCache() const
{
    return stateDir() + QStringLiteral("/cache");
}

QString PrefixLayout::tmpDir() const
{
    return stateDir() + QStringLiteral("/tmp");
}

QString PrefixLayout::bashStateDir() const
{
    return stateDir() + QStringLiteral("/bash");
}

QString PrefixLayout::processOutput() const
{
    return stateDir() + QStringLiteral("/output.log");
}

} // namespace dlstack::plan
