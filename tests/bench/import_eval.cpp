// SPDX-License-Identifier: GPL-3.0-or-later
// import_eval: scores `dlstack import` on the captured-output corpus (tests/fixtures/probe:
// SOURCES.tsv names each fixture, its origin and its split; EXPECTED.tsv the facts a person
// reads from each text). For the chosen split ("test" by default: sources no parser was
// written or tuned against) it prints the share of expected facts the importer got right,
// per tool kind and per fact, and how many facts it stated wrongly (a value, but not the
// expected one) as opposed to leaving them out.
// Usage: import_eval [test|dev|all] [--new] [--only FILE] [--list]
//   --new   only the fixtures under corpus/ (collected from other projects' test suites and
//           2024-2026 issues), not the ones the parsers were first written with
//   --only  only the fixtures FILE lists, one path per line (a fresh batch, scored on its own)
//   --list  prints every fact that was not right
#include "tests/bench/evalfilter.h"
#include "tests/probe/importcorpus.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <optional>

using namespace dlstack::probe;

namespace {

using namespace dlstack::test::importcorpus;

QString factGroup(const QString &key)
{
    return key.startsWith(u"gpu.") ? QStringLiteral("gpu.") + key.section(u'.', 2) : key;
}

struct Score
{
    int right = 0, wrong = 0, missing = 0;
    int total() const { return right + wrong + missing; }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString split = args.isEmpty() || args.first().startsWith(u'-') ? QStringLiteral("test") : args.first();
    const bool list = args.contains(QStringLiteral("--list"));
    const bool onlyNew = args.contains(QStringLiteral("--new"));
    QTextStream out(stdout);
    const dlstack::bench::OnlyListed only = dlstack::bench::onlyListed(args);
    if (!only.error.isEmpty()) {
        out << only.error << '\n';
        return 1;
    }
    const std::optional<QSet<QString>> &onlyListed = only.paths;
    const QString root = QStringLiteral(DLSTACK_FIXTURES "/probe/");

    QString error;
    const QMap<QString, Fixture> fixtures = readCorpus(root, &error);
    if (fixtures.isEmpty()) {
        out << (error.isEmpty() ? QStringLiteral("no fixtures under ") + root : error) << '\n';
        return 1;
    }

    const Importer importer;
    Score all;
    QMap<QString, Score> byKind, byFact;
    QStringList misses;
    int files = 0;
    for (const Fixture &f : std::as_const(fixtures)) {
        if ((split != u"all" && f.split != split) || (onlyNew && !f.path.startsWith(u"corpus/")) ||
            (onlyListed && !onlyListed->contains(f.path)))
            continue;
        if (!QFile::exists(root + f.path)) {
            out << "missing fixture: " << f.path << '\n';
            return 1;
        }
        ++files;
        const auto [outcome, profile] = importFile(importer, root, f.path);
        const QString kind = f.path.startsWith(u"corpus/") ? f.path.section(u'/', 1, 1) : f.path.section(u'/', 0, 0);
        for (const auto &[key, want] : f.facts) {
            const std::optional<QString> got = actual(outcome, profile, key);
            if (!got) {
                out << "unknown fact key " << key << " in " << f.path << '\n';
                return 1;
            }
            Score &k = byKind[kind];
            Score &g = byFact[factGroup(key)];
            if (same(key, want, *got)) {
                ++all.right, ++k.right, ++g.right;
                continue;
            }
            const bool missing = got->isEmpty() || (key == u"kind" && got->isEmpty());
            if (missing)
                ++all.missing, ++k.missing, ++g.missing;
            else
                ++all.wrong, ++k.wrong, ++g.wrong;
            misses.append(
                QStringLiteral("%1 %2 %3: want '%4' got '%5'")
                    .arg(missing ? QStringLiteral("MISS ") : QStringLiteral("WRONG"), f.path, key, want, *got));
        }
    }
    const auto pct = [](int a, int b) {
        return b == 0 ? QStringLiteral("-") : QString::number(100.0 * a / b, 'f', 1) + u'%';
    };
    out << "split: " << split << (onlyNew ? " (corpus/ only)" : "") << ", fixtures: " << files << '\n';
    out << "facts right: " << all.right << "/" << all.total() << " = " << pct(all.right, all.total())
        << "; stated wrongly: " << all.wrong << " = " << pct(all.wrong, all.total()) << "; left out: " << all.missing
        << '\n';
    out << "kind\tfacts\tright\twrong\n";
    for (auto it = byKind.constBegin(); it != byKind.constEnd(); ++it)
        out << it.key() << '\t' << it->total() << '\t' << pct(it->right, it->total()) << '\t'
            << pct(it->wrong, it->total()) << '\n';
    out << "fact\tfacts\tright\twrong\n";
    for (auto it = byFact.constBegin(); it != byFact.constEnd(); ++it)
        out << it.key() << '\t' << it->total() << '\t' << pct(it->right, it->total()) << '\t'
            << pct(it->wrong, it->total()) << '\n';
    if (list) {
        for (const QString &m : std::as_const(misses))
            out << m << '\n';
    }
    return 0;
}
