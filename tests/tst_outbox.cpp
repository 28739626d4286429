// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "itemmodels/outboxmodel.h"
#include "operations/outboxoperations.h"
#include "operations/proposaloperations.h"
#include "outbox/outboxsender.h"
#include "storage/storage.h"
#include "support/fakephabricator.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace Lectern;
using Lectern::Test::FakePhabricator;

// The outbox on a real SQLite file: answers posted on a real (local) Conduit server with
// maniphest.edit, the clock injected for reminders, undo while nothing went out, and the
// version-checked claims that keep two senders from sending one entry twice. The SMTP side is
// check_outbox.py, against aiosmtpd.
class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<FakePhabricator> m_server;
    QNetworkAccessManager m_network;
    qint64 m_proposalId = 0;

    OutboxSender::Report send(const OutboxCredentials &credentials, const QDateTime &now = QDateTime())
    {
        OutboxSender sender(*m_storage, m_network, credentials);
        sender.setTimeout(3000);
        if (now.isValid()) {
            sender.setClock([now] { return now; });
        }
        std::optional<OutboxSender::Report> report;
        connect(&sender, &OutboxSender::finished, this, [&report](const OutboxSender::Report &finished) { report = finished; });
        sender.start();
        QDeadlineTimer deadline(15000);
        while (!report && !deadline.hasExpired()) {
            QTest::qWait(5);
        }
        if (!report) {
            qWarning("the sender never finished");
            return {};
        }
        return *report;
    }

    OutboxCredentials tracker(const QString &token = QString()) const
    {
        OutboxCredentials credentials;
        credentials.trackerToken = token.isEmpty() ? m_server->token : token;
        return credentials;
    }

    // A mail account nobody listens on.
    static OutboxCredentials closedPort()
    {
        OutboxCredentials credentials;
        credentials.smtp.emplace();
        credentials.smtp->host = QStringLiteral("127.0.0.1");
        credentials.smtp->port = 1;
        credentials.smtp->security = SmtpAccount::Security::None;
        return credentials;
    }

    OutboxEntry entry(qint64 id) const { return m_storage->outbox().find(id).value(); }

