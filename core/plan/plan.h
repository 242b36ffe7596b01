// SPDX-License-Identifier: GPL-3.0-or-later
// Plan: the value the engine runs: ordered stages, each a separately roll-back-able list
// of steps. Paths in a loaded Plan are absolute and already checked to lie inside the
// prefix or the download cache (see planloader.h); docs/plan-format.md is the format.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dlstack::plan {

// A download's other source; its credential (a secret's name) goes to its own origin only.
struct Mirror
{
    QString url;
    QString credential;
    bool operator==(const Mirror &) const = default;
};

struct Step
{
    enum class Kind
    {
        Download,
        Extract,
        Git,
        Run,
        WriteFile
    };
    Kind kind = Kind::Run;

    // download
    QString url;
    QList<Mirror> mirrors;
    QString sha256; // lower-case hex; empty only when insecure
    bool insecure = false;
    QString credential; // name of a secret in the SecretStore, never the secret itself; for url's origin only
    bool allowInsecureAuth = false; // a credential may go over plain http:// (the CLI asks for confirmation too)
    // download / extract / git
    QString to;
    // extract
    QString archive;
    int strip = 0;
    // Archive bomb caps ("max_entries", "max_bytes", "max_ratio"); 0: the extractor's
    // default (archive::SafeExtractor::Limits).
    qint64 maxEntries = 0;
    qint64 maxBytes = 0;
    double maxRatio = 0;
    // git
    QString ref;
    bool submodules = false;
    // run
    QStringList argv;
    QString cwd;
    QMap<QString, QString> env;
    QString progress; // parser name: ninja, make, cmake, pip, git, conda; empty: activity only
    QStringList creates;
    QStringList undo;
    // write_file
    QString path;
    QByteArray content;
    int mode = 0644;

    static QString kindName(Kind kind);
    // The name a download's file has in a mirror directory or bundle: the URL's file name
    // (empty for other steps).
    QString mirrorFileName() const;
    QString describe() const; // one line for logs and --dry-run; URLs redacted (support::redactedUrl)
    QJsonObject toJson() const;
};

struct Stage
{
    QString id;
    QString title;
    QList<Step> steps;
};

struct Plan
{
    static constexpr int kSchema = 1;
    QString name;
    QString prefix;    // absolute, cleaned
    QString cache;     // absolute, cleaned; defaults to <prefix>/.dlstack/cache
    QString mirrorDir; // optional offline/mirror directory tried before any URL
    QString proxy;     // optional http://host:port (a user name may be in it, a password never)
    // The name of the secret that holds the proxy's password (the engine reads it from
    // DLSTACK_PROXY_PASSWORD or the keyring); empty: the proxy takes no password.
    QString proxyCredential;
    QMap<QString, QString> env;
    QList<Stage> stages;
    // The machine the plan was made for, as a SystemProfile's JSON (docs/profile-format.md);
    // empty when unknown. Diagnosis of a failed stage fills its remedies from it.
    QJsonObject machine;
    // Free space the prefix's file system needs (MiB), as estimated when the plan was made;
    // 0: not known. `dlstack install` and `preflight` check it before anything changes.
    qint64 neededMib = 0;

    int stageIndex(const QString &id) const; // -1 when absent
    QJsonObject toJson() const;
};

} // namespace dlstack::plan
