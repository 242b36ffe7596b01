// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/planloader.h"
#include "core/plan/prefixlayout.h"

#include "core/plan/planjson.h"
#include "core/support/pathguard.h"
#include "core/support/sha256.h"
#include "core/support/urlorigin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <optional>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanLoader)
};

class Loader
{
public:
    Loader(const QByteArray &json, const QString &source) : m_json(parseLocatedJson(json)), m_source(source) {}

    support::Result<Plan> run()
    {
        if (!m_json.error.isEmpty())
            return support::Error{QStringLiteral("%1:%2:%3: %4")
                                      .arg(m_source)
                                      .arg(m_json.errorAt.line)
                                      .arg(m_json.errorAt.column)
                                      .arg(Tr::tr("not valid JSON: %1").arg(m_json.error)),
                                  QString(), Tr::tr("Fix the JSON syntax at that position.")};
        Plan plan = readPlan();
        if (m_error)
            return *m_error;
        return plan;
    }

private:
    void fail(const QString &field, const QString &message)
    {
        if (m_error)
            return;
        const JsonPosition at = m_json.at(field);
        m_error = support::Error{
            QStringLiteral("%1:%2:%3: %4: %5").arg(m_source).arg(at.line).arg(at.column).arg(field, message), QString(),
            Tr::tr("Correct the field \"%1\" (see docs/plan-format.md).").arg(field)};
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        const QString f = path.isEmpty() ? key : path + u'.' + key;
        if (v.isUndefined()) {
            if (required)
                fail(f, Tr::tr("required field is missing"));
            return QString();
        }
        if (!v.isString()) {
            fail(f, Tr::tr("must be a string"));
            return QString();
        }
        if (required && v.toString().isEmpty())
            fail(f, Tr::tr("must not be empty"));
        return v.toString();
    }

