// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileModel: a SystemProfile as a two-level tree (section -> fact) with a state per
// fact (ok / warning / problem), its value and its source. Read-only; setProfile()
// replaces everything. Lives on the GUI thread.
#pragma once

#include "core/probe/systemprofile.h"

#include <QStandardItemModel>

namespace dlstack::ui {

class ProfileModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { Fact, Value, Source, ColumnCount };
    enum class State { Ok, Warning, Problem, Info };
    static constexpr int StateRole = Qt::UserRole + 1;

    explicit ProfileModel(QObject *parent = nullptr);
    void setProfile(const probe::SystemProfile &profile);

private:
    QStandardItem *section(const QString &title);
    void add(QStandardItem *section, const QString &fact, const QString &value, const QString &source, State state);
};

} // namespace dlstack::ui
