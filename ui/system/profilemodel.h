// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileModel: the fact sheet of a SystemProfile (matrix::factSheet, the rows
// `dlstack detect` prints) as a two-level tree: section -> fact, with the value, the reason
// for the fact's state and its source in columns, and the state (matrix::FactState) as a
// coloured dot and in StateRole; an unusable fact's row (a Python no release supports) is
// disabled, so the view greys it. Read-only; setProfile() replaces everything. GUI thread.
#pragma once

#include "core/matrix/factsheet.h"
#include "core/probe/systemprofile.h"

#include <QStandardItemModel>

namespace dlstack::ui {

class ProfileModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Fact,
        Value,
        Why,
        Source,
        ColumnCount
    };
    static constexpr int StateRole = Qt::UserRole + 1; // int(matrix::FactState) on the Fact column

    explicit ProfileModel(QObject *parent = nullptr);
    void setProfile(const probe::SystemProfile &profile);
    void setSheet(const QList<matrix::FactSection> &sheet);
};

} // namespace dlstack::ui
