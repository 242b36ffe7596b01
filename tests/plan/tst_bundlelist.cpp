// SPDX-License-Identifier: GPL-3.0-or-later
// bundleList(): a plan's downloads and pip installs are bundled (with the step's index
// options), git checkouts and conda installs are named as not bundled, other steps are
// not listed; credentials in URLs never reach the list's words.
#include "core/plan/bundlelist.h"

#include <QTest>

using namespace dlstack;

class TestBundleList : public QObject
{
    Q_OBJECT
private slots:
    void itemsOfAPlan()
    {
        plan::Plan p;
        p.prefix = QStringLiteral("/opt/dl");
        plan::Stage stage;
        stage.id = QStringLiteral("s");
        plan::Step download;
        download.kind = plan::Step::Kind::Download;
        download.url = QStringLiteral("https://example.org/files/cudnn.tar.xz");
        plan::Step pip;
        pip.argv = {QStringLiteral("/opt/dl/venv/bin/python"),
                    QStringLiteral("-m"),
                    QStringLiteral("pip"),
                    QStringLiteral("install"),
                    QStringLiteral("torch==2.5.1"),
                    QStringLiteral("--index-url"),
                    QStringLiteral("https://download.pytorch.org/whl/cu124"),
                    QStringLiteral("-c"),
                    QStringLiteral("/opt/dl/constraints.txt")};
        plan::Step venv;
        venv.argv = {QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("venv"),
                     QStringLiteral("/opt/dl/venv")};
        plan::Step git;
        git.kind = plan::Step::Kind::Git;
        git.url = QStringLiteral("https://user:secret@github.com/pytorch/pytorch");
        plan::Step conda;
        conda.argv = {QStringLiteral("/opt/mf/bin/mamba"), QStringLiteral("install"), QStringLiteral("-y"),
                      QStringLiteral("cuda-toolkit=12.4")};
        stage.steps << download << pip << venv << git << conda;
        p.stages << stage;

        const QList<plan::BundleItem> items = plan::bundleList(p);
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(0).kind, plan::BundleItem::Kind::Download);
        QCOMPARE(items.at(0).step.url, download.url);
        QCOMPARE(items.at(1).kind, plan::BundleItem::Kind::PipPackages);
        QCOMPARE(items.at(1).specs, (QStringList{QStringLiteral("torch==2.5.1"), QStringLiteral("-c"),
                                                 QStringLiteral("/opt/dl/constraints.txt")}));
        QCOMPARE(items.at(1).sourceOptions, (QStringList{QStringLiteral("--index-url"),
                                                         QStringLiteral("https://download.pytorch.org/whl/cu124")}));
        QCOMPARE(items.at(2).kind, plan::BundleItem::Kind::GitCheckout);
        QVERIFY2(!items.at(2).what.contains(QStringLiteral("secret")), qPrintable(items.at(2).what));
        QVERIFY(!items.at(2).bundled());
        QCOMPARE(items.at(3).kind, plan::BundleItem::Kind::CondaPackages);
        QVERIFY(items.at(3).what.contains(QStringLiteral("cuda-toolkit=12.4")));
    }
};

QTEST_GUILESS_MAIN(TestBundleList)
#include "tst_bundlelist.moc"
