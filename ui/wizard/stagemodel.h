// SPDX-License-Identifier: GPL-3.0-or-later
// StageModel: the Install page's stage rows (title, state, a detail such as the failure's
// reason) as a table model with two columns, Stage and State; the page shows it in a view.
// GUI thread only.
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace dlstack::ui {

class StageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class State
    {
        Waiting,
        Running,
        Done,
        Failed,
        RolledBack,
        Cancelled // stopped by the user: neutral, not a failure; Resume goes on from there
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setStages(const QStringList &titles); // every row waiting
    void setState(int row, State state, const QString &detail = QString());
    State state(int row) const; // Waiting when out of range
    QString title(int row) const;
    // Every state's word in the language shown ("waiting", "läuft…"), for sizing the State column.
    static QStringList stateNames();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString title;
        State state = State::Waiting;
        QString detail;
    };
    QString stateText(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace dlstack::ui
