// SPDX-License-Identifier: GPL-2.0-or-later
#include "caldav/caldavpublisher.h"
#include "caldav/eventdifferences.h"
#include "demo/sampleseries.h"
#include "export/icalendarexport.h"
#include "operations/outboxoperations.h"
#include "operations/publishoperations.h"
#include "operations/talkoperations.h"
#include "publishfixtures.h"
#include "storage/storage.h"
#include "support/testdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// What Lectern keeps of a publish, without a server (check_caldav.py is the one against
// Radicale): what waits is known offline, what differs in a conflict is said field by field,
// and both answers to a conflict are undoable steps.
class TestPublishing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    const QUrl m_collection{QStringLiteral("https://dav.example.org/ana/tech-talks/")};
    QString key() const { return CalDavPublisher::collectionKey(m_collection); }

    QList<Talk> timedTalks() const
    {
        QList<Talk> timed;
        for (const Talk &talk : m_storage->talks().all().value()) {
            if (talk.date.isValid() && talk.hasTime()) {
                timed << talk;
            }
        }
        return timed;
    }

    // Every timed talk as a publish would have left it.
    void publishEverything()
    {
        const Series series = m_storage->series().current().value();
        for (const Talk &talk : timedTalks()) {
            const PublishedEvent event{
                    talk.icalUid, talk.meta.id, CalDavPublisher::resourceName(talk.icalUid), "\"e1\"", talk.sequence, CalDavPublisher::eventHash(series, talk)};
            QVERIFY(m_storage->publishing().remember(key(), event));
        }
    }

    CalDavPublisher::Pending pending() const { return CalDavPublisher::pending(*m_storage, m_collection).value(); }

    QByteArray ics(const Talk &talk) const { return ICalendarExport::write(m_storage->series().current().value(), {talk}).data; }

    static PublishConflict conflictOn(const Talk &talk) { return PublishFixtures::renamedOnServer(talk); }

