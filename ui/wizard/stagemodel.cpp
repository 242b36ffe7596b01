// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/stagemodel.h"

#include "core/plan/stagetitle.h"

#include <QColor>
#include <QCoreApplication>

namespace dlstack::ui {

namespace {

// The words of the Install page, where these texts are translated.
constexpr const char *kStateNames[] = {
    QT_TRANSLATE_NOOP("InstallPage", "waiting"),     QT_TRANSLATE_NOOP("InstallPage", "running…"),
    QT_TRANSLATE_NOOP("InstallPage", "done"),        QT_TRANSLATE_NOOP("InstallPage", "failed"),
    QT_TRANSLATE_NOOP("InstallPage", "rolled back"), QT_TRANSLATE_NOOP("InstallPage", "cancelled")};

QColor colour(StageModel::State state)
{
    switch (state) {
    case StageModel::State::Waiting:
        return QColor(0x6b, 0x7b, 0x8c);
    case StageModel::State::Running:
        return QColor(0x15, 0x65, 0xc0);
    case StageModel::State::Done:
        return QColor(0x2e, 0x9d, 0x4a);
    case StageModel::State::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case StageModel::State::RolledBack:
        return QColor(0x8e, 0x6a, 0x00);
    case StageModel::State::Cancelled:
        return QColor(0x6b, 0x7b, 0x8c); // grey as waiting: nothing went wrong
    }
    return {};
}

} // namespace

void StageModel::setStages(const QStringList &titles)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &title : titles)
        m_rows.append(Row{plan::localizedStageTitle(title), State::Waiting, QString()});
    endResetModel();
}

void StageModel::setState(int row, State state, const QString &detail)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].state = state;
    m_rows[row].detail = detail;
    emit dataChanged(index(row, 0), index(row, 1));
}

StageModel::State StageModel::state(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : State::Waiting;
}

QString StageModel::title(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).title : QString();
}

QStringList StageModel::stateNames()
{
    QStringList names;
    for (const char *name : kStateNames)
        names << QCoreApplication::translate("InstallPage", name);
    return names;
}

int StageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QString StageModel::stateText(const Row &row) const
{
    const QString name = QCoreApplication::translate("InstallPage", kStateNames[static_cast<int>(row.state)]);
    return row.detail.isEmpty() ? name : name + QStringLiteral(": ") + row.detail;
}

QVariant StageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    // The column shows the state's word; why (an exit code, a path) is in the tool tip and the
    // log, so a failed stage's row stays one or two lines high on a small screen.
    if (role == Qt::DisplayRole)
        return index.column() == 0
                   ? row.title
                   : QCoreApplication::translate("InstallPage", kStateNames[static_cast<int>(row.state)]);
    if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
        return stateText(row);
    if (role == Qt::DecorationRole && index.column() == 0)
        return colour(row.state);
    return {};
}

QVariant StageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? QCoreApplication::translate("InstallPage", "Stage")
                        : QCoreApplication::translate("InstallPage", "State");
}

} // namespace dlstack::ui
