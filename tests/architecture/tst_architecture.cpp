// SPDX-License-Identifier: GPL-3.0-or-later
// The dependency direction of DESIGN.md, checked on the sources: core never includes a
// widget header or anything of ui/ or app/, no core module includes a higher one, ui/
// never includes app/, and a wizard page includes neither the wizard nor another page.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

class TestArchitecture : public QObject
{
    Q_OBJECT
private slots:
    void coreIncludesOnlyLowerModules()
    {
        const QMap<QString, QStringList> allowed{
            {QStringLiteral("support"), {QStringLiteral("support")}},
            {QStringLiteral("probe"), {QStringLiteral("support"), QStringLiteral("probe")}},
            {QStringLiteral("matrix"), {QStringLiteral("support"), QStringLiteral("probe"), QStringLiteral("matrix")}},
            {QStringLiteral("log"), {QStringLiteral("support"), QStringLiteral("probe"), QStringLiteral("log")}},
            {QStringLiteral("net"), {QStringLiteral("support"), QStringLiteral("net"), QStringLiteral("secrets")}},
            {QStringLiteral("archive"), {QStringLiteral("support"), QStringLiteral("archive")}},
            {QStringLiteral("secrets"), {QStringLiteral("support"), QStringLiteral("secrets")}},
            {QStringLiteral("plan"),
             {QStringLiteral("support"), QStringLiteral("probe"), QStringLiteral("matrix"), QStringLiteral("plan")}},
            {QStringLiteral("engine"),
             {QStringLiteral("support"), QStringLiteral("probe"), QStringLiteral("matrix"), QStringLiteral("plan"),
              QStringLiteral("engine"), QStringLiteral("log"), QStringLiteral("net"), QStringLiteral("archive"),
              QStringLiteral("secrets")}},
        };
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                                QRegularExpression::MultilineOption);
        static const QRegularExpression widgets(QStringLiteral(
            R"(^(QtWidgets/|QtGui/|Q(Widget|MainWindow|Dialog|Label|PushButton|Wizard\w*|Painter|Pixmap|Application|AbstractScrollArea|TreeView|Icon)$))"));
        const QString root = QStringLiteral(DLSTACK_SOURCE_DIR) + QStringLiteral("/core");
        QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        QStringList violations;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString module = path.mid(root.size() + 1).section(u'/', 0, 0);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            ++files;
            auto matches = include.globalMatch(text);
            while (matches.hasNext()) {
                const QString header = matches.next().captured(1);
                if (widgets.match(header).hasMatch())
                    violations << path + QStringLiteral(": widget header ") + header;
                if (header.startsWith(QStringLiteral("ui/")) || header.startsWith(QStringLiteral("app/")))
                    violations << path + QStringLiteral(": includes ") + header;
                if (header.startsWith(QStringLiteral("core/"))) {
                    const QString target = header.section(u'/', 1, 1);
                    if (!allowed.value(module).contains(target))
                        violations << path + QStringLiteral(": module %1 may not include %2").arg(module, header);
                }
            }
        }
        QVERIFY(files > 20);
        if (!violations.isEmpty())
            QFAIL(qPrintable(violations.join(u'\n')));
    }

    // app/ holds the mains and the CLI verbs; the widgets below it never reach up into them.
    void uiNeverIncludesApp()
    {
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                                QRegularExpression::MultilineOption);
        const QString root = QStringLiteral(DLSTACK_SOURCE_DIR) + QStringLiteral("/ui");
        QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        QStringList violations;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            ++files;
            auto matches = include.globalMatch(text);
            while (matches.hasNext()) {
                const QString header = matches.next().captured(1);
                if (header.startsWith(QStringLiteral("app/")) || header.contains(QStringLiteral("../app/")))
                    violations << path + QStringLiteral(": includes ") + header;
            }
        }
        QVERIFY(files > 10);
        if (!violations.isEmpty())
            QFAIL(qPrintable(violations.join(u'\n')));
    }

    // A wizard page knows its WizardContext, never the wizard (installwizard.h) or another
    // page: pages read the state when shown and write it when left.
    void pagesIncludeNeitherWizardNorPages()
    {
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                                QRegularExpression::MultilineOption);
        const QString root = QStringLiteral(DLSTACK_SOURCE_DIR) + QStringLiteral("/ui/wizard/pages");
        QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files);
        int files = 0;
        QStringList violations;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString own = QFileInfo(path).completeBaseName() + QStringLiteral(".h");
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            ++files;
            auto matches = include.globalMatch(text);
            while (matches.hasNext()) {
                const QString header = matches.next().captured(1);
                const QString name = header.section(u'/', -1);
                if (name == u"installwizard.h")
                    violations << path + QStringLiteral(": includes the wizard ") + header;
                else if (name != own &&
                         (header.contains(QStringLiteral("wizard/pages/")) || name.endsWith(QStringLiteral("page.h"))))
                    violations << path + QStringLiteral(": includes another page ") + header;
            }
        }
        QVERIFY(files >= 14); // seven pages, header and source each
        if (!violations.isEmpty())
            QFAIL(qPrintable(violations.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
