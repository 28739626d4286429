// SPDX-License-Identifier: GPL-2.0-or-later
#include "caldav/calendaraccount.h"
#include "calendar/monthview.h"
#include "calendar/schedulepage.h"
#include "darkpalette.h"
#include "demo/sampleseries.h"
#include "emptystate.h"
#include "fakeconfirmation.h"
#include "help/aboutdialog.h"
#include "help/userguide.h"
#include "inbox/inboxpage.h"
#include "itemmodels/inboxmodel.h"
#include "itemmodels/monthmodel.h"
#include "mainwindow.h"
#include "schedule/talkscheduler.h"
#include "server/serverprompt.h"
#include "speakers/speakerspage.h"
#include "storage/storage.h"
#include "support/pgserver.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

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

        QVERIFY(window.schedulePage());
        QVERIFY(window.schedulePage()->monthView()->isVisible());
        QCOMPARE(window.schedulePage()->agendaView()->model()->rowCount(), 16);
        // Nothing is scheduled from today on, so the calendar opens on the latest talk.
        QCOMPARE(window.schedulePage()->monthView()->selectedDate(), QDate(2020, 6, 24));
        QCOMPARE(window.currentPage(), MainWindow::Page::Schedule);
    }

    void emptySeriesShowsAnEmptyAgenda()
    {
        const QString file = m_dir.filePath(QStringLiteral("empty.sqlite"));
        MainWindow window(file);
        window.show();
        QTest::mouseClick(window.findChild<QAbstractButton *>(QStringLiteral("emptySeriesButton")), Qt::LeftButton);
        QVERIFY(window.storage());
        QCOMPARE(window.storage()->series().current().value().name, QStringLiteral("My talk series"));
        QCOMPARE(window.schedulePage()->agendaView()->model()->rowCount(), 0);
        QCOMPARE(window.schedulePage()->monthView()->selectedDate(), QDate::currentDate());

        // A talk added through the repository appears without reopening anything.
        Talk talk;
        talk.seriesId = window.storage()->series().current().value().meta.id;
        talk.title = QStringLiteral("First talk");
        talk.date = QDate::currentDate();
        QVERIFY(window.storage()->talks().add(talk));
        QCOMPARE(window.schedulePage()->agendaView()->model()->rowCount(), 1);
        QCOMPARE(window.schedulePage()->monthModel()->talksOn(QDate::currentDate()).size(), 1);
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
        QCOMPARE(navigation->count(), 5);
        const char *pages[] = {"schedulePage", "inboxPage", "speakersPage", "exportPage", "outboxPage"};
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        for (int i = 0; i < 5; ++i) {
            navigation->setCurrentRow(i);
            QCOMPARE(stack->currentWidget()->objectName(), QString::fromLatin1(pages[i]));
        }
        // The sample's nominations are in the inbox.
        auto *inbox = window.findChild<InboxPage *>(QStringLiteral("inboxPage"));
        QVERIFY(inbox);
        inbox->setFilter(InboxPage::Filter::All);
        QCOMPARE(inbox->model()->rowCount(), 13);
        QCOMPARE(window.speakersPage()->view()->model()->rowCount(), 23);
    }

    void undoAndRedoFromTheEditMenu()
    {
        const QString file = m_dir.filePath(QStringLiteral("undo.sqlite"));
        {
            auto storage = Storage::open(file);
            QVERIFY(storage);
            QVERIFY(SampleSeries::load(*storage.value()));
        }
        MainWindow window(file);
        FakeConfirmation confirmation;
        confirmation.answer = true;
        window.setScheduleConfirmation(&confirmation);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        qint64 id = 0;
        for (const Talk &talk : window.storage()->talks().all().value()) {
            if (talk.title == QLatin1String("Modern Event Platform")) {
                id = talk.meta.id;
            }
        }
        QVERIFY(window.scheduler()->moveTalks({id}, QDate(2020, 6, 17)));
        QCOMPARE(confirmation.asked, 1); // June 2020 already has a talk
        QCOMPARE(window.storage()->talks().find(id).value().date, QDate(2020, 6, 17));

        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.storage()->talks().find(id).value().date, QDate(2020, 6, 24));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.storage()->talks().find(id).value().date, QDate(2020, 6, 17));
        QCOMPARE(window.undoStack()->count(), 1);
    }

    // A second running Lectern (another process) is told the file is in use, by whom, and
    // opens nothing; once the first one is gone, even without cleaning up, the file opens.
    void aSecondInstanceIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("instances.sqlite"));
        {
            auto storage = Storage::open(file);
            QVERIFY(storage);
            QVERIFY(SampleSeries::load(*storage.value()));
        }
        QProcess first;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("first-config")));
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(LECTERN_GUI), {QStringLiteral("--database"), file});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file + QStringLiteral(".lock")), 20000);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is already open in Lectern \\(process %1 ").arg(first.processId())));
        MainWindow second(file);
        QVERIFY(!second.storage());

        // Killed, it leaves its lock file behind (as a crash would); the lock names a process
        // that is gone, so the file opens again.
        first.kill();
        QVERIFY(first.waitForFinished(20000));
        QVERIFY(second.openDatabase(file));
        QCOMPARE(second.storage()->talks().all().value().size(), 16); // nothing was lost or half-written
    }

    void aDatabaseOpensInOneWindowOnly()
    {
        const QString file = m_dir.filePath(QStringLiteral("shared.sqlite"));
        MainWindow first(file);
        first.show();
        QTest::mouseClick(first.findChild<QAbstractButton *>(QStringLiteral("emptySeriesButton")), Qt::LeftButton);
        QVERIFY(first.storage());
        QVERIFY(QFile::exists(file + QStringLiteral(".lock")));

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("is already open in Lectern \\(process %1 ").arg(QCoreApplication::applicationPid())));
        MainWindow second(file);
        QVERIFY(!second.storage());
        QCOMPARE(qobject_cast<QStackedWidget *>(second.centralWidget())->currentWidget()->objectName(), QStringLiteral("welcomePage"));

        // Opening another database releases the lock on the first.
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(first.openDatabase(other, true));
        QVERIFY(!QFile::exists(file + QStringLiteral(".lock")));
        QVERIFY(second.openDatabase(file));
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

    // Without a mouse: Tab alone reaches every part of the Schedule and Inbox pages, and
    // Alt+number goes from page to page.
    void keyboardReachesEveryPart()
    {
        const QString file = m_dir.filePath(QStringLiteral("keyboard.sqlite"));
        {
            auto storage = Storage::open(file);
            QVERIFY(storage);
            QVERIFY(SampleSeries::load(*storage.value()));
        }
        MainWindow window(file);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto tabThrough = [&window](int presses) {
            QStringList reached;
            for (int i = 0; i < presses; ++i) {
                QWidget *focus = QApplication::focusWidget();
                if (!focus) {
                    break;
                }
                for (QWidget *w = focus; w; w = w->parentWidget()) {
                    if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_"))) {
                        reached << w->objectName();
                        break;
                    }
                }
                QTest::keyClick(focus, Qt::Key_Tab);
            }
            Q_UNUSED(window)
            return reached;
        };
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setFocus();
        const QStringList schedule = tabThrough(40);
        // The sample series has no undated talks: the side panel shows why, and its tabs are reached.
        for (const char *part : {"navigation", "todayButton", "jumpToMonth", "newTalkButton", "sidePanelButton", "monthView", "scheduleSidePanel"}) {
            QVERIFY2(schedule.contains(QLatin1String(part)),
                     qPrintable(QString::fromLatin1(part) + QStringLiteral(" not in ") + schedule.join(QLatin1Char(' '))));
        }
        QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Inbox);
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setFocus();
        const QStringList inbox = tabThrough(40);
        for (const char *part : {"inboxTabs", "inboxSearch", "inboxView", "proposalReader", "reviewScore", "reviewNote", "addReviewButton"}) {
            QVERIFY2(inbox.contains(QLatin1String(part)), qPrintable(QString::fromLatin1(part) + QStringLiteral(" not in ") + inbox.join(QLatin1Char(' '))));
        }
    }

    // Help: the handbook is built in with its screenshots; About names the version and the
    // libraries.
    void helpMenu()
    {
        QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        AboutDialog about;
        QVERIFY(about.text().contains(QStringLiteral("Lectern 9.8.7")));
        QVERIFY(about.text().contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
        QVERIFY(about.text().contains(QStringLiteral("SQLite 3.")));
        QVERIFY(about.text().contains(QStringLiteral("General Public License")));
        UserGuideWindow guide;
        QVERIFY(guide.browser()->toPlainText().contains(QStringLiteral("Lectern Handbook")));
        QVERIFY(guide.browser()->toPlainText().contains(QStringLiteral("The proposal inbox")));
        // Every screenshot the guide shows is in the program.
        const QTextDocument *document = guide.browser()->document();
        int images = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
                if (image.isValid()) {
                    ++images;
                    const QVariant loaded = const_cast<QTextDocument *>(document)->resource(QTextDocument::ImageResource, QUrl(image.name()));
                    QVERIFY2(loaded.isValid() && !loaded.value<QImage>().isNull(), qPrintable(image.name()));
                }
            }
        }
        QCOMPARE(images, 8);

        MainWindow window(m_dir.filePath(QStringLiteral("help.sqlite")));
        QStringList menus;
        const QList<QAction *> top = window.menuBar()->actions();
        for (QAction *action : top) {
            menus << action->text();
        }
        QCOMPARE(menus.constLast(), QStringLiteral("&Help"));
        const QList<QAction *> helpActions = top.constLast()->menu()->actions();
        QCOMPARE(helpActions.constFirst()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    }

    // The schedule at a laptop's and a desktop's size, in a light and a dark palette:
    // September 2019 (two talks), February 2020 (a long title, two speakers) and a month
    // with a Hebrew title show every talk whole, title and speakers, no "+N more"; the Next Up tab lists
    // what needs doing. With LECTERN_SHOT_DIR set, each screen is saved there to be looked at.
    void theScheduleAtTwoSizesAndInTwoPalettes()
    {
        const QString file = m_dir.filePath(QStringLiteral("shots/schedule.sqlite"));
        MainWindow window(file);
        QVERIFY(window.openDatabase(file, true, true));
        Storage &storage = *window.storage();
        Talk hebrew;
        hebrew.seriesId = storage.series().current().value().meta.id;
        hebrew.title = QStringLiteral("עיבוד שפה טבעית בעברית: ממילון לתחביר");
        hebrew.date = QDate(2020, 1, 22);
        hebrew.startUtc = QTime(17, 0);
        hebrew.status = TalkStatus::Held;
        hebrew.speakers.append({storage.speakers().findOrAdd(QStringLiteral("Amir Aharoni")).value(), QStringLiteral("Amir Aharoni"), SpeakerRole::Speaker});
        QVERIFY(storage.talks().add(hebrew));
        // One talk of the history moved two weeks ahead, still tentative: Next Up has gaps to name.
        for (const Talk &talk : storage.talks().all().value()) {
            if (talk.title == QLatin1String("Modern Event Platform")) {
                Talk moved = talk;
                moved.date = QDate::currentDate().addDays(14);
                moved.status = TalkStatus::Tentative;
                QVERIFY(storage.talks().update(moved));
            }
        }
        const QString shots = qEnvironmentVariable("LECTERN_SHOT_DIR");
        const QPalette light = QApplication::palette();
        const QPalette dark = TestUtil::darkPalette();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SchedulePage *page = window.schedulePage();
        for (const QSize &size : {QSize(1280, 800), QSize(1920, 1080)}) {
            window.resize(size);
            for (const bool isDark : {false, true}) {
                window.setPalette(isDark ? dark : light);
                for (const QDate &month : {QDate(2019, 9, 1), QDate(2020, 2, 1), QDate(2020, 1, 1)}) {
                    page->showMonth(month.year(), month.month());
                    QApplication::processEvents();
                    MonthView *view = page->monthView();
                    for (QDate day = month; day.month() == month.month(); day = day.addDays(1)) {
                        const QList<Talk> talks = page->monthModel()->talksOn(day);
                        if (!talks.isEmpty()) {
                            QList<ChipText> texts;
                            const ChipLayout layout = view->chipLayout(view->visualRect(page->monthModel()->indexOf(day)), talks, &texts);
                            QCOMPARE(layout.visible, int(talks.size()));
                            QCOMPARE(layout.hidden, 0);
                            for (int i = 0; i < texts.size(); ++i) { // the whole title and every speaker
                                QVERIFY2(layout.lines.at(i) == texts.at(i).wantedLines(),
                                         qPrintable(QStringLiteral("%1 at %2×%3: %4 of %5 lines")
                                                            .arg(talks.at(i).title,
                                                                 QString::number(size.width()),
                                                                 QString::number(size.height()),
                                                                 QString::number(layout.lines.at(i)),
                                                                 QString::number(texts.at(i).wantedLines()))));
                            }
                        }
                    }
                    if (!shots.isEmpty()) {
                        window.grab().save(QStringLiteral("%1/schedule-%2-%3x%4-%5.png")
                                                   .arg(shots,
                                                        month.toString(QStringLiteral("yyyy-MM")),
                                                        QString::number(size.width()),
                                                        QString::number(size.height()),
                                                        isDark ? QStringLiteral("dark") : QStringLiteral("light")));
                    }
                }
                auto *side = page->findChild<QTabWidget *>(QStringLiteral("scheduleSidePanel"));
                side->setCurrentIndex(SchedulePage::NextUpTab);
                QApplication::processEvents();
                QTRY_VERIFY(page->nextUpView()->topLevelItemCount() > 0); // not confirmed, no stream link, not announced
                if (!shots.isEmpty()) {
                    window.grab().save(QStringLiteral("%1/nextup-%2x%3-%4.png")
                                               .arg(shots,
                                                    QString::number(size.width()),
                                                    QString::number(size.height()),
                                                    isDark ? QStringLiteral("dark") : QStringLiteral("light")));
                }
                side->setCurrentIndex(SchedulePage::UnscheduledTab);
            }
        }
        window.setPalette(light);
    }

    // With a published calendar set up, every change of a talk — here or by another writer —
    // queues one publish in the outbox (not one per change).
    // A shared schedule whose server connection is lost: the status bar says "Offline", a
    // drop is refused with the reason and leaves no step on the history, and once the window
    // is connected again the same drop goes.
    void aSharedScheduleGoesOfflineAndComesBack()
    {
        Test::PgServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY(server.createDatabase(QStringLiteral("shared")));
        const QString uri = server.uri(QStringLiteral("shared"));
        {
            auto storage = Storage::open(uri);
            QVERIFY2(storage, qPrintable(storage ? QString() : storage.error().message));
            QVERIFY(SampleSeries::load(*storage.value()));
        }
        MainWindow window(uri);
        FakeConfirmation confirmation;
        confirmation.answer = true;
        window.setScheduleConfirmation(&confirmation);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.storage() && window.storage()->database().isServer());
        qint64 id = 0;
        for (const Talk &talk : window.storage()->talks().all().value()) {
            if (talk.title == QLatin1String("Modern Event Platform")) {
                id = talk.meta.id;
            }
        }
        QVERIFY(id > 0);
        QSignalSpy failed(window.scheduler(), &TalkScheduler::failed);

        QCOMPARE(server.psql(QStringLiteral("shared"),
                             QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name LIKE 'Lectern%'")),
                 QStringLiteral("1"));
        QLabel *state = nullptr;
        QTRY_VERIFY((state = window.findChild<QLabel *>(QStringLiteral("connectionState"))) && state->isVisible());
        QVERIFY2(state->text().contains(QStringLiteral("Offline")), qPrintable(state->text()));
        QVERIFY2(state->toolTip().contains(QStringLiteral("127.0.0.1")), qPrintable(state->toolTip()));

        QVERIFY(!window.scheduler()->moveTalks({id}, QDate(2020, 6, 17)));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(QStringLiteral("offline")), qPrintable(failed.constFirst().constFirst().toString()));
        QCOMPARE(window.undoStack()->count(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(!state->isVisible(), 10000);
        QVERIFY(window.scheduler()->moveTalks({id}, QDate(2020, 6, 17)));
        QCOMPARE(window.storage()->talks().find(id).value().date, QDate(2020, 6, 17));
        QCOMPARE(server.psql(QStringLiteral("shared"), QStringLiteral("SELECT talk_date FROM talks WHERE id = %1").arg(id)), QStringLiteral("2020-06-17"));
        QCOMPARE(window.undoStack()->count(), 1);
    }

    // File → Connect to a Shared Schedule…: a wrong password is asked again with the
    // server's reason; the right one connects; the title and Open Recent name the server
    // without its password, and the settings never hold it.
    void connectingToASharedScheduleAsksAgainUntilTheServerTakesIt()
    {
        Test::PgServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY(server.createDatabase(QStringLiteral("team")));
        {
            auto storage = Storage::open(server.uri(QStringLiteral("team")));
            QVERIFY(storage);
            QVERIFY(SampleSeries::load(*storage.value()));
        }
        struct Prompt : ServerPrompt
        {
            QStringList problems;
            QList<ServerLocation> initial;
            QStringList passwords;
            std::optional<Answer> ask(const ServerLocation &from, const QString &problem, bool) override
            {
                problems << problem;
                initial << from;
                if (passwords.isEmpty()) {
                    return std::nullopt;
                }
                Answer answer;
                answer.server = from;
                answer.server.database = QStringLiteral("team");
                answer.server.user = Test::PgServer::superuser();
                answer.server.password = passwords.takeFirst();
                return answer;
            }
        } prompt;
        ServerLocation where;
        where.host = QStringLiteral("127.0.0.1");
        where.port = server.port();
        prompt.passwords = QStringList{QStringLiteral("not-it"), Test::PgServer::password()};

        const QString file = m_dir.filePath(QStringLiteral("before-connecting.sqlite"));
        MainWindow window(file);
        window.setServerPrompt(&prompt);
        QVERIFY(window.connectToServer(where));
        QCOMPARE(prompt.problems.size(), 2);
        QVERIFY(prompt.problems.at(0).isEmpty());
        QVERIFY2(prompt.problems.at(1).contains(QStringLiteral("refused the password")), qPrintable(prompt.problems.at(1)));
        QCOMPARE(prompt.initial.at(1).database, QStringLiteral("team")); // asked again with what was typed
        QVERIFY(window.storage()->database().isServer());
        const QString shown = QStringLiteral("postgresql://%1@127.0.0.1:%2/team").arg(Test::PgServer::superuser(), QString::number(server.port()));
        QCOMPARE(window.storage()->database().path(), shown);
        QVERIFY2(window.windowTitle().contains(shown), qPrintable(window.windowTitle()));
        QVERIFY(!window.windowTitle().contains(Test::PgServer::password()));
        QCOMPARE(window.storage()->talks().all().value().size(), 16);
        QSettings settings;
        settings.sync();
        QVERIFY(settings.value(QStringLiteral("recentDatabases")).toStringList().contains(shown));
        QFile stored(settings.fileName());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!stored.readAll().contains(Test::PgServer::password().toUtf8()));

        // Declining leaves the open schedule open.
        QVERIFY(!window.connectToServer(where));
        QCOMPARE(window.storage()->database().path(), shown);
    }

    void changesQueueOnePublish()
    {
        const QString file = m_dir.filePath(QStringLiteral("publish.sqlite"));
        {
            auto storage = Storage::open(file);
            QVERIFY(storage);
            QVERIFY(SampleSeries::load(*storage.value()));
        }
        QSettings settings;
        CalendarAccount calendar;
        calendar.collection = QUrl(QStringLiteral("http://127.0.0.1:1/ana/tech-talks/"));
        CalendarAccount::save(settings, calendar);
        MainWindow window(file);
        QVERIFY(window.storage());
        Storage &storage = *window.storage();
        Talk talk = storage.talks().all().value().constFirst();
        talk.title += QStringLiteral(" (updated)");
        QVERIFY(storage.talks().update(talk));
        talk = storage.talks().find(talk.meta.id).value();
        talk.notes = QStringLiteral("twice");
        QVERIFY(storage.talks().update(talk));
        int publishes = 0;
        for (const OutboxEntry &entry : storage.outbox().list().value()) {
            publishes += entry.kind == OutboxEntry::Kind::CalendarPublish ? 1 : 0;
            QCOMPARE(entry.recipients, QStringList{QStringLiteral("http://127.0.0.1:1/ana/tech-talks/")});
        }
        QCOMPARE(publishes, 1);
        CalendarAccount::save(settings, CalendarAccount());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
