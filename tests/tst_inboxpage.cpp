// SPDX-License-Identifier: GPL-2.0-or-later
#include "calendar/schedulepage.h"
#include "demo/sampleseries.h"
#include "inbox/inboxpage.h"
#include "inbox/syncdialog.h"
#include "inbox/triagecommands.h"
#include "itemmodels/inboxmodel.h"
#include "itemmodels/monthmodel.h"
#include "itemmodels/talkmime.h"
#include "proposals/triage.h"
#include "schedule/talkscheduler.h"
#include "scheduletestbase.h"
#include "storage/storage.h"
#include "support/fakephabricator.h"
#include "testutil.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace Lectern;

// The inbox as a coordinator uses it: triage with single keys, a selection decided at once,
// reviews, imports, every one undoable; an accepted proposal dropped on the calendar
// becomes a talk; a sync from the dialog.
class TestInboxPage : public ScheduleTestBase
{
    Q_OBJECT

private:
    std::unique_ptr<TriageCommands> m_triage;
    std::unique_ptr<InboxPage> m_page;
    QStringList m_failures;

    Proposal proposal(qint64 id) const { return m_storage->proposals().find(id).value(); }
    void key(int key)
    {
        QTest::keyClick(m_page->view(), Qt::Key(key));
        QCoreApplication::processEvents(); // the model follows the change on the next turn
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QVERIFY(openSampleSchedule(QStringLiteral("inbox")));
        m_triage = std::make_unique<TriageCommands>(*m_storage, *m_stack);
        m_failures.clear();
        connect(m_triage.get(), &TriageCommands::failed, this, [this](const QString &message) { m_failures << message; });
        connect(m_scheduler.get(), &TalkScheduler::failed, this, [this](const QString &message) { m_failures << message; });
        m_page = std::make_unique<InboxPage>(*m_storage, *m_triage, *m_scheduler);
        m_page->setReviewerName(QStringLiteral("Ana"));
        m_page->setFilter(InboxPage::Filter::New);
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->view()->setFocus();
    }

    void cleanup()
    {
        m_page.reset();
        m_triage.reset();
        closeSchedule();
    }

    void triageByKeyboard()
    {
        auto *tabs = m_page->findChild<QTabBar *>(QStringLiteral("inboxTabs"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("New (12)"));
        QCOMPARE(m_page->model()->rowCount(), 12);
        const qint64 first = m_page->currentId();
        const qint64 second = m_page->model()->idAt(1);
        QVERIFY(first != 0);
        QVERIFY(m_page->reader()->toPlainText().contains(proposal(first).title));

        key(Qt::Key_A); // accept: it leaves the New tab and the next one is current
        QCOMPARE(proposal(first).status, ProposalStatus::Accepted);
        QCOMPARE(m_page->currentId(), second);
        QVERIFY(m_page->reader()->toPlainText().contains(proposal(second).title));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("New (11)"));

        key(Qt::Key_J);
        const qint64 third = m_page->currentId();
        QVERIFY(third != second);
        key(Qt::Key_K);
        QCOMPARE(m_page->currentId(), second);

        key(Qt::Key_3); // a score by the reviewer from the settings
        Proposal scored = proposal(second);
        QCOMPARE(scored.reviews.size(), 1);
        QCOMPARE(scored.reviews.first().reviewer, QStringLiteral("Ana"));
        QCOMPARE(scored.reviews.first().score, std::optional<int>(3));
        QCOMPARE(scored.status, ProposalStatus::Reviewing);

        // On hold needs a reason; no answer changes nothing.
        const qint64 held = m_page->currentId();
        m_page->setReasonQuestion([](const QString &) { return std::optional<QString>(); });
        key(Qt::Key_H);
        QCOMPARE(proposal(held).status, ProposalStatus::New);
        m_page->setReasonQuestion([](const QString &) { return std::optional<QString>(QStringLiteral("Waiting for the speaker's travel plans")); });
        key(Qt::Key_H);
        QCOMPARE(proposal(held).status, ProposalStatus::OnHold);
        QCOMPARE(proposal(held).statusReason, QStringLiteral("Waiting for the speaker's travel plans"));

        // Each was one step of the history.
        QCOMPARE(m_stack->count(), 3);
        m_stack->undo();
        QCOMPARE(proposal(held).status, ProposalStatus::New);
        m_stack->undo();
        QCOMPARE(proposal(second).reviews.size(), 0);
        QCOMPARE(proposal(second).status, ProposalStatus::New);
        m_stack->undo();
        QCOMPARE(proposal(first).status, ProposalStatus::New);
        m_stack->redo();
        QCOMPARE(proposal(first).status, ProposalStatus::Accepted);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    }

