// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/export/bashexporter.h"
#include "core/plan/prefixlayout.h"

#include "core/plan/recipes/recipecontext.h"
#include "core/support/urlredaction.h"

#include <QDir>
#include <QUrl>

namespace dlstack::plan {

namespace {

const char kHelpers[] = R"SH(
dl_fetch() { # url sha256 target: mirror directory first, then the URL; checksum enforced when known
    local url=$1 sum=$2 target=$3 name
    name=${url##*/}
    mkdir -p "$(dirname "$target")"
    if [ -n "$MIRROR_DIR" ] && [ -f "$MIRROR_DIR/$name" ]; then
        cp "$MIRROR_DIR/$name" "$target.part"
    else
        curl -fL --retry 3 -C - -o "$target.part" "$url"
    fi
    if [ -n "$sum" ]; then
        echo "$sum  $target.part" | sha256sum -c -
    fi
    mv "$target.part" "$target"
}

git_checkout() { # url ref target submodules(0|1); an existing clone is fetched (resume)
    local url=$1 ref=$2 target=$3 subs=$4
    if [ -d "$target/.git" ]; then
        git -C "$target" fetch --tags origin
    else
        git clone "$url" "$target"
    fi
    git -C "$target" checkout --detach "$ref"
    if [ "$subs" = 1 ]; then
        git -C "$target" submodule update --init --recursive
    fi
}

want_stage() { # id
    if [ "$CFG_STAGE" != all ] && [[ ",$CFG_STAGE," != *",$1,"* ]]; then
        return 1
    fi
    [[ ",$CFG_SKIP," != *",$1,"* ]]
}
)SH";

// Percent-encodes a password byte by byte for a URL's user-info, as dlstack install does.
const char kUrlEncode[] = R"SH(dl_urlencode() {
    local LC_ALL=C s=$1 out='' c i
    for ((i = 0; i < ${#s}; i++)); do
        c=${s:i:1}
        case $c in
            [a-zA-Z0-9._~-]) out+=$c ;;
            *) printf -v c '%%%02X' "'$c"; out+=$c ;;
        esac
    done
    printf '%s' "$out"
})SH";

const QStringList kOverridable{QStringLiteral("TORCH_CUDA_ARCH_LIST"), QStringLiteral("MAX_JOBS"),
                               QStringLiteral("PYTORCH_ROCM_ARCH")};

QString pathWord(const Plan &, const QString &path)
{
    if (path.startsWith(u"$cache/"))
        return QStringLiteral("\"$CACHE\"/") + shellQuote(path.mid(7));
    if (QDir::isAbsolutePath(path))
        return shellQuote(path);
    return QStringLiteral("\"$PREFIX\"/") + shellQuote(path);
}

// Inside "...": backslash, quote, dollar and backtick escaped.
QString doubleQuoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'"', QStringLiteral("\\\""));
    value.replace(u'$', QStringLiteral("\\$"));
    value.replace(u'`', QStringLiteral("\\`"));
    return value;
}

QString words(const QStringList &argv)
{
    QStringList out;
    for (const QString &w : argv)
        out << shellQuote(w);
    return out.join(u' ');
}

QString isVenvCreation(const Step &step)
{
    return step.argv.size() == 4 && step.argv.at(1) == u"-m" && step.argv.at(2) == u"venv" ? step.argv.at(0)
                                                                                           : QString();
}

// A word holding a URL with user-info or a query is not written into the script (scripts
// are shared and baked into images): the script reads it from DLSTACK_URL_<n>, and a
// comment above the step shows the redacted form so the reader knows what to put there.
struct SecretWords
{
    int count = 0;
    QStringList notes; // comment lines for the step being written

    QString word(const QString &value)
    {
        const QString shown = support::redactUrls(value);
        if (shown == value)
            return shellQuote(value);
        const QString name = QStringLiteral("DLSTACK_URL_%1").arg(++count);
        notes << QStringLiteral("# %1: %2 (its user name, password and query are not written here)")
                     .arg(name, QString(shown).replace(u'\n', u' '));
        return QStringLiteral("\"${%1:?set %1 to the full value the plan names}\"").arg(name);
    }
    QString words(const QStringList &argv)
    {
        QStringList out;
        for (const QString &w : argv)
            out << word(w);
        return out.join(u' ');
    }
};

