// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "emptystate.h"
#include "mainwindow.h"
#include "storage/storage.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QListWidget>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// A smoke test of the window as a user meets it (offscreen).
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("lectern-tests"));
        QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void firstStartOffersTheSampleSeries()
    {
        const QString file = m_dir.filePath(QStringLiteral("first/start.sqlite"));
        MainWindow window(file);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *central = qobject_cast<QStackedWidget *>(window.centralWidget());
        QVERIFY(central);
        QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(!window.storage());
        QVERIFY(!QFile::exists(file)); // nothing is created before the user chooses

        auto *sample = window.findChild<QAbstractButton *>(QStringLiteral("sampleSeriesButton"));
        QVERIFY(sample);
        QTest::mouseClick(sample, Qt::LeftButton);
        QVERIFY(window.storage());
        QVERIFY(QFile::exists(file));
        QVERIFY(central->currentWidget()->objectName() != QStringLiteral("welcomePage"));

        auto *agenda = window.findChild<QTableView *>(QStringLiteral("agendaView"));
        QVERIFY(agenda);
        QCOMPARE(agenda->model()->rowCount(), 16);
        QVERIFY(agenda->isVisible());
        QCOMPARE(window.currentPage(), MainWindow::SchedulePage);
    }

    void emptySeriesShowsAnEmptyAgenda()
    {
        const QString file = m_dir.filePath(QStringLiteral("empty.sqlite"));
        MainWindow window(file);
        window.show();
        QTest::mouseClick(window.findChild<QAbstractButton *>(QStringLiteral("emptySeriesButton")), Qt::LeftButton);
        QVERIFY(window.storage());
        QCOMPARE(window.storage()->series().current().value().name, QStringLiteral("My talk series"));
        auto *agenda = window.findChild<QTableView *>(QStringLiteral("agendaView"));
        QCOMPARE(agenda->model()->rowCount(), 0);
        QVERIFY(!agenda->isVisible());

        // A talk added through the repository appears without reopening anything.
        Talk talk;
        talk.seriesId = window.storage()->series().current().value().meta.id;
        talk.title = QStringLiteral("First talk");
        talk.date = QDate(2027, 1, 27);
        QVERIFY(window.storage()->talks().add(talk));
        QCOMPARE(agenda->model()->rowCount(), 1);
        QVERIFY(agenda->isVisible());
    }

    void navigationReachesEveryPage()
    {
        const QString file = m_dir.filePath(QStringLiteral("nav.sqlite"));
        {
            auto storage = Storage::open(file);
            QVERIFY(storage);
            QVERIFY(SampleSeries::load(*storage.value()));
        }
        MainWindow window(file);
        window.show();
        QVERIFY(window.storage());
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), 4);
        const char *pages[] = {"schedulePage", "inboxPage", "speakersPage", "exportPage"};
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        for (int i = 0; i < 4; ++i) {
            navigation->setCurrentRow(i);
            QCOMPARE(stack->currentWidget()->objectName(), QString::fromLatin1(pages[i]));
        }
        // The empty states tell the truth about what the database holds.
        auto *inbox = window.findChild<EmptyState *>(QStringLiteral("inboxPage"));
        QVERIFY2(inbox->explanation().contains(QStringLiteral("13 proposal")), qPrintable(inbox->explanation()));
        auto *speakers = window.findChild<EmptyState *>(QStringLiteral("speakersPage"));
        QVERIFY2(speakers->explanation().contains(QStringLiteral("23 speaker")), qPrintable(speakers->explanation()));
    }

    void aBadFileIsRefusedAndKeptIntact()
    {
        const QString file = m_dir.filePath(QStringLiteral("notes.sqlite"));
        TestUtil::writeFile(file, QByteArrayLiteral("my notes"));
        const QByteArray before = TestUtil::fileHash(file);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not a SQLite database")));
        MainWindow window(file);
        QVERIFY(!window.storage());
        QCOMPARE(qobject_cast<QStackedWidget *>(window.centralWidget())->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QCOMPARE(TestUtil::fileHash(file), before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
