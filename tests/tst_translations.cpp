// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "inbox/inboxpage.h"
#include "l10n/translations.h"
#include "mainwindow.h"
#include "proposals/triage.h"
#include "storage/storage.h"

#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// `--language de` gives a German interface: the translations are built in, found at run
// time under the contexts the code asks for, and the locale follows the language.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void languagesAreBuiltIn() { QCOMPARE(Translations::available(), (QStringList{QStringLiteral("de"), QStringLiteral("fr")})); }

    void germanInterface()
    {
        const QString path = m_dir.filePath(QStringLiteral("de.sqlite"));
        {
            auto storage = Storage::open(path);
            QVERIFY(storage);
            QVERIFY(SampleSeries::load(*storage.value()));
        }
        QCOMPARE(Translations::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        MainWindow window(path);
        window.show();
        QStringList menus;
        const QList<QAction *> top = window.menuBar()->actions();
        for (QAction *action : top) {
            menus << action->text();
        }
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("&Datei"),
                              QStringLiteral("&Bearbeiten"),
                              QStringLiteral("&Ansicht"),
                              QStringLiteral("&Vorschlag"),
                              QStringLiteral("&Gehe zu"),
                              QStringLiteral("&Einstellungen"),
                              QStringLiteral("&Hilfe")}));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Terminplan"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Posteingang"));
        // Messages of helper functions (lupdate files them under "Lectern::…") are found too.
        window.showPage(MainWindow::Page::Inbox);
        InboxPage *inbox = window.inboxPage();
        QVERIFY(inbox);
        auto *tabs = inbox->findChild<QTabBar *>(QStringLiteral("inboxTabs"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Neu (12)"));
        QCOMPARE(displayName(ProposalStatus::OnHold), QStringLiteral("Zurückgestellt"));
        auto refused = Triage::decide(*window.storage(), {1}, ProposalStatus::OnHold);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, QStringLiteral("reason: Das Zurückstellen eines Vorschlags braucht einen Grund (worauf er wartet)."));
    }

    // The command line speaks the user's language too.
    void frenchCommandLine()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(LECTERN_CLI),
                  {QStringLiteral("--database"), m_dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("talks"), QStringLiteral("list")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 4);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("La base de données")), qPrintable(err));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
