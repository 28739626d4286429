// SPDX-License-Identifier: GPL-2.0-or-later
// The change log and the feed that lets one connection follow another's writes: two
// Storage objects on one file stand for the open window and the CLI (or another window).
#include "demo/sampleseries.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/inboxmodel.h"
#include "itemmodels/monthmodel.h"
#include "storage/changefeed.h"
#include "storage/storage.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestChangeLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<Storage> m_window; // the open window's connection
    std::unique_ptr<Storage> m_cli; // another writer

    static std::unique_ptr<Storage> open(const QString &file, const QString &origin, const QString &author)
    {
        auto storage = Storage::open(file);
        if (!storage) {
            qWarning() << storage.error().message;
            return {};
        }
        storage.value()->database().setOrigin({origin, author});
        return std::move(storage).value();
    }

    Talk talkTitled(Storage &storage, const QString &title)
    {
        for (const Talk &talk : storage.talks().all().value()) {
            if (talk.title == title) {
                return talk;
            }
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_file = Test::TestDatabase::fresh(m_dir, QStringLiteral("log%1").arg(++n));
        QVERIFY(!m_file.isEmpty());
        m_window = open(m_file, QStringLiteral("gui"), QStringLiteral("Ana"));
        QVERIFY(m_window);
        QVERIFY(SampleSeries::load(*m_window));
        m_cli = open(m_file, QStringLiteral("cli"), QStringLiteral("Bo"));
        QVERIFY(m_cli);
    }

    void cleanup()
    {
        m_cli.reset();
        m_window.reset();
    }

    void aWriteIsLoggedWithWhoAndTheNewVersion()
    {
        Talk talk = talkTitled(*m_cli, QStringLiteral("Modern Event Platform"));
        QVERIFY(talk.meta.id > 0);
        auto before = m_cli->changeLog().lastSeq();
        QVERIFY(before);
        talk.notes = QStringLiteral("Room booked");
        QVERIFY(m_cli->talks().update(talk));
        auto entries = m_window->changeLog().since(before.value());
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 1);
        const ChangeEntry &entry = entries.value().constFirst();
        QCOMPARE(entry.target.entity, Entity::talk());
        QCOMPARE(entry.target.id, talk.meta.id);
        QCOMPARE(entry.kind, ChangeKind::Updated);
        QCOMPARE(entry.version, talk.meta.version + 1);
        QCOMPARE(entry.origin.origin, QStringLiteral("cli"));
        QCOMPARE(entry.origin.author, QStringLiteral("Bo"));
        QCOMPARE(entry.session, m_cli->database().sessionId());
        QVERIFY(entry.session != m_window->database().sessionId());
        QVERIFY(qAbs(entry.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        auto latest = m_window->changeLog().latest({Entity::talk(), talk.meta.id, {}});
        QVERIFY(latest && latest.value());
        QCOMPARE(latest.value()->seq, entry.seq);
        QVERIFY(ChangeLog::describeWriter(entry).contains(QStringLiteral("Bo")));
    }

    void aRolledBackWriteLeavesNoEntryAndNoSignal()
    {
        Talk talk = talkTitled(*m_cli, QStringLiteral("Modern Event Platform"));
        auto before = m_cli->changeLog().lastSeq();
        QVERIFY(before);
        QSignalSpy updated(&m_cli->talks(), &TalkRepository::talkUpdated);
        {
            Transaction transaction(m_cli->database());
            QVERIFY(transaction.isActive());
            talk.notes = QStringLiteral("never");
            QVERIFY(m_cli->talks().update(talk));
            QCOMPARE(m_cli->database().loggedSince(0).size(), std::size_t(1));
        } // rolled back
        QCOMPARE(m_cli->changeLog().lastSeq().value(), before.value());
        QCOMPARE(updated.count(), 0);
    }

    void otherConnectionsWritesReachTheModelsRowByRow()
    {
        AgendaModel agenda(m_window->talks());
        MonthModel month(m_window->talks());
        month.setMonth(2020, 6);
        InboxModel inbox(m_window->proposals());
        QAbstractItemModelTester agendaTester(&agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester monthTester(&month, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester inboxTester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChangeFeed feed(*m_window);
        QVERIFY(feed.start(60000)); // polled by hand below
        QCOMPARE(feed.poll().value(), 0); // nothing changed yet

        QSignalSpy agendaReset(&agenda, &QAbstractItemModel::modelReset);
        QSignalSpy monthReset(&month, &QAbstractItemModel::modelReset);
        QSignalSpy agendaInserted(&agenda, &QAbstractItemModel::rowsInserted);
        QSignalSpy agendaRemoved(&agenda, &QAbstractItemModel::rowsRemoved);
        QSignalSpy monthChanged(&month, &QAbstractItemModel::dataChanged);
        QSignalSpy elsewhere(&feed, &ChangeFeed::changedElsewhere);

        // Given the CLI moves a June talk to 10 June
        Talk talk = talkTitled(*m_cli, QStringLiteral("Modern Event Platform"));
        QCOMPARE(talk.date, QDate(2020, 6, 24));
        const int rows = agenda.rowCount();
        talk.date = QDate(2020, 6, 10);
        QVERIFY(m_cli->talks().update(talk));
        // Then nothing shows until the window looks, and then the rows concerned change
        QCOMPARE(month.talksOn(QDate(2020, 6, 10)).size(), 0);
        QCOMPARE(feed.poll().value(), 1);
        QCOMPARE(month.talksOn(QDate(2020, 6, 10)).size(), 1);
        QCOMPARE(month.talksOn(QDate(2020, 6, 24)).size(), 0);
        QVERIFY(monthChanged.count() >= 1); // the visible days, no reset
        QCOMPARE(agenda.rowCount(), rows);
        // the agenda moves the row to its new place in the schedule's order
        QCOMPARE(agendaRemoved.count(), 1);
        QCOMPARE(agendaInserted.count(), 1);
        QCOMPARE(elsewhere.count(), 1);

        // When the CLI adds a talk and removes another
        Talk added;
        added.seriesId = talk.seriesId;
        added.title = QStringLiteral("Added from a terminal");
        added.date = QDate(2020, 6, 17);
        auto id = m_cli->talks().add(added);
        QVERIFY(id);
        const Talk removed = talkTitled(*m_cli, QStringLiteral("API portal and gateway project"));
        QVERIFY(removed.meta.id > 0);
        QVERIFY(m_cli->talks().remove(removed.meta.id));
        QCOMPARE(feed.poll().value(), 2);
        QCOMPARE(agendaInserted.count(), 2);
        QCOMPARE(agendaRemoved.count(), 2);
        QCOMPARE(agenda.rowCount(), rows);
        QCOMPARE(month.talksOn(QDate(2020, 6, 17)).constFirst().title, QStringLiteral("Added from a terminal"));

        // And a proposal decided elsewhere updates the inbox's row
        QSignalSpy inboxReset(&inbox, &QAbstractItemModel::modelReset);
        QVERIFY(inbox.rowCount() > 0);
        const qint64 proposalId = inbox.idAt(0);
        auto decision = m_cli->proposals().decision(proposalId);
        QVERIFY(decision);
        ProposalRepository::Decision declined = decision.value();
        declined.status = ProposalStatus::Declined;
        QVERIFY(m_cli->proposals().setDecision(proposalId, declined));
        QSignalSpy inboxChanged(&inbox, &QAbstractItemModel::dataChanged);
        QSignalSpy inboxRemoved(&inbox, &QAbstractItemModel::rowsRemoved);
        QCOMPARE(feed.poll().value(), 1);
        QTRY_VERIFY(inboxChanged.count() + inboxRemoved.count() >= 1); // the inbox refreshes once per turn of the event loop
        QCOMPARE(ProposalStatus(inbox.index(inbox.rowOf(proposalId), 0).data(InboxModel::StatusRole).toInt()), ProposalStatus::Declined);

        QCOMPARE(agendaReset.count(), 0);
        QCOMPARE(monthReset.count(), 0);
        QCOMPARE(inboxReset.count(), 0);
        QCOMPARE(elsewhere.count(), 3);
    }

    void ownWritesAreNotAnnouncedTwice()
    {
        ChangeFeed feed(*m_window);
        QVERIFY(feed.start(60000));
        QSignalSpy updated(&m_window->talks(), &TalkRepository::talkUpdated);
        Talk talk = talkTitled(*m_window, QStringLiteral("Modern Event Platform"));
        talk.notes = QStringLiteral("mine");
        QVERIFY(m_window->talks().update(talk));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(feed.poll().value(), 0);
        QCOMPARE(updated.count(), 1);
        // and when another writer's change comes, the window's own entry before it is passed over
        Talk other = talkTitled(*m_cli, QStringLiteral("API portal and gateway project"));
        other.notes = QStringLiteral("theirs");
        QVERIFY(m_cli->talks().update(other));
        QCOMPARE(feed.poll().value(), 1);
        QCOMPARE(updated.count(), 2);
        QCOMPARE(feed.lastSeen(), m_window->changeLog().lastSeq().value());
    }

    void theTimerFollowsWithoutBeingAsked()
    {
        MonthModel month(m_window->talks());
        month.setMonth(2020, 6);
        ChangeFeed feed(*m_window);
        QVERIFY(feed.start(50));
        Talk talk = talkTitled(*m_cli, QStringLiteral("Modern Event Platform"));
        talk.date = QDate(2020, 6, 3);
        QVERIFY(m_cli->talks().update(talk));
        QTRY_COMPARE_WITH_TIMEOUT(month.talksOn(QDate(2020, 6, 3)).size(), 1, 5000);
    }

    void pruningKeepsEachRecordsLatestEntry()
    {
        Talk talk = talkTitled(*m_cli, QStringLiteral("Modern Event Platform"));
        for (int i = 0; i < 3; ++i) {
            talk.notes = QString::number(i);
            QVERIFY(m_cli->talks().update(talk));
            talk = m_cli->talks().find(talk.meta.id).value();
        }
        auto latest = m_cli->changeLog().latest({Entity::talk(), talk.meta.id, {}});
        QVERIFY(latest && latest.value());
        auto pruned = m_cli->changeLog().prune(QDateTime::currentDateTimeUtc().addSecs(60));
        QVERIFY(pruned);
        QVERIFY(pruned.value() >= 2);
        auto after = m_cli->changeLog().latest({Entity::talk(), talk.meta.id, {}});
        QVERIFY(after && after.value());
        QCOMPARE(after.value()->seq, latest.value()->seq);
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
