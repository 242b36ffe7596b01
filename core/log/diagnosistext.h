// SPDX-License-Identifier: GPL-3.0-or-later
// DiagnosisText: what a Diagnosis says (title, explanation, remedy) in the user's language, for
// the wizard, the log inspector and the CLI. A Diagnosis keeps the rule's English texts (stable
// for --json, event logs and bug reports); at display time the built-in rule's texts are looked
// up by id, translated through the installed QTranslator (context "DiagnosisRule", entries in
// core/log/diagnosiscatalogue.cpp) and filled with the Diagnosis's values, so {placeholders}
// keep the facts the diagnosis found. Texts that are not the built-in rule's (a user rule from
// $XDG_CONFIG_HOME/dlstack/diagnosis, or a rule changed since the log was diagnosed) are shown as
// written. Pure; thread-safe once the translators are installed.
#pragma once

#include "core/log/diagnoser.h"

namespace dlstack::log {

struct DiagnosisText
{
    QString title;
    QString explanation;
    QString remedy;

    // `rules` holds the built-in texts to translate (RuleSet::builtin() in the front ends).
    static DiagnosisText of(const Diagnosis &diagnosis, const RuleSet &rules);
    static DiagnosisText of(const Diagnosis &diagnosis); // with the built-in rules
    // One rule text in the user's language (an unknown text comes back as it is).
    static QString translated(const QString &ruleText);
    // Replaces the {name} placeholders that `values` holds.
    static QString filled(const QString &text, const QMap<QString, QString> &values);
};

} // namespace dlstack::log
