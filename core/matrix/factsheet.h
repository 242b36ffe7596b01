// SPDX-License-Identifier: GPL-3.0-or-later
// FactSheet: a SystemProfile as the rows a person reads, the same on the wizard's System
// page and in `dlstack detect` / `dlstack import`: sections (Host, GPUs, CUDA and ROCm,
// Compilers and tools, Python, Problems while detecting) of rows, each with the fact, its
// value, a state (ok / warn / bad / info), the reason for that state in words, and where the
// fact came from. States are judged against the matrix where it knows better than a rule
// of thumb: a Python that no PyTorch release supports (2.7, 3.6, one newer than all) is
// unusable, shown greyed with the reason. Pure; the interpreters are listed newest first
// by version (3.10 before 3.9).
#pragma once

#include "core/matrix/matrix.h"
#include "core/probe/systemprofile.h"

#include <QList>
#include <QString>

namespace dlstack::matrix {

enum class FactState
{
    Ok,
    Warn,
    Bad,
    Info,
    Unusable // there, but nothing dlstack offers can use it (a Python no release supports): greyed
};

QString factStateName(FactState state); // "ok" | "warn" | "bad" | "info" | "off"

struct FactRow
{
    QString fact;  // "Kernel", "Python 3.11.2", "0000:01:00.0"
    QString value; // "6.1.0-18-amd64", "/usr/bin/python3.11"
    FactState state = FactState::Info;
    QString reason; // why the state: "PyTorch 2.9.1 supports Python 3.11."
    QString source; // command or file the fact came from; may be empty
};

struct FactSection
{
    QString title;
    QList<FactRow> rows;
};

QList<FactSection> factSheet(const probe::SystemProfile &profile, const Matrix &matrix);

} // namespace dlstack::matrix
