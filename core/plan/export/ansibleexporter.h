// SPDX-License-Identifier: GPL-3.0-or-later
// AnsibleExporter: a Plan as an Ansible playbook for many hosts (docs/admins.md). The
// export is a directory of files: site.yml (the playbook), inventory.ini (a template that
// lists no host), plan.json (the plan every host installs as it is) and, when a selection
// is given, selection.json: then each host plans for itself, from its own
// `dlstack detect --json` (arch list, MAX_JOBS and compilers differ between hosts) with
// `dlstack plan --profile --selection`. Each host runs `dlstack install PLAN --yes --json`;
// the task is "changed" only when the JSON says a stage ran, and a rerun resumes through the
// prefix's journal. Each host's plan, install result (failed stage, diagnosis), status and
// failed stage log come back to results/<host>/ on the controller; an unreachable or failed
// host does not stop the others, and the last play prints one line per host. No remote
// runner of our own: Ansible's copy, command and fetch only. exportAnsible() is pure;
// writeAnsibleExport() puts its files into a directory, for `dlstack plan --format ansible
// -o DIR` and the wizard's Review page alike.
#pragma once

#include "core/plan/plan.h"
#include "core/support/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace dlstack::plan {

struct AnsibleExport
{
    // The matrix::Selection the plan was made from (Selection::toJson()); with it every host
    // plans for itself by default (the inventory's dlstack_plan_per_host switches it).
    std::optional<QJsonObject> selection;
    QString program = QStringLiteral("dlstack"); // the dlstack on the hosts (dlstack_program overrides it)
};

// File name -> content, for the directory the export is written to.
support::Result<QMap<QString, QByteArray>> exportAnsible(const Plan &plan, const AnsibleExport &options);

// Makes dir when missing and writes each file into it atomically, replacing the files of an
// earlier export; other files in dir are left alone.
std::optional<support::Error> writeAnsibleExport(const QString &dir, const QMap<QString, QByteArray> &files);

} // namespace dlstack::plan
