// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/dlstackenvs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dlstack::probe {

namespace {

bool isEnv(const ProbeContext &context, const QString &path)
{
    return context.exists(path + QStringLiteral("/pyvenv.cfg")) || context.isDir(path + QStringLiteral("/conda-meta"));
}

QString cleaned(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

QString dlstackJournalPath(const QString &prefix)
{
    return prefix + QStringLiteral("/.dlstack/journal.jsonl");
}

QList<DlstackEnv> dlstackEnvs(const ProbeContext &context)
{
    QList<DlstackEnv> found;
    const auto add = [&](const QString &raw, const QString &source) {
        const QString path = cleaned(raw);
        if (path.isEmpty() || !isEnv(context, path))
            return;
        for (const DlstackEnv &e : std::as_const(found))
            if (e.path == path)
                return;
        found.append({path, source});
    };
    const QString home = context.home();
    if (home.isEmpty())
        return found;
    // The default install folders; each prefix is looked at once, those its journal names too.
    const QString root = home + QStringLiteral("/dlstack");
    QStringList prefixes{root};
    for (const QString &name : context.list(root))
        if (context.isDir(root + u'/' + name) && !name.startsWith(u'.'))
            prefixes << root + u'/' + name;
    for (qsizetype i = 0; i < prefixes.size() && i < 1000; ++i) {
        const QString prefix = prefixes.at(i);
        for (const QString &leaf : {QStringLiteral("/venv"), QStringLiteral("/conda-env")})
            add(prefix + leaf, prefix);
        for (const QString &name : context.list(prefix + QStringLiteral("/envs")))
            add(prefix + QStringLiteral("/envs/") + name, prefix);
        const QString journal = dlstackJournalPath(prefix);
        const auto text = context.readFile(journal, 16 * 1024 * 1024);
        if (!text)
            continue;
        QList<QJsonObject> records;
        QList<QPair<QString, QString>> anchors; // a moved prefix: paths under `from` are read under `to`
        for (const QByteArray &line : text->split('\n')) {
            const QJsonObject record = QJsonDocument::fromJson(line).object(); // a torn line reads as {}
            records << record;
            if (record.value(QStringLiteral("t")).toString() == u"anchor")
                anchors.append({cleaned(record.value(QStringLiteral("from")).toString()),
                                cleaned(record.value(QStringLiteral("to")).toString())});
        }
        const auto anchored = [&anchors](QString path) {
            for (const auto &[from, to] : anchors)
                if (!from.isEmpty() && (path == from || path.startsWith(from + u'/')))
                    path = to + path.mid(from.size());
            return path;
        };
        for (const QJsonObject &record : std::as_const(records)) {
            const QString type = record.value(QStringLiteral("t")).toString();
            if (type == u"intent") {
                for (const QJsonValue &created : record.value(QStringLiteral("creates")).toArray())
                    add(anchored(cleaned(created.toString())), journal);
            } else if (type == u"plan" || type == u"anchor") {
                const QString named =
                    cleaned(record.value(type == u"plan" ? QStringLiteral("prefix") : QStringLiteral("to")).toString());
                if (!named.isEmpty() && !prefixes.contains(named) && context.exists(dlstackJournalPath(named)))
                    prefixes << named;
            }
        }
    }
    return found;
}

} // namespace dlstack::probe
