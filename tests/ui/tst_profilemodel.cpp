// SPDX-License-Identifier: GPL-3.0-or-later
// The System page's model and `dlstack import` show the same fact sheet: for profiles
// imported from real collect_env outputs, every row of matrix::factSheet appears in the
// model with its value, reason and state, and in the CLI's text report with its state.
#include "core/matrix/factsheet.h"
#include "core/probe/detectiontables.h"
#include "core/probe/importer.h"
#include "tests/support/testsupport.h"
#include "ui/system/profilemodel.h"

#include <QTest>

using namespace dlstack;

class TestProfileModel : public QObject
{
    Q_OBJECT
private slots:
    void sameRowsAsTheCli_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("h100 torch 2.11") << QStringLiteral("probe/collect-env/device-torch-2.11-cu130-h100.txt");
        QTest::newRow("driver 410, CUDA unavailable")
            << QStringLiteral("probe/collect-env/torch-1.3.1-cuda-unavailable-driver-410.txt");
        QTest::newRow("ROCm 3.7") << QStringLiteral("probe/collect-env/torch-1.7-rocm-3.7.txt");
    }
    void sameRowsAsTheCli()
    {
        QFETCH(QString, fixture);
        const QByteArray text = test::readFixture(fixture);
        probe::SystemProfile profile = probe::Importer().import(text, fixture).profile;
        profile.finalize(dlstack::probe::DetectionTables::builtin());
        const auto sheet = matrix::factSheet(profile, matrix::Matrix::builtin().value());

        ui::ProfileModel model;
        model.setProfile(profile);
        QCOMPARE(model.rowCount(), int(sheet.size()));
        QCOMPARE(model.columnCount(), int(ui::ProfileModel::ColumnCount));

        const test::ProgramRun cli = test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
                                                      {QStringLiteral("import"), QStringLiteral("-")}, text);
        QCOMPARE(cli.exitCode, 0);
        const QStringList lines = QString::fromUtf8(cli.out).split(u'\n');

        int rows = 0;
        for (int s = 0; s < sheet.size(); ++s) {
            QStandardItem *section = model.item(s, ui::ProfileModel::Fact);
            QCOMPARE(section->text(), sheet.at(s).title);
            QVERIFY(lines.contains(sheet.at(s).title));
            QCOMPARE(section->rowCount(), int(sheet.at(s).rows.size()));
            for (int r = 0; r < section->rowCount(); ++r) {
                const matrix::FactRow &row = sheet.at(s).rows.at(r);
                QCOMPARE(section->child(r, ui::ProfileModel::Fact)->text(), row.fact);
                QCOMPARE(section->child(r, ui::ProfileModel::Value)->text(), row.value);
                QCOMPARE(section->child(r, ui::ProfileModel::Why)->text(), row.reason);
                QCOMPARE(section->child(r, ui::ProfileModel::Source)->text(), row.source);
                QCOMPARE(section->child(r, ui::ProfileModel::Fact)->data(ui::ProfileModel::StateRole).toInt(),
                         int(row.state));
                // The same row in the CLI: "  <state> <fact> <value>".
                const QString start = QStringLiteral("  ") + matrix::factStateName(row.state).leftJustified(4) + u' ' +
                                      row.fact.leftJustified(18) + u' ' + row.value;
                const bool printed =
                    std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(start); });
                QVERIFY2(printed, qPrintable(start));
                ++rows;
            }
        }
        QVERIFY(rows >= 5);
    }
};

QTEST_MAIN(TestProfileModel)
#include "tst_profilemodel.moc"
