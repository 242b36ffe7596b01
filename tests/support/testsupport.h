// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the test suites: fixture paths and reading, fake filesystem trees.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dlstack::test {

QString fixturePath(const QString &relative); // below tests/fixtures
QByteArray readFixture(const QString &relative);
// Fixture files of one kind directory, e.g. "probe/nvidia-smi" -> ["probe/nvidia-smi/a.txt", ...]
QStringList fixtureFiles(const QString &dir, const QString &suffix = QStringLiteral(".txt"));

// Creates files below root: {"etc/os-release": "ID=ubuntu\n", "usr/bin/gcc": "#!..."}; paths ending in '/' are dirs.
void writeTree(const QString &root, const QList<QPair<QString, QByteArray>> &files);
void makeExecutable(const QString &path);

// A program run to the end as a user would: exit code (-1 when it crashed), stdout, stderr.
// Fails the whole test run when it does not finish within timeoutMs.
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs program to its end (a hang is fatal) with input on stdin and env added to this
// process's environment.
ProgramRun runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
                      int timeoutMs = 120000, const QMap<QString, QString> &env = {});

} // namespace dlstack::test