// The plan's proxy for pip, conda, git and curl, as the engine sets it for its steps. A
// proxy password is never written: the script takes it from DLSTACK_PROXY_PASSWORD, as
// `dlstack install` does.
QStringList proxyLines(const Plan &plan)
{
    if (plan.proxy.isEmpty())
        return {};
    QStringList lines;
    const QString full =
        plan.proxy.contains(QStringLiteral("://")) ? plan.proxy : QStringLiteral("http://") + plan.proxy;
    if (plan.proxyCredential.isEmpty()) {
        lines << QStringLiteral("DLSTACK_PROXY=%1").arg(shellQuote(full));
    } else {
        const QUrl url(full);
        const QString userInfo = url.userName(QUrl::FullyEncoded);
        QUrl rest(url);
        rest.setUserInfo(QString());
        const QString hostPart = rest.toString(QUrl::FullyEncoded).mid(url.scheme().size() + 3);
        lines << QStringLiteral("# The proxy %1 takes a password (the keyring's \"%2\"); it is not written here.")
                     .arg(support::redactedUrl(full), plan.proxyCredential);
        lines << QStringLiteral(
            ": \"${DLSTACK_PROXY_PASSWORD:?set DLSTACK_PROXY_PASSWORD to the password of the proxy}\"");
        lines << QString::fromLatin1(kUrlEncode);
        lines << QStringLiteral("DLSTACK_PROXY=%1\"$(dl_urlencode \"$DLSTACK_PROXY_PASSWORD\")\"%2")
                     .arg(shellQuote(url.scheme() + QStringLiteral("://") + userInfo + u':'),
                          shellQuote(u'@' + hostPart));
    }
    lines << QStringLiteral("export http_proxy=\"$DLSTACK_PROXY\" https_proxy=\"$DLSTACK_PROXY\" "
                            "HTTP_PROXY=\"$DLSTACK_PROXY\" HTTPS_PROXY=\"$DLSTACK_PROXY\"");
    lines << QStringLiteral("export no_proxy=\"${no_proxy:-${NO_PROXY:-localhost,127.0.0.1,::1}}\"");
    lines << QStringLiteral("export NO_PROXY=\"$no_proxy\"");
    return lines;
}

QStringList stepLines(const Plan &plan, const Step &step, SecretWords &secret)
{
    QStringList lines;
    switch (step.kind) {
    case Step::Kind::Download: {
        const QString url = secret.word(step.url);
        lines << QStringLiteral("dl_fetch %1 %2 %3")
                     .arg(url, step.sha256.isEmpty() ? QStringLiteral("''") : step.sha256, pathWord(plan, step.to));
        break;
    }
    case Step::Kind::Extract: {
        const QString to = pathWord(plan, step.to);
        lines << QStringLiteral("mkdir -p %1").arg(to);
        lines << QStringLiteral("tar -xf %1 -C %2 --strip-components=%3")
                     .arg(pathWord(plan, step.archive), to)
                     .arg(step.strip);
        break;
    }
    case Step::Kind::Git: {
        const QString url = secret.word(step.url);
        lines << QStringLiteral("git_checkout %1 %2 %3 %4")
                     .arg(url, shellQuote(step.ref.isEmpty() ? QStringLiteral("HEAD") : step.ref),
                          pathWord(plan, step.to), step.submodules ? QStringLiteral("1") : QStringLiteral("0"));
        break;
    }
    case Step::Kind::Run: {
        QStringList parts;
        if (!step.env.isEmpty()) {
            parts << QStringLiteral("env");
            for (auto it = step.env.cbegin(); it != step.env.cend(); ++it) {
                if (kOverridable.contains(it.key()))
                    parts << QStringLiteral("\"%1=${%1:-\"%2\"}\"").arg(it.key(), doubleQuoted(it.value()));
                else
                    parts << secret.word(it.key() + u'=' + it.value());
            }
        }
        QStringList argv = step.argv;
        QString command;
        const QString python = isVenvCreation(step);
        if (!python.isEmpty()) {
            argv.removeFirst();
            command = QStringLiteral("\"${DLSTACK_PYTHON:-%1}\" ").arg(python) + secret.words(argv);
        } else {
            command = secret.words(argv);
        }
        const QString line = (parts.isEmpty() ? QString() : parts.join(u' ') + u' ') + command;
        lines << (step.cwd.isEmpty() ? line : QStringLiteral("(cd %1 && %2)").arg(pathWord(plan, step.cwd), line));
        break;
    }
    case Step::Kind::WriteFile: {
        const QString path = pathWord(plan, step.path);
        lines << QStringLiteral("mkdir -p \"$(dirname %1)\"").arg(path);
        lines << QStringLiteral("printf '%s' %1 > %2").arg(shellQuote(QString::fromUtf8(step.content)), path);
        lines << QStringLiteral("chmod %1 %2").arg(step.mode, 0, 8).arg(path);
        break;
    }
    }
    return lines;
}

// Lines of the uninstall script of one stage, newest effect first.
QStringList undoLines(const Plan &plan, const Stage &stage)
{
    QStringList lines;
    for (auto it = stage.steps.crbegin(); it != stage.steps.crend(); ++it) {
        const Step &step = *it;
        if (!step.undo.isEmpty())
            lines << words(step.undo) + QStringLiteral(" || true");
        for (const QString &created : step.creates)
            lines << QStringLiteral("rm -rf -- ") + pathWord(plan, created);
        if (step.kind == Step::Kind::WriteFile)
            lines << QStringLiteral("rm -f -- ") + pathWord(plan, step.path);
        if (step.kind == Step::Kind::Git || step.kind == Step::Kind::Extract)
            lines << QStringLiteral("rm -rf -- ") + pathWord(plan, step.to);
    }
    return lines;
}

} // namespace

