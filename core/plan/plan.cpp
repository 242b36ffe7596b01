// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/plan.h"

#include "core/support/urlredaction.h"

#include <QJsonArray>
#include <QUrl>

namespace dlstack::plan {

namespace {

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QString Step::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Download:
        return QStringLiteral("download");
    case Kind::Extract:
        return QStringLiteral("extract");
    case Kind::Git:
        return QStringLiteral("git");
    case Kind::Run:
        return QStringLiteral("run");
    case Kind::WriteFile:
        return QStringLiteral("write_file");
    }
    return QString();
}

QString Step::mirrorFileName() const
{
    return kind == Kind::Download ? QUrl(url).fileName() : QString();
}

QString Step::describe() const
{
    switch (kind) {
    case Kind::Download:
        return QStringLiteral("download %1 -> %2").arg(support::redactedUrl(url), to);
    case Kind::Extract:
        return QStringLiteral("extract %1 -> %2").arg(archive, to);
    case Kind::Git:
        return QStringLiteral("git %1 @ %2 -> %3")
            .arg(support::redactedUrl(url), ref.isEmpty() ? QStringLiteral("HEAD") : ref, to);
    case Kind::Run: {
        QStringList shown;
        for (const QString &word : argv)
            shown << support::redactUrls(word);
        return QStringLiteral("run %1").arg(shown.join(u' '));
    }
    case Kind::WriteFile:
        return QStringLiteral("write %1").arg(path);
    }
    return QString();
}

QJsonObject Step::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}};
    switch (kind) {
    case Kind::Download:
        o.insert(QStringLiteral("url"), url);
        if (!mirrors.isEmpty()) {
            QJsonArray list;
            for (const Mirror &mirror : mirrors)
                list.append(mirror.credential.isEmpty()
                                ? QJsonValue(mirror.url)
                                : QJsonObject{{QStringLiteral("url"), mirror.url},
                                              {QStringLiteral("credential"), mirror.credential}});
            o.insert(QStringLiteral("mirrors"), list);
        }
        if (!sha256.isEmpty())
            o.insert(QStringLiteral("sha256"), sha256);
        if (insecure)
            o.insert(QStringLiteral("insecure"), true);
        if (!credential.isEmpty())
            o.insert(QStringLiteral("credential"), credential);
        if (allowInsecureAuth)
            o.insert(QStringLiteral("allow_insecure_auth"), true);
        o.insert(QStringLiteral("to"), to);
        break;
    case Kind::Extract:
        o.insert(QStringLiteral("archive"), archive);
        o.insert(QStringLiteral("to"), to);
        if (strip)
            o.insert(QStringLiteral("strip"), strip);
        if (maxEntries)
            o.insert(QStringLiteral("max_entries"), maxEntries);
        if (maxBytes)
            o.insert(QStringLiteral("max_bytes"), maxBytes);
        if (maxRatio)
            o.insert(QStringLiteral("max_ratio"), maxRatio);
        break;
    case Kind::Git:
        o.insert(QStringLiteral("url"), url);
        if (!ref.isEmpty())
            o.insert(QStringLiteral("ref"), ref);
        o.insert(QStringLiteral("to"), to);
        o.insert(QStringLiteral("submodules"), submodules);
        break;
    case Kind::Run:
        o.insert(QStringLiteral("argv"), QJsonArray::fromStringList(argv));
        if (!cwd.isEmpty())
            o.insert(QStringLiteral("cwd"), cwd);
        if (!env.isEmpty())
            o.insert(QStringLiteral("env"), mapToJson(env));
        if (!progress.isEmpty())
            o.insert(QStringLiteral("progress"), progress);
        if (!creates.isEmpty())
            o.insert(QStringLiteral("creates"), QJsonArray::fromStringList(creates));
        if (!undo.isEmpty())
            o.insert(QStringLiteral("undo"), QJsonArray::fromStringList(undo));
        break;
    case Kind::WriteFile:
        o.insert(QStringLiteral("path"), path);
        o.insert(QStringLiteral("content"), QString::fromUtf8(content));
        o.insert(QStringLiteral("mode"), QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0')));
        break;
    }
    return o;
}

int Plan::stageIndex(const QString &id) const
{
    for (int i = 0; i < stages.size(); ++i)
        if (stages[i].id == id)
            return i;
    return -1;
}

QJsonObject Plan::toJson() const
{
    QJsonArray stageArray;
    for (const Stage &stage : stages) {
        QJsonArray steps;
        for (const Step &step : stage.steps)
            steps.append(step.toJson());
        stageArray.append(QJsonObject{{QStringLiteral("id"), stage.id},
                                      {QStringLiteral("title"), stage.title},
                                      {QStringLiteral("steps"), steps}});
    }
    QJsonObject o{{QStringLiteral("schema"), kSchema},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("prefix"), prefix},
                  {QStringLiteral("cache"), cache},
                  {QStringLiteral("stages"), stageArray}};
    if (!env.isEmpty())
        o.insert(QStringLiteral("env"), mapToJson(env));
    if (!mirrorDir.isEmpty())
        o.insert(QStringLiteral("mirror_dir"), mirrorDir);
    if (!proxy.isEmpty())
        o.insert(QStringLiteral("proxy"), proxy);
    if (!proxyCredential.isEmpty())
        o.insert(QStringLiteral("proxy_credential"), proxyCredential);
    if (!machine.isEmpty())
        o.insert(QStringLiteral("machine"), machine);
    if (neededMib > 0)
        o.insert(QStringLiteral("needed_mib"), neededMib);
    return o;
}

} // namespace dlstack::plan