    QStringList stringList(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        const QString f = path + u'.' + key;
        QStringList out;
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(f, Tr::tr("must be a list of strings"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                fail(f + u'[' + QString::number(i) + u']', Tr::tr("must be a string"));
            out.append(a[i].toString());
        }
        return out;
    }

    QMap<QString, QString> stringMap(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        const QString f = path.isEmpty() ? key : path + u'.' + key;
        QMap<QString, QString> out;
        if (v.isUndefined())
            return out;
        if (!v.isObject()) {
            fail(f, Tr::tr("must be an object of strings"));
            return out;
        }
        const QJsonObject m = v.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (!it.value().isString())
                fail(f + u'.' + it.key(), Tr::tr("must be a string"));
            out.insert(it.key(), it.value().toString());
        }
        return out;
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isBool())
            fail(path + u'.' + key, Tr::tr("must be true or false"));
        return v.toBool();
    }

    // A NUL would cut the path short where the engine hands it to the system; no control
    // character has a place in a path.
    bool printablePath(const QString &value, const QString &field)
    {
        QChar bad;
        if (!support::PathGuard::hasControlCharacter(value, &bad))
            return true;
        const QString code = QStringLiteral("U+%1").arg(uint(bad.unicode()), 4, 16, QLatin1Char('0'));
        fail(field, m_stage.isEmpty()
                        ? Tr::tr("the path contains the control character %1; a path must be printable text").arg(code)
                        : Tr::tr("the path contains the control character %1 (stage \"%2\"); a path must be "
                                 "printable text")
                              .arg(code, m_stage));
        return false;
    }

    QString insidePath(const QString &value, const QString &field)
    {
        if (value.isEmpty() || !printablePath(value, field))
            return QString();
        const QString resolved = resolvePlanPath(value, m_prefix, m_cache);
        if (resolved.isEmpty())
            fail(field, Tr::tr("path \"%1\" leaves the install prefix and the download cache").arg(value));
        return resolved;
    }

    enum class Root
    {
        Refused,
        Allowed
    };
    // A path a step writes (or works in): inside the prefix or the cache, neither of them
    // itself unless `root` allows it, and never in <prefix>/.dlstack outside the cache.
    QString writtenPath(const QString &value, const QString &field, Root root = Root::Refused)
    {
        const QString resolved = insidePath(value, field);
        if (resolved.isEmpty())
            return resolved;
        if (root == Root::Refused && (resolved == m_prefix || resolved == m_cache))
            fail(field, Tr::tr("path \"%1\" is the install prefix or the download cache itself; name a path "
                               "inside it")
                            .arg(value));
        else if (isInside(resolved, PrefixLayout(m_prefix).stateDir()) && !isInside(resolved, m_cache))
            fail(field, Tr::tr("path \"%1\" is inside %2/.dlstack, where dlstack keeps its journal, logs and "
                               "backups; no step may write there")
                            .arg(value, m_prefix));
        return resolved;
    }

    // "max_entries" and the like: a positive number, whole when `whole`; 0 when absent.
    double positive(const QJsonObject &o, const QString &path, const QString &key, bool whole)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble();
        if (!v.isDouble() || d < 1 || d > 9007199254740992.0 || (whole && d != std::floor(d))) {
            fail(path + u'.' + key,
                 whole ? Tr::tr("must be a whole number of at least 1") : Tr::tr("must be a number of at least 1"));
            return 0;
        }
        return d;
    }

    // `creates` paths are relative to the step's working directory when it has one.
    static QString relativeTo(const QString &cwd, const QString &p)
    {
        if (cwd.isEmpty() || p.startsWith(u'$') || QDir::isAbsolutePath(p))
            return p;
        return cwd + u'/' + p;
    }

    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                fail(path.isEmpty() ? it.key() : path + u'.' + it.key(), Tr::tr("unknown field"));
    }

    // A proxy is an http(s):// or socks5:// URL whose password, if it takes one, is kept
    // out of the file: in the keyring under "proxy_credential" or in DLSTACK_PROXY_PASSWORD.
    void readProxy(const Plan &plan)
    {
        if (plan.proxy.isEmpty()) {
            if (!plan.proxyCredential.isEmpty())
                fail(QStringLiteral("proxy_credential"),
                     Tr::tr("names the proxy's password, but there is no \"proxy\""));
            return;
        }
        // "proxy:3128" is read as curl reads it, as http://proxy:3128.
        const QUrl url(plan.proxy.contains(QStringLiteral("://")) ? plan.proxy : QStringLiteral("http://") + plan.proxy,
                       QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            !(scheme == u"http" || scheme == u"https" || scheme == u"socks5" || scheme == u"socks5h"))
            fail(QStringLiteral("proxy"), Tr::tr("must be a URL such as http://proxy.example.org:3128 "
                                                 "(http, https or socks5)"));
        else if (!url.password().isEmpty())
            fail(QStringLiteral("proxy"),
                 Tr::tr("holds a password; a plan never does (it is shared and kept in the prefix): store the "
                        "password in the keyring and name it in \"proxy_credential\", or set "
                        "DLSTACK_PROXY_PASSWORD when installing"));
    }

    Plan readPlan()
    {
        Plan plan;
        if (!m_json.root.isObject()) {
            fail(QString(), Tr::tr("a plan must be a JSON object"));
            return plan;
        }
        const QJsonObject o = m_json.root.toObject();
        checkKeys(o, QString(),
                  {QStringLiteral("schema"), QStringLiteral("name"), QStringLiteral("prefix"), QStringLiteral("cache"),
                   QStringLiteral("env"), QStringLiteral("stages"), QStringLiteral("mirror_dir"),
                   QStringLiteral("proxy"), QStringLiteral("proxy_credential"), QStringLiteral("comment"),
                   QStringLiteral("machine"), QStringLiteral("needed_mib")});
        const QJsonValue schema = o.value(QStringLiteral("schema"));
        if (schema.isUndefined())
            fail(QStringLiteral("schema"), Tr::tr("required field is missing"));
        else if (!schema.isDouble() || schema.toDouble() != Plan::kSchema)
            fail(QStringLiteral("schema"), Tr::tr("this dlstack reads schema %1 only").arg(Plan::kSchema));
        plan.name = string(o, QString(), QStringLiteral("name"), true);
        const QString prefix = string(o, QString(), QStringLiteral("prefix"), true);
        if (!prefix.isEmpty() && !QDir::isAbsolutePath(prefix))
            fail(QStringLiteral("prefix"), Tr::tr("must be an absolute path"));
        if (!printablePath(prefix, QStringLiteral("prefix")))
            return plan;
        plan.prefix = m_prefix = QDir::cleanPath(prefix);
        if (m_prefix == u"/")
            fail(QStringLiteral("prefix"), Tr::tr("the root directory cannot be an install prefix"));
        const QString cache = string(o, QString(), QStringLiteral("cache"), false);
        if (!cache.isEmpty() && !QDir::isAbsolutePath(cache))
            fail(QStringLiteral("cache"), Tr::tr("must be an absolute path"));
        plan.cache = m_cache = cache.isEmpty() ? PrefixLayout(m_prefix).defaultCache() : QDir::cleanPath(cache);
        if (m_cache == u"/")
            fail(QStringLiteral("cache"), Tr::tr("the root directory cannot be a cache"));
        printablePath(cache, QStringLiteral("cache"));
        const QString records = PrefixLayout(m_prefix).stateDir();
        if (!prefix.isEmpty() && isInside(records, m_cache))
            fail(QStringLiteral("cache"), Tr::tr("must not hold %1, where dlstack keeps its journal").arg(records));
        else if (isInside(m_cache, records) && !isInside(m_cache, PrefixLayout(m_prefix).defaultCache()))
            fail(QStringLiteral("cache"), Tr::tr("inside %1 only as %1/cache").arg(records));
        plan.mirrorDir = string(o, QString(), QStringLiteral("mirror_dir"), false);
        printablePath(plan.mirrorDir, QStringLiteral("mirror_dir"));
        plan.proxy = string(o, QString(), QStringLiteral("proxy"), false);
        plan.proxyCredential = string(o, QString(), QStringLiteral("proxy_credential"), false);
        readProxy(plan);
        plan.env = stringMap(o, QString(), QStringLiteral("env"));
        const QJsonValue needed = o.value(QStringLiteral("needed_mib"));
        if (needed.isDouble() && needed.toDouble() >= 0 && needed.toDouble() == std::floor(needed.toDouble()) &&
            needed.toDouble() < 1e15)
            plan.neededMib = qint64(needed.toDouble());
        else if (!needed.isUndefined())
            fail(QStringLiteral("needed_mib"), Tr::tr("must be a whole number of MiB, 0 or more"));
        const QJsonValue machine = o.value(QStringLiteral("machine"));
        if (machine.isObject())
            plan.machine = machine.toObject();
        else if (!machine.isUndefined())
            fail(QStringLiteral("machine"), Tr::tr("must be an object (a machine profile)"));
        const QJsonValue stages = o.value(QStringLiteral("stages"));
        if (!stages.isArray()) {
            fail(QStringLiteral("stages"),
                 stages.isUndefined() ? Tr::tr("required field is missing") : Tr::tr("must be a list of stages"));
            return plan;
        }
        QSet<QString> ids;
        const QJsonArray stageArray = stages.toArray();
        for (int i = 0; i < stageArray.size(); ++i) {
            const QString path = QStringLiteral("stages[%1]").arg(i);
            if (!stageArray[i].isObject()) {
                fail(path, Tr::tr("a stage must be an object"));
                break;
            }
            Stage stage = readStage(stageArray[i].toObject(), path);
            if (ids.contains(stage.id))
                fail(path + QStringLiteral(".id"), Tr::tr("stage id \"%1\" is used twice").arg(stage.id));
            ids.insert(stage.id);
            plan.stages.append(stage);
        }
        return plan;
    }

    Stage readStage(const QJsonObject &o, const QString &path)
    {
        Stage stage;
        checkKeys(o, path, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("steps")});
        stage.id = m_stage = string(o, path, QStringLiteral("id"), true);
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        if (!stage.id.isEmpty() && !idPattern.match(stage.id).hasMatch())
            fail(path + QStringLiteral(".id"), Tr::tr("use letters, digits, '.', '_' and '-' only"));
        stage.title = string(o, path, QStringLiteral("title"), false);
        if (stage.title.isEmpty())
            stage.title = stage.id;
        const QJsonValue steps = o.value(QStringLiteral("steps"));
        if (!steps.isArray()) {
            fail(path + QStringLiteral(".steps"), Tr::tr("must be a list of steps"));
            return stage;
        }
        const QJsonArray a = steps.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString stepPath = path + QStringLiteral(".steps[%1]").arg(i);
            if (!a[i].isObject()) {
                fail(stepPath, Tr::tr("a step must be an object"));
                break;
            }
            stage.steps.append(readStep(a[i].toObject(), stepPath));
        }
        return stage;
    }

    Step readStep(const QJsonObject &o, const QString &path)
    {
        Step step;
        const QString kind = string(o, path, QStringLiteral("kind"), true);
        const QString k = QStringLiteral("kind");
        auto keys = [&](QStringList allowed) {
            allowed << k << QStringLiteral("comment");
            checkKeys(o, path, allowed);
        };
        if (kind == u"download") {
            step.kind = Step::Kind::Download;
            keys({QStringLiteral("url"), QStringLiteral("mirrors"), QStringLiteral("sha256"),
                  QStringLiteral("insecure"), QStringLiteral("to"), QStringLiteral("credential"),
                  QStringLiteral("allow_insecure_auth")});
            step.url = string(o, path, QStringLiteral("url"), true);
            checkUrl(step.url, path + QStringLiteral(".url"));
            step.mirrors = mirrorList(o, path);
            step.insecure = boolean(o, path, QStringLiteral("insecure"));
            step.sha256 = string(o, path, QStringLiteral("sha256"), !step.insecure).toLower();
            if (!step.sha256.isEmpty() && !support::Sha256::isHex(step.sha256))
                fail(path + QStringLiteral(".sha256"), Tr::tr("must be 64 hexadecimal digits"));
            step.credential = string(o, path, QStringLiteral("credential"), false);
            step.allowInsecureAuth = boolean(o, path, QStringLiteral("allow_insecure_auth"));
            checkCredentials(step, path);
            step.to = writtenPath(string(o, path, QStringLiteral("to"), true), path + QStringLiteral(".to"));
        } else if (kind == u"extract") {
            step.kind = Step::Kind::Extract;
            keys({QStringLiteral("archive"), QStringLiteral("to"), QStringLiteral("strip"),
                  QStringLiteral("max_entries"), QStringLiteral("max_bytes"), QStringLiteral("max_ratio")});
            step.archive =
                insidePath(string(o, path, QStringLiteral("archive"), true), path + QStringLiteral(".archive"));
            step.to = writtenPath(string(o, path, QStringLiteral("to"), true), path + QStringLiteral(".to"));
            const QJsonValue strip = o.value(QStringLiteral("strip"));
            if (!strip.isUndefined() && (!strip.isDouble() || strip.toDouble() < 0 || strip.toDouble() > 16 ||
                                         strip.toDouble() != double(strip.toInt())))
                fail(path + QStringLiteral(".strip"), Tr::tr("must be a whole number from 0 to 16"));
            step.strip = strip.toInt();
            step.maxEntries = qint64(positive(o, path, QStringLiteral("max_entries"), true));
            step.maxBytes = qint64(positive(o, path, QStringLiteral("max_bytes"), true));
            step.maxRatio = positive(o, path, QStringLiteral("max_ratio"), false);
        } else if (kind == u"git") {
            step.kind = Step::Kind::Git;
            keys({QStringLiteral("url"), QStringLiteral("ref"), QStringLiteral("to"), QStringLiteral("submodules")});
            step.url = string(o, path, QStringLiteral("url"), true);
            step.ref = string(o, path, QStringLiteral("ref"), false);
            if (step.ref.startsWith(u'-'))
                fail(path + QStringLiteral(".ref"), Tr::tr("a ref cannot start with '-'"));
            if (step.url.startsWith(u'-'))
                fail(path + QStringLiteral(".url"), Tr::tr("a URL cannot start with '-'"));
            step.to = writtenPath(string(o, path, QStringLiteral("to"), true), path + QStringLiteral(".to"));
            step.submodules = boolean(o, path, QStringLiteral("submodules"));
        } else if (kind == u"run") {
            step.kind = Step::Kind::Run;
            keys({QStringLiteral("argv"), QStringLiteral("cwd"), QStringLiteral("env"), QStringLiteral("progress"),
                  QStringLiteral("creates"), QStringLiteral("undo")});
            const QJsonValue argv = o.value(QStringLiteral("argv"));
            if (!argv.isArray())
                fail(path + QStringLiteral(".argv"), argv.isString()
                                                         ? Tr::tr("must be a list of arguments, not a shell string")
                                                         : Tr::tr("required list of arguments is missing"));
            step.argv = stringList(o, path, QStringLiteral("argv"));
            if (argv.isArray() && (step.argv.isEmpty() || step.argv.first().isEmpty()))
                fail(path + QStringLiteral(".argv"), Tr::tr("must name a program first"));
            step.cwd = writtenPath(string(o, path, QStringLiteral("cwd"), false), path + QStringLiteral(".cwd"),
                                   Root::Allowed);
            step.env = stringMap(o, path, QStringLiteral("env"));
            step.progress = string(o, path, QStringLiteral("progress"), false);
            static const QStringList parsers{QString(),
                                             QStringLiteral("ninja"),
                                             QStringLiteral("make"),
                                             QStringLiteral("cmake"),
                                             QStringLiteral("pip"),
                                             QStringLiteral("git"),
                                             QStringLiteral("conda"),
                                             QStringLiteral("none")};
            if (!parsers.contains(step.progress))
                fail(path + QStringLiteral(".progress"), Tr::tr("unknown progress parser \"%1\"").arg(step.progress));
            const QStringList creates = stringList(o, path, QStringLiteral("creates"));
            for (int i = 0; i < creates.size(); ++i)
                step.creates.append(
                    writtenPath(relativeTo(step.cwd, creates[i]), path + QStringLiteral(".creates[%1]").arg(i)));
            step.undo = stringList(o, path, QStringLiteral("undo"));
        } else if (kind == u"write_file") {
            step.kind = Step::Kind::WriteFile;
            keys({QStringLiteral("path"), QStringLiteral("content"), QStringLiteral("mode")});
            step.path = writtenPath(string(o, path, QStringLiteral("path"), true), path + QStringLiteral(".path"));
            step.content = string(o, path, QStringLiteral("content"), false).toUtf8();
            const QString mode = string(o, path, QStringLiteral("mode"), false);
            if (!mode.isEmpty()) {
                bool ok = false;
                step.mode = mode.toInt(&ok, 8);
                if (!ok || step.mode < 0 || step.mode > 07777)
                    fail(path + QStringLiteral(".mode"), Tr::tr("must be an octal mode such as \"0644\""));
            }
        } else if (!kind.isEmpty()) {
            fail(path + QStringLiteral(".kind"),
                 Tr::tr("unknown step kind \"%1\" (known: download, extract, git, run, write_file)").arg(kind));
        }
        return step;
    }

    void checkUrl(const QString &url, const QString &field)
    {
        static const QRegularExpression scheme(QStringLiteral("^(https?|file)://"));
        if (!url.isEmpty() && !scheme.match(url).hasMatch())
            fail(field, Tr::tr("must start with https://, http:// or file://"));
    }

    // "mirrors": ["https://a/f", {"url": "https://b/f", "credential": "b-token"}]
    QList<Mirror> mirrorList(const QJsonObject &o, const QString &path)
    {
        const QString field = path + QStringLiteral(".mirrors");
        const QJsonValue v = o.value(QStringLiteral("mirrors"));
        QList<Mirror> out;
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(field, Tr::tr("must be a list of URLs"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString at = field + QStringLiteral("[%1]").arg(i);
            Mirror mirror;
            if (a[i].isString()) {
                mirror.url = a[i].toString();
            } else if (a[i].isObject()) {
                const QJsonObject m = a[i].toObject();
                checkKeys(m, at, {QStringLiteral("url"), QStringLiteral("credential"), QStringLiteral("comment")});
                mirror.url = string(m, at, QStringLiteral("url"), true);
                mirror.credential = string(m, at, QStringLiteral("credential"), false);
            } else {
                fail(at, Tr::tr("must be a URL or an object with \"url\" and \"credential\""));
            }
            checkUrl(mirror.url, at);
            out.append(mirror);
        }
        return out;
    }

    // A credential goes to the origin of the URL it is named beside, never over plain http
    // unless the step allows it, and one origin has one credential.
    void checkCredentials(const Step &step, const QString &path)
    {
        struct Source
        {
            QString url;
            QString credential;
            QString field;
        };
        QList<Source> sources{{step.url, step.credential, path + QStringLiteral(".url")}};
        for (int i = 0; i < step.mirrors.size(); ++i)
            sources.append(
                {step.mirrors[i].url, step.mirrors[i].credential, path + QStringLiteral(".mirrors[%1]").arg(i)});
        QMap<QString, QString> byOrigin;
        for (const Source &source : sources) {
            const QUrl url(source.url);
            const bool secret = !source.credential.isEmpty() || !url.userInfo().isEmpty();
            if (!source.credential.isEmpty() && url.isLocalFile())
                fail(source.field, Tr::tr("a credential is sent to http(s) servers only, not to a file:// URL"));
            if (secret && url.scheme().toLower() == u"http" && !step.allowInsecureAuth)
                fail(source.field, Tr::tr("a credential would be sent over plain http://; use https://, or set "
                                          "\"allow_insecure_auth\": true and run `dlstack install "
                                          "--allow-insecure-auth`"));
            const QString origin = support::originOf(url);
            if (source.credential.isEmpty() || origin.isEmpty())
                continue;
            if (byOrigin.contains(origin) && byOrigin.value(origin) != source.credential)
                fail(source.field, Tr::tr("the credentials \"%1\" and \"%2\" are both named for %3; name one")
                                       .arg(byOrigin.value(origin), source.credential, origin));
            byOrigin.insert(origin, source.credential);
        }
    }

    LocatedJson m_json;
    QString m_source;
    QString m_prefix;
    QString m_cache;
    QString m_stage; // the stage being read, for messages
    std::optional<support::Error> m_error;
};

} // namespace

bool isInside(const QString &path, const QString &root)
{
    if (root.isEmpty() || path.isEmpty())
        return false;
    return path == root || path.startsWith(root.endsWith(u'/') ? root : root + u'/');
}

QString resolvePlanPath(const QString &path, const QString &prefix, const QString &cache)
{
    QString resolved;
    if (path.startsWith(QStringLiteral("$cache/")) || path == u"$cache")
        resolved = QDir::cleanPath(cache + u'/' + path.mid(6));
    else if (QDir::isAbsolutePath(path))
        resolved = QDir::cleanPath(path);
    else
        resolved = QDir::cleanPath(prefix + u'/' + path);
    if (isInside(resolved, prefix) || isInside(resolved, cache))
        return resolved;
    return QString();
}

support::Result<Plan> loadPlan(const QByteArray &json, const QString &sourceName)
{
    return Loader(json, sourceName).run();
}

support::Result<Plan> loadPlanFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return support::Error{Tr::tr("Could not read the plan %1.").arg(path), file.errorString(),
                              Tr::tr("Check the path and its permissions.")};
    return loadPlan(file.readAll(), QFileInfo(path).fileName());
}

} // namespace dlstack::plan
