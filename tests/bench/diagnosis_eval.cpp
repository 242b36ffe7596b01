// SPDX-License-Identifier: GPL-3.0-or-later
// diagnosis_eval: scores the built-in diagnosis rules on the real-log corpus
// (tests/fixtures/diagnosis/SOURCES.tsv). For the chosen split ("test" by default: the part
// the rules were never written or tuned against) it prints top-1 accuracy over the failure
// logs, precision and recall per cause, and the false-positive rate over the logs of runs
// that succeeded (any cause named; "unrecognised" pointing at an error line counted apart).
// Usage: diagnosis_eval [test|dev|all] [--only FILE] [--list]   (--list prints every miss; --only
// scores only the logs FILE lists, one path per line: a fresh batch on its own)
#include "core/log/diagnoser.h"
#include "tests/bench/evalfilter.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace dlstack;

namespace {

struct Row
{
    QString path;
    QString expect;
    QString split;
};

QList<Row> readIndex(const QString &path)
{
    QList<Row> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> cells = line.split('\t');
        if (cells.size() >= 4)
            rows.append(Row{QString::fromUtf8(cells[0]), QString::fromUtf8(cells[2]), QString::fromUtf8(cells[3])});
    }
    return rows;
}

QString topOf(const QByteArray &bytes, const log::RuleSet &rules)
{
    log::Diagnoser diagnoser(rules);
    diagnoser.addText(bytes);
    diagnoser.finish();
    const QList<log::Diagnosis> found = diagnoser.results();
    return found.isEmpty() ? QStringLiteral("none") : found.first().id;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString split = args.isEmpty() || args.first().startsWith(u'-') ? QStringLiteral("test") : args.first();
    const bool list = args.contains(QStringLiteral("--list"));
    QTextStream out(stdout);
    const dlstack::bench::OnlyListed only = dlstack::bench::onlyListed(args);
    if (!only.error.isEmpty()) {
        out << only.error << '\n';
        return 1;
    }
    const std::optional<QSet<QString>> &onlyListed = only.paths;
    const auto &rules = log::RuleSet::builtin();
    if (!rules.ok()) {
        out << rules.error().toText() << '\n';
        return 1;
    }
    const QString root = QStringLiteral(DLSTACK_FIXTURES "/diagnosis/");
    const QList<Row> rows = readIndex(root + QStringLiteral("SOURCES.tsv"));
    int failures = 0, right = 0, succeeded = 0, falseCause = 0, falseUnrecognised = 0;
    QMap<QString, int> truePos, predicted, actual;
    QStringList misses;
    for (const Row &row : rows) {
        if ((split != u"all" && row.split != split) || (onlyListed && !onlyListed->contains(row.path)))
            continue;
        QFile file(root + row.path);
        if (!file.open(QIODevice::ReadOnly)) {
            out << "missing fixture: " << row.path << '\n';
            return 1;
        }
        const QString got = topOf(file.readAll(), rules.value());
        if (row.expect == u"none") {
            ++succeeded;
            if (got == u"unrecognised")
                ++falseUnrecognised;
            else if (got != u"none")
                ++falseCause;
            if (got != u"none")
                misses.append(QStringLiteral("FP   %1 -> %2").arg(row.path, got));
            continue;
        }
        ++failures;
        ++actual[row.expect];
        ++predicted[got];
        if (got == row.expect) {
            ++right;
            ++truePos[row.expect];
        } else {
            misses.append(QStringLiteral("MISS %1 -> %2").arg(row.path, got));
        }
    }
    const auto pct = [](int a, int b) {
        return b == 0 ? QStringLiteral("-") : QString::number(100.0 * a / b, 'f', 1) + u'%';
    };
    out << "split: " << split << ", rules: " << rules.value().rules().size() << '\n';
    out << "top-1 accuracy: " << right << "/" << failures << " = " << pct(right, failures) << '\n';
    out << "false positives on successful runs: a cause " << falseCause << "/" << succeeded << " = "
        << pct(falseCause, succeeded) << ", 'unrecognised' " << falseUnrecognised << "/" << succeeded << " = "
        << pct(falseUnrecognised, succeeded) << '\n';
    out << "cause\tlogs\tprecision\trecall\n";
    for (auto it = actual.constBegin(); it != actual.constEnd(); ++it)
        out << it.key() << '\t' << it.value() << '\t' << pct(truePos.value(it.key()), predicted.value(it.key())) << '\t'
            << pct(truePos.value(it.key()), it.value()) << '\n';
    if (list)
        for (const QString &m : misses)
            out << m << '\n';
    return 0;
}