private Q_SLOTS:
    void init()
    {
        LECTERN_FRESH_DATABASE(location, m_dir, QString::fromLatin1(QTest::currentTestFunction()));
        auto storage = Storage::open(location);
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
    }

    void cleanup() { m_storage.reset(); }

    void differencesNameEachFieldWithBothValues()
    {
        const Talk talk = timedTalks().constFirst();
        Talk renamed = talk;
        renamed.title = QStringLiteral("Renamed on the server");
        renamed.date = talk.date.addDays(7);
        const QStringList lines = eventDifferences(ics(renamed), ics(talk));
        QCOMPARE(lines.size(), 3); // title, start, end
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Title: “Renamed on the server” on the server, “%1” here.").arg(talk.title)), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Start: ")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(QLocale().toString(renamed.startDateTimeUtc().toLocalTime(), QLocale::ShortFormat)));
        QVERIFY(lines.at(1).contains(QLocale().toString(talk.startDateTimeUtc().toLocalTime(), QLocale::ShortFormat)));

        Talk cancelled = talk;
        cancelled.status = TalkStatus::Cancelled;
        QCOMPARE(eventDifferences(ics(cancelled), ics(talk)), QStringList{QStringLiteral("Status: cancelled on the server, confirmed here.")});
        // Only the stamps differ: said so, not an empty list.
        QCOMPARE(eventDifferences(ics(talk), ics(talk)).size(), 1);
        // The talk left the calendar here: what the server's copy says.
        QVERIFY(eventDifferences(ics(renamed), {}).constFirst().startsWith(QStringLiteral("On the server: “Renamed on the server”, starting ")));
        QCOMPARE(eventDifferences("<html>Not here</html>", ics(talk)), QStringList{QStringLiteral("The server's copy is not an event Lectern can read.")});
    }

    void whatWaitsIsKnownWithoutTheServer()
    {
        const QList<Talk> timed = timedTalks();
        QVERIFY(timed.size() > 3);
        QCOMPARE(pending().created, int(timed.size())); // never published
        publishEverything();
        QCOMPARE(pending().total(), 0);

        auto moved = TalkOperations::move(*m_storage, {timed.at(0).meta.id}, timed.at(0).date.addDays(1));
        QVERIFY(moved && !moved.value().isEmpty());
        QVERIFY(moved.value().change->apply());
        QCOMPARE(pending().updated, 1);
        auto removed = TalkOperations::remove(*m_storage, timed.at(1).meta.id);
        QVERIFY(removed);
        QVERIFY(removed.value().change->apply());
        QCOMPARE(pending().withdrawn, 1);
        // A talk whose event waits for the coordinator's choice is not counted as waiting.
        QVERIFY(m_storage->publishing().saveConflict(key(), conflictOn(timed.at(0))));
        QCOMPARE(pending().updated, 0);
        QVERIFY(removed.value().change->revert());
        QVERIFY(m_storage->publishing().removeConflict(key(), timed.at(0).icalUid));
        QVERIFY(moved.value().change->revert());
        QCOMPARE(pending().total(), 0);
    }

    // The window keeps the hashes: after a change only that talk is read again, and the
    // counts are the same as without the cache.
    void theWindowsCacheGivesTheSameCounts()
    {
        publishEverything();
        CalDavPublisher::HashCache cache;
        const auto counted = [&] {
            const auto withCache = CalDavPublisher::pending(*m_storage, m_collection, &cache).value();
            const auto without = pending();
            return withCache.created == without.created && withCache.updated == without.updated && withCache.withdrawn == without.withdrawn;
        };
        QVERIFY(counted());
        const QList<Talk> timed = timedTalks();
        auto moved = TalkOperations::move(*m_storage, {timed.at(0).meta.id}, timed.at(0).date.addDays(1));
        QVERIFY(moved.value().change->apply());
        QCOMPARE(CalDavPublisher::pending(*m_storage, m_collection, &cache).value().updated, 1);
        QVERIFY(counted());
        auto removed = TalkOperations::remove(*m_storage, timed.at(1).meta.id);
        QVERIFY(removed.value().change->apply());
        QCOMPARE(CalDavPublisher::pending(*m_storage, m_collection, &cache).value().withdrawn, 1);
        QVERIFY(counted());
        // A series change (its chat channel is in every event) makes every event new to hash.
        Series series = m_storage->series().current().value();
        series.chatChannel = QStringLiteral("#tech-talks-new");
        QVERIFY(m_storage->series().update(series));
        QVERIFY(CalDavPublisher::pending(*m_storage, m_collection, &cache).value().updated > 1);
        QVERIFY(counted());
        QVERIFY(removed.value().change->revert());
        QVERIFY(counted());
    }

    void keepingTheServersCopyIsUndoable()
    {
        publishEverything();
        const Talk talk = timedTalks().at(2);
        QVERIFY(m_storage->publishing().saveConflict(key(), conflictOn(talk)));
        QSignalSpy changed(&m_storage->publishing(), &PublishRepository::changed);

        auto keep = PublishOperations::keepServerCopy(*m_storage, m_collection, talk.icalUid);
        QVERIFY(keep->apply());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().toString(), key());
        QVERIFY(m_storage->publishing().conflicts(key()).value().isEmpty());
        const PublishedEvent kept = *m_storage->publishing().findPublished(key(), talk.icalUid).value();
        QCOMPARE(kept.etag, QByteArray("\"server-2\"")); // the server's copy is the one Lectern now knows
        QCOMPARE(pending().total(), 0); // and it is not sent until the talk changes here

        QVERIFY(keep->revert());
        const auto back = m_storage->publishing().conflicts(key()).value();
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.constFirst().differs, conflictOn(talk).differs);
        QCOMPARE(m_storage->publishing().findPublished(key(), talk.icalUid).value()->etag, QByteArray("\"e1\""));
        QVERIFY(keep->apply());
        QVERIFY(m_storage->publishing().conflicts(key()).value().isEmpty());
    }

    void overwriteIsChosenOnceAndUndoneUntilUsed()
    {
        publishEverything();
        const Talk talk = timedTalks().at(0);
        QVERIFY(m_storage->publishing().saveConflict(key(), conflictOn(talk)));
        auto overwrite = PublishOperations::overwrite(*m_storage, m_collection, talk.icalUid);
        QVERIFY(overwrite->apply());
        QVERIFY(m_storage->publishing().findConflict(key(), talk.icalUid).value()->overwrite);
        QVERIFY(overwrite->revert());
        QVERIFY(!m_storage->publishing().findConflict(key(), talk.icalUid).value()->overwrite);
        QVERIFY(overwrite->apply());
        // Found again with the same server copy, the choice stands; with another, it asks again.
        QVERIFY(m_storage->publishing().saveConflict(key(), conflictOn(talk)));
        QVERIFY(m_storage->publishing().findConflict(key(), talk.icalUid).value()->overwrite);
        PublishConflict editedAgain = conflictOn(talk);
        editedAgain.serverEtag = "\"server-3\"";
        QVERIFY(m_storage->publishing().saveConflict(key(), editedAgain));
        QVERIFY(!m_storage->publishing().findConflict(key(), talk.icalUid).value()->overwrite);

        // Once a publish has overwritten it, there is nothing to take back.
        auto again = PublishOperations::overwrite(*m_storage, m_collection, talk.icalUid);
        QVERIFY(again->apply());
        QVERIFY(m_storage->publishing().remember(key(), {talk.icalUid, talk.meta.id, CalDavPublisher::resourceName(talk.icalUid), "\"e4\"", 3, "x"}));
        QVERIFY(!m_storage->publishing().findConflict(key(), talk.icalUid).value());
        auto undone = again->revert();
        QVERIFY(!undone);
        QCOMPARE(undone.error().kind, Error::Kind::Conflict);
        // Another talk's event published meanwhile does not stand in the way of an undo.
        const Talk other = timedTalks().at(1);
        QVERIFY(m_storage->publishing().saveConflict(key(), conflictOn(other)));
        auto third = PublishOperations::overwrite(*m_storage, m_collection, other.icalUid);
        QVERIFY(third->apply());
        QVERIFY(m_storage->publishing().remember(key(), {talk.icalUid, talk.meta.id, CalDavPublisher::resourceName(talk.icalUid), "\"e5\"", 4, "y"}));
        QVERIFY(third->revert());
    }

    void statusNamesTheLastRunAndTheQueuedPublish()
    {
        auto none = PublishOperations::status(*m_storage, m_collection);
        QVERIFY(none);
        QVERIFY(!none.value().lastRun);
        QVERIFY(!none.value().waiting);
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QVERIFY(m_storage->publishing().recordRun(key(), {at, 3, 1, 0, 40, QString()}));
        // Another collection's run is not this one's.
        QVERIFY(m_storage->publishing().recordRun(QStringLiteral("https://other.example.org/cal/"), {at, 9, 9, 9, 9, QStringLiteral("down")}));
        QVERIFY(m_storage->publishing().recordRun(key(), {at.addSecs(60), 0, 2, 1, 41, QString()}));
        auto requested = OutboxOperations::requestPublish(*m_storage, m_collection);
        QVERIFY(requested && requested.value() > 0);
        const auto status = PublishOperations::status(*m_storage, m_collection).value();
        QCOMPARE(status.lastRun->updated, 2);
        QCOMPARE(status.lastRun->unchanged, 41);
        QCOMPARE(status.lastRun->finishedAt, at.addSecs(60));
        QVERIFY(status.lastRun->error.isEmpty());
        QCOMPARE(status.waiting->meta.id, requested.value());
    }
};

QTEST_GUILESS_MAIN(TestPublishing)
#include "tst_publishing.moc"