    void typingInTheSearchFieldIsNotADecision()
    {
        const qint64 first = m_page->currentId();
        m_page->searchField()->setFocus();
        QTest::keyClicks(m_page->searchField(), QStringLiteral("ad"));
        QCOMPARE(proposal(first).status, ProposalStatus::New);
        QCOMPARE(m_page->searchField()->text(), QStringLiteral("ad"));
        QCOMPARE(m_page->model()->search(), QStringLiteral("ad"));
    }

    void bulkDecisionIsOneStep()
    {
        QItemSelection selection(m_page->model()->index(0, 0), m_page->model()->index(2, InboxModel::ColumnCount - 1));
        m_page->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        const QList<qint64> ids = m_page->selectedIds();
        QCOMPARE(ids.size(), 3);
        key(Qt::Key_D);
        for (qint64 id : ids) {
            QCOMPARE(proposal(id).status, ProposalStatus::Declined);
        }
        QCOMPARE(m_page->model()->rowCount(), 9);
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(m_stack->undoText().contains(QStringLiteral("3")));
        m_stack->undo();
        for (qint64 id : ids) {
            QCOMPARE(proposal(id).status, ProposalStatus::New);
        }
    }

    void reviewForm()
    {
        const qint64 id = m_page->currentId();
        m_page->findChild<QComboBox *>(QStringLiteral("reviewScore"))->setCurrentIndex(4);
        m_page->findChild<QPlainTextEdit *>(QStringLiteral("reviewNote"))->setPlainText(QStringLiteral("Good speaker, see https://example.org/talk"));
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addReviewButton")), Qt::LeftButton);
        Proposal reviewed = proposal(id);
        QCOMPARE(reviewed.reviews.size(), 1);
        QCOMPARE(reviewed.reviews.first().score, std::optional<int>(4));
        QCOMPARE(reviewed.reviews.first().note, QStringLiteral("Good speaker, see https://example.org/talk"));
        const qint64 reviewId = reviewed.reviews.first().meta.id;
        QVERIFY(m_page->findChild<QPlainTextEdit *>(QStringLiteral("reviewNote"))->toPlainText().isEmpty());
        // The reading pane shows it, its link clickable.
        m_page->setFilter(InboxPage::Filter::All);
        m_page->selectProposal(id);
        QVERIFY(m_page->reader()->toHtml().contains(QStringLiteral("href=\"https://example.org/talk\"")));
        m_stack->undo();
        QCOMPARE(proposal(id).reviews.size(), 0);
        m_stack->redo();
        QCOMPARE(proposal(id).reviews.size(), 1);
        QCOMPARE(proposal(id).reviews.first().meta.id, reviewId);
    }