private Q_SLOTS:
    void init()
    {
        LECTERN_FRESH_DATABASE(path, m_dir, QString::fromLatin1(QTest::currentTestFunction()));
        auto storage = Storage::open(path);
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
        m_server = std::make_unique<FakePhabricator>();
        QVERIFY(m_server->listenLocally());
        FakePhabricator::Task task;
        task.id = 7;
        task.title = QStringLiteral("Talk proposal: Rust in MediaWiki tooling");
        m_server->tasks.insert(7, task);
        Proposal proposal;
        proposal.seriesId = m_storage->series().current().value().meta.id;
        proposal.source = ProposalSource::Phabricator;
        proposal.externalId = QStringLiteral("T7");
        proposal.url = m_server->baseUrl() + QStringLiteral("/T7");
        proposal.title = task.title;
        proposal.received = QDateTime::currentDateTimeUtc();
        auto added = m_storage->proposals().add(proposal);
        QVERIFY(added);
        m_proposalId = added.value();
    }

    void cleanup()
    {
        m_server.reset();
        m_storage.reset();
    }

    // A decline with its answer: one step (one transaction) writes both; the sender posts the
    // comment and the status with maniphest.edit; once posted, the decision cannot be undone.
    void aDeclineAnswersTheProposerOnTheTask()
    {
        auto answer = ProposalOperations::trackerAnswer(*m_storage, m_proposalId, ProposalStatus::Declined, QString(), QStringLiteral("declined"));
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().message));
        QVERIFY(answer.value().body.contains(QStringLiteral("Rust in MediaWiki tooling"))); // the declined template, rendered
        auto change = ProposalOperations::decide(*m_storage, {m_proposalId}, ProposalStatus::Declined, QString(), answer.value());
        QVERIFY(change->apply());
        auto waiting = m_storage->outbox().list(OutboxEntry::State::Queued).value();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.constFirst().proposalId, m_proposalId);

        const OutboxSender::Report report = send(tracker());
        QCOMPARE(report.sent, 1);
        const FakePhabricator::Task &task = m_server->tasks.value(7);
        QCOMPARE(task.comments, QStringList{answer.value().body});
        QCOMPARE(task.status, QStringLiteral("declined"));
        QCOMPARE(m_server->requests.constLast().path, QStringLiteral("/api/maniphest.edit"));
        QCOMPARE(entry(waiting.constFirst().meta.id).state, OutboxEntry::State::Sent);

        // Sent once: a second run finds nothing due.
        QCOMPARE(send(tracker()).sent, 0);
        QCOMPARE(m_server->tasks.value(7).comments.size(), 1);
        // The answer is out: undoing the decision would leave it standing, so it is refused.
        auto undone = change->revert();
        QVERIFY(!undone);
        QCOMPARE(m_storage->proposals().find(m_proposalId).value().status, ProposalStatus::Declined);
    }

    void undoBeforeSendingTakesTheAnswerBack()
    {
        auto answer = ProposalOperations::trackerAnswer(*m_storage, m_proposalId, ProposalStatus::Accepted, QStringLiteral("Yes please!"), QString());
        QVERIFY(answer);
        auto change = ProposalOperations::decide(*m_storage, {m_proposalId}, ProposalStatus::Accepted, QString(), answer.value());
        QVERIFY(change->apply());
        QCOMPARE(m_storage->outbox().list().value().size(), 1);
        QVERIFY(change->revert());
        QCOMPARE(m_storage->outbox().list().value().size(), 0);
        QCOMPARE(m_storage->proposals().find(m_proposalId).value().status, ProposalStatus::New);
    }

    void aWrongTokenIsRefusedAndNothingPosted()
    {
        auto answer = ProposalOperations::trackerAnswer(*m_storage, m_proposalId, ProposalStatus::Declined, QStringLiteral("Sorry"), QString());
        QVERIFY(ProposalOperations::decide(*m_storage, {m_proposalId}, ProposalStatus::Declined, QString(), answer.value())->apply());
        const OutboxSender::Report report = send(tracker(QStringLiteral("api-zzzzzzzzzzzzzzzzzzzzzzzzzzzz")));
        QCOMPARE(report.failed, 1);
        const OutboxEntry failed = m_storage->outbox().list().value().constFirst();
        QCOMPARE(failed.state, OutboxEntry::State::Failed);
        QVERIFY2(failed.lastError.contains(QStringLiteral("ERR-INVALID-AUTH")), qPrintable(failed.lastError));
        QVERIFY(!failed.nextTryAt.isValid()); // a wrong token does not pass by itself
        QVERIFY(m_server->tasks.value(7).comments.isEmpty());
    }

    // The tracker down: a failure that may pass, retried when due (the clock moved on, not
    // slept through); back up, the answer is posted once.
    void theTrackerDownThenUp()
    {
        auto answer = ProposalOperations::trackerAnswer(*m_storage, m_proposalId, ProposalStatus::Declined, QStringLiteral("Sorry"), QString());
        QVERIFY(ProposalOperations::decide(*m_storage, {m_proposalId}, ProposalStatus::Declined, QString(), answer.value())->apply());
        const quint16 port = m_server->serverPort();
        m_server->close();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(send(tracker(), now).failed, 1);
        OutboxEntry failed = m_storage->outbox().list().value().constFirst();
        QCOMPARE(failed.state, OutboxEntry::State::Failed);
        QVERIFY(failed.nextTryAt.isValid());
        QCOMPARE(now.secsTo(failed.nextTryAt), qint64(60));
        QVERIFY(m_server->listen(QHostAddress::LocalHost, port));
        QCOMPARE(send(tracker(), now.addSecs(30)).sent, 0); // not due yet
        QVERIFY(m_server->tasks.value(7).comments.isEmpty());
        QCOMPARE(send(tracker(), now.addSecs(61)).sent, 1);
        QCOMPARE(send(tracker(), now.addSecs(3600)).sent, 0);
        QCOMPARE(m_server->tasks.value(7).comments, QStringList{QStringLiteral("Sorry")});
    }

    void aTaskChangedUpstreamIsSaidSo()
    {
        Proposal proposal = m_storage->proposals().find(m_proposalId).value();
        proposal.changedUpstream = true;
        QVERIFY(m_storage->proposals().update(proposal));
        bool changed = false;
        QVERIFY(ProposalOperations::trackerAnswer(*m_storage, m_proposalId, ProposalStatus::Declined, QStringLiteral("No"), QString(), &changed));
        QVERIFY(changed);
        Proposal manual;
        manual.seriesId = proposal.seriesId;
        manual.title = QStringLiteral("Typed in");
        manual.received = QDateTime::currentDateTimeUtc();
        const qint64 manualId = m_storage->proposals().add(manual).value();
        QVERIFY(!ProposalOperations::trackerAnswer(*m_storage, manualId, ProposalStatus::Declined, QStringLiteral("No"), QString()));
    }

    // A reminder for the day before waits until then: the clock is injected, not slept.
    void aReminderWaitsUntilItIsDue()
    {
        Talk talk;
        talk.seriesId = m_storage->series().current().value().meta.id;
        talk.title = QStringLiteral("Reminders in practice");
        talk.date = QDate(2031, 5, 14);
        talk.startUtc = QTime(17, 0);
        talk.status = TalkStatus::Confirmed;
        const qint64 talkId = m_storage->talks().add(talk).value();
        talk = m_storage->talks().find(talkId).value();
        const QDateTime now(QDate(2031, 5, 1), QTime(9, 0), QTimeZone::utc());
        auto at = OutboxOperations::sendTime(talk, OutboxOperations::When::DayBefore, QDateTime(), now);
        QVERIFY(at);
        QCOMPARE(at.value(), QDateTime(QDate(2031, 5, 13), QTime(17, 0), QTimeZone::utc()));
        QVERIFY(!OutboxOperations::sendTime(
                talk, OutboxOperations::When::WeekBefore, QDateTime(), QDateTime(QDate(2031, 5, 10), QTime(0, 0), QTimeZone::utc())));
        auto reminder = OutboxOperations::announcementFor(*m_storage, talkId, QStringLiteral("reminder"), at.value(), false);
        QVERIFY2(reminder, qPrintable(reminder ? QString() : reminder.error().message));
        auto queued = OutboxOperations::queue(*m_storage, reminder.value());
        QVERIFY(queued->apply());

        const OutboxCredentials mail = closedPort(); // a try would fail
        OutboxSender::Report report = send(mail, now);
        QCOMPARE(report.sent + report.failed + report.unknown + report.skipped, 0);
        QCOMPARE(m_storage->outbox().due(at.value().addSecs(-1)).value().size(), 0);
        QCOMPARE(entry(queued->id()).state, OutboxEntry::State::Queued);
        QCOMPARE(entry(queued->id()).tries, 0);
        QCOMPARE(m_storage->outbox().summary(now).value().waiting, 1);
        QCOMPARE(m_storage->outbox().summary(now).value().due, 0);
        // Due: tried (and the closed port fails it, to be tried again later).
        report = send(mail, at.value().addSecs(1));
        QCOMPARE(report.failed, 1);
        QCOMPARE(entry(queued->id()).tries, 1);
        QVERIFY(entry(queued->id()).nextTryAt.isValid());
        // Tried once: undoing the queueing would hide that, so it is refused.
        QVERIFY(!queued->revert());
    }

    // A message written for a talk that moved since is not sent as it was written.
    void aMessageForAMovedTalkWaitsForTheUser()
    {
        const Talk talk = m_storage->talks().all().value().constLast();
        auto message = OutboxOperations::announcementFor(*m_storage, talk.meta.id, QStringLiteral("announcement"), QDateTime::currentDateTimeUtc(), false);
        QVERIFY(message);
        auto queued = OutboxOperations::queue(*m_storage, message.value());
        QVERIFY(queued->apply());
        Talk moved = talk;
        moved.date = talk.date.addDays(7);
        QVERIFY(m_storage->talks().update(moved));
        const OutboxCredentials mail = closedPort();
        QCOMPARE(send(mail).failed, 1);
        const OutboxEntry held = entry(queued->id());
        QCOMPARE(held.state, OutboxEntry::State::Failed);
        QVERIFY2(held.lastError.contains(QStringLiteral("changed after this message was written")), qPrintable(held.lastError));
        QVERIFY(!held.nextTryAt.isValid());
    }

    // Two senders, one entry: the second claim (with the version it read) is refused.
    void anEntryIsClaimedOnce()
    {
        auto message = OutboxOperations::announcementFor(
                *m_storage, m_storage->talks().all().value().constFirst().meta.id, QStringLiteral("announcement"), QDateTime::currentDateTimeUtc(), false);
        QVERIFY(message);
        auto queued = OutboxOperations::queue(*m_storage, message.value());
        QVERIFY(queued->apply());
        const OutboxEntry read = entry(queued->id());
        QVERIFY(m_storage->outbox().claim(read, OutboxSender::claimant(), QDateTime::currentDateTimeUtc()));
        auto second = m_storage->outbox().claim(read, QStringLiteral("elsewhere 1"), QDateTime::currentDateTimeUtc());
        QVERIFY(!second);
        QCOMPARE(second.error().kind, Error::Kind::Conflict);
        // This process still runs: its claim is not taken for an interrupted one.
        QCOMPARE(m_storage->outbox()
                         .recoverInterrupted([](const OutboxEntry &e) { return OutboxSender::senderIsGone(e, QDateTime::currentDateTimeUtc()); })
                         .value(),
                 0);
        // An edit of an entry being sent is refused too.
        OutboxEntry edited = entry(queued->id());
        edited.subject = QStringLiteral("Changed");
        QVERIFY(!OutboxOperations::edit(*m_storage, edited)->apply());
    }

    void editAndCancelUndo()
    {
        auto message = OutboxOperations::announcementFor(*m_storage,
                                                         m_storage->talks().all().value().constFirst().meta.id,
                                                         QStringLiteral("announcement"),
                                                         QDateTime::currentDateTimeUtc().addDays(3),
                                                         false);
        QVERIFY(message);
        auto queued = OutboxOperations::queue(*m_storage, message.value());
        QVERIFY(queued->apply());
        OutboxEntry edited = entry(queued->id());
        const QString subject = edited.subject;
        edited.subject = QStringLiteral("A better subject");
        auto edit = OutboxOperations::edit(*m_storage, edited);
        QVERIFY(edit->apply());
        QCOMPARE(entry(queued->id()).subject, QStringLiteral("A better subject"));
        QVERIFY(edit->revert());
        QCOMPARE(entry(queued->id()).subject, subject);
        QVERIFY(edit->apply());
        auto cancel = OutboxOperations::cancel(*m_storage, entry(queued->id()));
        QVERIFY(cancel->apply());
        QCOMPARE(entry(queued->id()).state, OutboxEntry::State::Cancelled);
        QCOMPARE(m_storage->outbox().due(QDateTime::currentDateTimeUtc().addDays(10)).value().size(), 0);
        QVERIFY(cancel->revert());
        QCOMPARE(entry(queued->id()).state, OutboxEntry::State::Queued);
        QCOMPARE(entry(queued->id()).subject, QStringLiteral("A better subject"));
    }

    // The Outbox page's model: newest first, a filter, rows that follow every change one by
    // one (QAbstractItemModelTester checks each step).
    void theModelFollowsTheOutbox()
    {
        OutboxModel model(m_storage->outbox());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const QList<Talk> talks = m_storage->talks().all().value();
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            auto message = OutboxOperations::announcementFor(
                    *m_storage, talks.at(i).meta.id, QStringLiteral("announcement"), QDateTime::currentDateTimeUtc().addDays(i + 1), false);
            QVERIFY(message);
            auto queued = OutboxOperations::queue(*m_storage, message.value());
            QVERIFY(queued->apply());
            ids << queued->id();
        }
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, 0), OutboxModel::EntryIdRole).toLongLong(), ids.at(2)); // the latest time first
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        OutboxEntry later = entry(ids.at(0));
        later.sendAt = QDateTime::currentDateTimeUtc().addDays(30);
        QVERIFY(OutboxOperations::edit(*m_storage, later)->apply());
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.data(model.index(0, 0), OutboxModel::EntryIdRole).toLongLong(), ids.at(0));
        model.setFilter(OutboxModel::Filter::Cancelled);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(OutboxOperations::cancel(*m_storage, entry(ids.at(1)))->apply());
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(OutboxModel::Filter::Waiting);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(m_storage->outbox().remove(ids.at(2)));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.count(), 2); // only the filter changes reset it
    }

    void retryDelaysGrowThenStop()
    {
        QCOMPARE(OutboxSender::retryDelaySeconds(1).value(), 60);
        QCOMPARE(OutboxSender::retryDelaySeconds(2).value(), 120);
        QCOMPARE(OutboxSender::retryDelaySeconds(7).value(), 3840);
        QVERIFY(!OutboxSender::retryDelaySeconds(8));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
