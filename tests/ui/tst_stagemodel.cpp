// SPDX-License-Identifier: GPL-3.0-or-later
// StageModel: the Install page's rows; a state change says which row changed, shows the
// state with its detail (also as tooltip) and the state's colour, and out-of-range rows are
// harmless.
#include "ui/wizard/stagemodel.h"

#include <QColor>
#include <QSignalSpy>
#include <QTest>

using dlstack::ui::StageModel;

class TstStageModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndStates()
    {
        StageModel model;
        model.setStages({QStringLiteral("Conda environment"), QStringLiteral("PyTorch from source")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Stage"));
        QCOMPARE(model.state(1), StageModel::State::Waiting);
        QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("waiting"));

        QSignalSpy changed(&model, &StageModel::dataChanged);
        model.setState(1, StageModel::State::Failed, QStringLiteral("ninja failed"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.state(1), StageModel::State::Failed);
        QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("failed"));
        QCOMPARE(model.data(model.index(1, 1), Qt::ToolTipRole).toString(), QStringLiteral("failed: ninja failed"));
        const QColor failed = model.data(model.index(1, 0), Qt::DecorationRole).value<QColor>();
        const QColor waiting = model.data(model.index(0, 0), Qt::DecorationRole).value<QColor>();
        QVERIFY(failed.isValid() && waiting.isValid() && failed != waiting);
        QCOMPARE(model.title(0), QStringLiteral("Conda environment"));

        // A user's cancel is no failure: its own word, not the failure's red.
        model.setState(0, StageModel::State::Cancelled);
        QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("cancelled"));
        QVERIFY(model.data(model.index(0, 0), Qt::DecorationRole).value<QColor>() != failed);

        model.setState(7, StageModel::State::Done); // nothing to change
        QCOMPARE(changed.size(), 2);                // the two rows set above
        QCOMPARE(model.state(7), StageModel::State::Waiting);
        model.setStages({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TstStageModel)
#include "tst_stagemodel.moc"
