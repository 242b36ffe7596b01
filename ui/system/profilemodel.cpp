// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/system/profilemodel.h"

#include <QBrush>
#include <QColor>

namespace dlstack::ui {

namespace {

QColor stateColour(matrix::FactState state)
{
    switch (state) {
    case matrix::FactState::Ok:
        return QColor(0x2e, 0x9d, 0x4a);
    case matrix::FactState::Warn:
        return QColor(0xd9, 0x8c, 0x00);
    case matrix::FactState::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case matrix::FactState::Unusable:
    case matrix::FactState::Info:
        break;
    }
    return QColor(0x6b, 0x7b, 0x8c);
}

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    return item;
}

} // namespace

ProfileModel::ProfileModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Fact"), tr("Value"), tr("Why"), tr("Source")});
}

void ProfileModel::setProfile(const probe::SystemProfile &profile)
{
    const auto &loaded = matrix::loadEffective();
    static const matrix::Matrix none{}; // a broken built-in matrix only loses the Python verdicts
    setSheet(matrix::factSheet(profile, loaded ? loaded.value() : none));
}

void ProfileModel::setSheet(const QList<matrix::FactSection> &sheet)
{
    removeRows(0, rowCount());
    for (const matrix::FactSection &section : sheet) {
        auto *title = cell(section.title);
        title->setToolTip(QString());
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        appendRow({title, cell(QString()), cell(QString()), cell(QString())});
        for (const matrix::FactRow &row : section.rows) {
            auto *fact = cell(row.fact);
            fact->setData(stateColour(row.state), Qt::DecorationRole);
            fact->setData(static_cast<int>(row.state), StateRole);
            fact->setData(matrix::factStateName(row.state), Qt::AccessibleDescriptionRole);
            QList<QStandardItem *> cells{fact, cell(row.value), cell(row.reason), cell(row.source)};
            // Greyed (the palette's disabled text, which keeps AA contrast), the reason in its column.
            if (row.state == matrix::FactState::Unusable)
                for (QStandardItem *item : cells)
                    item->setEnabled(false);
            title->appendRow(cells);
        }
    }
}

} // namespace dlstack::ui