    void importAsksAboutProblemRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("proposals.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title,proposer,received\nAccessibility audits,Ana,2020-03-01\nBroken,Bo,someday\n");
        file.close();
        QStringList asked;
        m_page->setImportQuestion([&asked](const QString &, const QStringList &problems) {
            asked = problems;
            return false;
        });
        m_page->importFile(path);
        QCOMPARE(asked,
                 QStringList{QStringLiteral("proposals.csv:3: received: “someday” is not a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SSZ).")});
        QCOMPARE(m_storage->proposals().count().value(), 13);
        m_page->setImportQuestion([](const QString &, const QStringList &) { return true; });
        m_page->importFile(path);
        QCOMPARE(m_storage->proposals().count().value(), 14);
        QTRY_COMPARE(m_page->model()->rowCount(), 13);
        m_stack->undo();
        QCOMPARE(m_storage->proposals().count().value(), 13);
    }

    void acceptedProposalDroppedOnTheCalendarBecomesATalk()
    {
        SchedulePage schedule(*m_storage, *m_scheduler);
        const qint64 id = m_page->currentId();
        key(Qt::Key_A);
        QDate date = QDate::currentDate().addMonths(2);
        while (date.dayOfWeek() != 3) {
            date = date.addDays(1);
        }
        schedule.showMonth(date.year(), date.month());
        MonthModel *month = schedule.monthModel();
        // The side panel lists it, ready to drag.
        QTreeView *ready = schedule.proposalsView();
        QCOMPARE(ready->model()->rowCount(), 1);
        std::unique_ptr<QMimeData> data(ready->model()->mimeData({ready->model()->index(0, 0)}));
        m_confirmation.answer = true;
        QVERIFY(month->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, month->indexOf(date)));
        QVERIFY(month->dropMimeData(data.get(), Qt::MoveAction, -1, -1, month->indexOf(date)));
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
        if (m_confirmation.asked > 0) {
            QCOMPARE(m_confirmation.lastGoAhead, QStringLiteral("Schedule Anyway"));
        }
        const Proposal scheduled = proposal(id);
        QCOMPARE(scheduled.status, ProposalStatus::Scheduled);
        QVERIFY(scheduled.talkId != 0);
        const Talk talk = m_storage->talks().find(scheduled.talkId).value();
        QCOMPARE(talk.title, scheduled.title);
        QCOMPARE(talk.date, date);
        QCOMPARE(talk.proposalId, id);
        QTRY_COMPARE(ready->model()->rowCount(), 0);
        QTRY_COMPARE(month->indexOf(date).data(MonthModel::TalkCountRole).toInt(), 1);

        // Undo takes the talk away and the proposal back; redo brings the same talk (its UID).
        m_stack->undo();
        QVERIFY(!m_storage->talks().find(talk.meta.id));
        QCOMPARE(proposal(id).status, ProposalStatus::Accepted);
        QCOMPARE(proposal(id).talkId, 0);
        m_stack->redo();
        const Talk again = m_storage->talks().find(talk.meta.id).value();
        QCOMPARE(again.icalUid, talk.icalUid);
        QCOMPARE(proposal(id).talkId, talk.meta.id);

        // A proposal not yet accepted cannot be dropped into a talk.
        const qint64 fresh = m_page->model()->idAt(0);
        std::unique_ptr<QMimeData> notReady(TalkMime::encode(TalkMime::proposalIdsType(), {fresh}));
        QVERIFY(!month->dropMimeData(notReady.get(), Qt::MoveAction, -1, -1, month->indexOf(date.addDays(7))));
        QVERIFY(m_failures.join(QLatin1Char(' ')).contains(QStringLiteral("only accepted or shortlisted")));
    }

    void syncFromTheDialog()
    {
        Lectern::Test::FakePhabricator server;
        QVERIFY(server.listenLocally());
        server.addTasks(1, 30, 1577836800);
        const QString tokenFile = m_dir.filePath(QStringLiteral("token"));
        TestUtil::writePrivateFile(tokenFile, server.token.toUtf8());

        SyncDialog dialog(*m_storage);
        dialog.urlField()->setText(server.baseUrl());
        dialog.projectField()->setText(QStringLiteral("tech-talks"));
        dialog.tokenFileField()->setText(tokenFile);
        QSignalSpy finished(&dialog, &SyncDialog::finished);
        QTest::mouseClick(dialog.syncButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(!dialog.syncButton()->isEnabled());
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.resultLabel()->text()));
        QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("30 new")), qPrintable(dialog.resultLabel()->text()));
        QTRY_COMPARE(m_page->model()->rowCount(), 42);

        // A failure says so, and that nothing changed.
        server.failCall(0, Lectern::Test::FakePhabricator::Fault::ErrorCode);
        QTest::mouseClick(dialog.syncButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().first().toBool());
        QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("Nothing was changed")), qPrintable(dialog.resultLabel()->text()));
    }

    // A decline with an answer to the proposer: the dialog's text goes into the outbox with
    // the decision (one step: undo takes both back), and the reading pane says what waits to
    // be posted on the task; a task changed upstream is said so first.
    void declineAndAnswerOnTheTask()
    {
        Proposal fromTracker;
        fromTracker.seriesId = m_storage->series().current().value().meta.id;
        fromTracker.source = ProposalSource::Phabricator;
        fromTracker.externalId = QStringLiteral("T321");
        fromTracker.url = QStringLiteral("https://phabricator.example.org/T321");
        fromTracker.title = QStringLiteral("A talk about tracker answers");
        fromTracker.received = QDateTime::currentDateTimeUtc();
        fromTracker.changedUpstream = true;
        const qint64 id = m_storage->proposals().add(fromTracker).value();
        m_page->setFilter(InboxPage::Filter::All);
        m_page->selectProposal(id);
        QString shownWarning;
        QString shownMessage;
        m_page->setAnswerQuestion([&](const QString &, const QString &message, const QString &warning) {
            shownWarning = warning;
            shownMessage = message;
            return std::optional<InboxPage::TrackerAnswer>(
                    InboxPage::TrackerAnswer{QStringLiteral("Thank you — not this season."), QStringLiteral("declined")});
        });
        m_page->decideAndAnswer(ProposalStatus::Declined);
        QVERIFY2(shownWarning.contains(QStringLiteral("T321 changed upstream")), qPrintable(shownWarning));
        QVERIFY(shownMessage.contains(QStringLiteral("A talk about tracker answers"))); // the declined template
        QCOMPARE(proposal(id).status, ProposalStatus::Declined);
        const QList<OutboxEntry> entries = m_storage->outbox().list().value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().body, QStringLiteral("Thank you — not this season."));
        QCOMPARE(entries.constFirst().trackerStatus, QStringLiteral("declined"));
        QVERIFY2(m_page->reader()->toPlainText().contains(QStringLiteral("Answer on T321 (queued)")), qPrintable(m_page->reader()->toPlainText()));
        m_stack->undo();
        QCOMPARE(proposal(id).status, ProposalStatus::New);
        QCOMPARE(m_storage->outbox().list().value().size(), 0);
        QVERIFY(m_failures.isEmpty());
    }
};

QTEST_MAIN(TestInboxPage)
#include "tst_inboxpage.moc"