QString bashFunctionName(const QString &stageId)
{
    QString name = stageId;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            c = u'_';
    }
    return QStringLiteral("stage_") + name;
}

QByteArray exportBash(const Plan &plan)
{
    QStringList ids;
    for (const Stage &stage : plan.stages)
        ids << stage.id;
    QStringList out;
    out << QStringLiteral("#!/usr/bin/env bash");
    out << QStringLiteral("# dlstack plan: %1").arg(QString(plan.name).replace(u'\n', u' '));
    out << QStringLiteral("# Stages: %1").arg(ids.join(u' '));
    out << QStringLiteral("# Run all: bash plan.sh; some: CFG_STAGE=%1 bash plan.sh; skip: CFG_SKIP=id,id")
               .arg(ids.value(0));
    out << QStringLiteral("# Each finished stage writes %1/uninstall-<stage>.sh.")
               .arg(PrefixLayout(QStringLiteral("$PREFIX")).bashStateDir());
    // File contents and uninstall scripts are single-quoted on purpose: nothing expands.
    out << QStringLiteral("# shellcheck disable=SC2016,SC1003");
    out << QStringLiteral("set -euo pipefail");
    out << QStringLiteral("PREFIX=%1").arg(shellQuote(plan.prefix));
    out << QStringLiteral("CACHE=%1")
               .arg(shellQuote(plan.cache.isEmpty() ? PrefixLayout(plan.prefix).defaultCache() : plan.cache));
    out << QStringLiteral("MIRROR_DIR=%1")
               .arg(plan.mirrorDir.isEmpty() ? QStringLiteral("''") : shellQuote(plan.mirrorDir));
    out << QStringLiteral("STATE=\"%1\"").arg(PrefixLayout(QStringLiteral("$PREFIX")).bashStateDir());
    out << QStringLiteral("CFG_STAGE=\"${CFG_STAGE:-all}\"");
    out << QStringLiteral("CFG_SKIP=\"${CFG_SKIP:-}\"");
    out << proxyLines(plan); // before the plan's env, which may still set the variables itself
    SecretWords secret;
    for (auto it = plan.env.cbegin(); it != plan.env.cend(); ++it) {
        const QString value = secret.word(it.value());
        out << secret.notes;
        secret.notes.clear();
        out << QStringLiteral("export %1=%2").arg(it.key(), value);
    }
    out << QStringLiteral("mkdir -p \"$CACHE\" \"$STATE\"");
    out << QString::fromLatin1(kHelpers);
    for (const Stage &stage : plan.stages) {
        const QString fn = bashFunctionName(stage.id);
        out << QStringLiteral("%1() { # %2").arg(fn, QString(stage.title).replace(u'\n', u' '));
        out << QStringLiteral("    echo %1 >&2")
                   .arg(shellQuote(QStringLiteral("== stage %1: %2").arg(stage.id, stage.title)));
        for (const Step &step : stage.steps) {
            const QStringList lines = stepLines(plan, step, secret);
            for (const QString &line : secret.notes + lines)
                out << QStringLiteral("    ") + line;
            secret.notes.clear();
        }
        out << QStringLiteral("}");
        out << QString();
        const QStringList undo = undoLines(plan, stage);
        const QString script =
            QStringLiteral("#!/usr/bin/env bash\n# Undoes stage %1 of the dlstack plan.\nset -u\n").arg(stage.id) +
            QStringLiteral("PREFIX=%1\nCACHE=%2\n")
                .arg(shellQuote(plan.prefix),
                     QStringLiteral("\"%1\"").arg(PrefixLayout(QStringLiteral("$PREFIX")).defaultCache())) +
            undo.join(u'\n') + u'\n';
        out << QStringLiteral("%1_uninstall() {").arg(fn);
        out << QStringLiteral("    printf '%s' %1 > \"$STATE/uninstall-%2.sh\"").arg(shellQuote(script), stage.id);
        out << QStringLiteral("    chmod 0755 \"$STATE/uninstall-%1.sh\"").arg(stage.id);
        out << QStringLiteral("}");
        out << QString();
    }
    out << QStringLiteral("for requested in ${CFG_STAGE//,/ } ${CFG_SKIP//,/ }; do");
    out << QStringLiteral("    case \"$requested\" in");
    out << QStringLiteral("        %1) ;;").arg((QStringList{QStringLiteral("all")} + ids).join(u'|'));
    out << QStringLiteral("        *) echo \"unknown stage: $requested (known: %1)\" >&2; exit 2 ;;")
               .arg(ids.join(u' '));
    out << QStringLiteral("    esac");
    out << QStringLiteral("done");
    for (const Stage &stage : plan.stages) {
        const QString fn = bashFunctionName(stage.id);
        out << QStringLiteral("if want_stage %1; then %2; %2_uninstall; fi").arg(stage.id, fn);
    }
    return (out.join(u'\n') + u'\n').toUtf8();
}

} // namespace dlstack::plan
