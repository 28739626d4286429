// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "export/exportbuilder.h"
#include "operations/exportoperations.h"
#include "schedule/nextup.h"
#include "storage/storage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// What needs doing next, on the sample series seen from a day in its history and with talks
// moved into the weeks ahead.
class TestNextUp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    int m_files = 0;

    Talk talkTitled(const QString &title) const
    {
        for (const Talk &talk : m_storage->talks().all().value()) {
            if (talk.title == title) {
                return talk;
            }
        }
        return {};
    }

    // "2020-07-01 no-start-time Title" lines.
    QStringList items(const QDate &today) const
    {
        QStringList lines;
        const auto list = NextUp::load(*m_storage, today);
        for (const NextUp::Item &item : list.value()) {
            lines << QStringLiteral("%1 %2 %3").arg(item.date.toString(Qt::ISODate), NextUp::toKey(item.kind), item.title);
        }
        return lines;
    }

private Q_SLOTS:
    void init()
    {
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("nextup%1.sqlite").arg(++m_files)));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
    }

    // Seen from 30 June 2020: the talks of June were held, and nothing links their slides
    // or recordings (the sample has none); June 24th's was less than a week ago.
    void recentTalksWithoutSlidesOrRecording()
    {
        const QStringList list = items(QDate(2020, 6, 30));
        QCOMPARE(list,
                 (QStringList{QStringLiteral("2020-06-05 no-slides API portal and gateway project"),
                              QStringLiteral("2020-06-05 no-recording API portal and gateway project")}));
        // A week after it, June 24th's talk is asked for too.
        QCOMPARE(items(QDate(2020, 7, 1)).filter(QStringLiteral("Modern Event Platform")).size(), 2);
    }

    // One talk moved into next month, one left without a time and tentative, one without a
    // speaker: what is missing for each, in date order; the cancelled one asks for nothing.
    void upcomingTalksWithGaps()
    {
        const QDate today(2026, 12, 1);
        Talk modern = talkTitled(QStringLiteral("Modern Event Platform"));
        modern.date = QDate(2027, 1, 6); // next month, within the six weeks
        modern.status = TalkStatus::Tentative;
        QVERIFY(m_storage->talks().update(modern));
        Talk tba = talkTitled(QStringLiteral("ResourceLoader tips and tricks")); // time TBA in the history
        tba.date = QDate(2026, 12, 16);
        tba.status = TalkStatus::Confirmed;
        tba.speakers.clear();
        QVERIFY(m_storage->talks().update(tba));
        Talk cancelled = talkTitled(QStringLiteral("API portal and gateway project"));
        cancelled.date = QDate(2026, 12, 9);
        cancelled.startUtc = QTime();
        cancelled.status = TalkStatus::Cancelled;
        QVERIFY(m_storage->talks().update(cancelled));
        Talk far = talkTitled(QStringLiteral("Structured data on Commons"));
        far.date = QDate(2027, 3, 10); // past the six weeks
        far.startUtc = QTime();
        QVERIFY(m_storage->talks().update(far));

        // The sample series has no stream link (the listing gives none), so each talk lacks one.
        const QStringList expected{QStringLiteral("2026-12-16 no-start-time ResourceLoader tips and tricks"),
                                   QStringLiteral("2026-12-16 no-speaker ResourceLoader tips and tricks"),
                                   QStringLiteral("2026-12-16 no-stream-link ResourceLoader tips and tricks"),
                                   QStringLiteral("2027-01-06 not-confirmed Modern Event Platform"),
                                   QStringLiteral("2027-01-06 no-stream-link Modern Event Platform")};
        QCOMPARE(items(today), expected);
        // With the series' stream link set, that gap closes for every talk.
        Series series = m_storage->series().current().value();
        series.streamUrl = QStringLiteral("https://www.youtube.com/@techtalks/live");
        QVERIFY(m_storage->series().update(series));
        QCOMPARE(items(today).filter(QStringLiteral("no-stream-link")).size(), 0);
    }

    // A talk in the next two weeks asks for its announcement until one goes out.
    void anAnnouncementIsDueTwoWeeksBefore()
    {
        const QDate today(2026, 12, 1);
        Talk soon = talkTitled(QStringLiteral("Modern Event Platform"));
        soon.date = QDate(2026, 12, 9);
        soon.status = TalkStatus::Confirmed;
        QVERIFY(m_storage->talks().update(soon));
        Talk later = talkTitled(QStringLiteral("API portal and gateway project"));
        later.date = QDate(2026, 12, 30); // four weeks ahead: not yet
        later.status = TalkStatus::Confirmed;
        QVERIFY(m_storage->talks().update(later));
        QCOMPARE(items(today).filter(QStringLiteral("not-announced")), QStringList{QStringLiteral("2026-12-09 not-announced Modern Event Platform")});

        ExportBuilder::Selection selection;
        selection.kind = ExportBuilder::Selection::Kind::Talks;
        selection.talkIds = {soon.meta.id};
        auto built = ExportBuilder::build(*m_storage, selection, ExportBuilder::Format::Announcement, {});
        QVERIFY(built);
        QVERIFY(ExportOperations::recordAnnouncement(*m_storage, built.value(), QStringLiteral("announcement"), Announcement::Channel::File));
        QVERIFY(items(today).filter(QStringLiteral("not-announced")).isEmpty());
        const auto log = m_storage->announcements().forTalk(soon.meta.id);
        QVERIFY(log);
        QCOMPARE(log.value().size(), 1);
        QCOMPARE(log.value().constFirst().templateName, QStringLiteral("announcement"));
        // two weeks before the later talk, it asks in its turn
        QCOMPARE(items(QDate(2026, 12, 16)).filter(QStringLiteral("not-announced")),
                 QStringList{QStringLiteral("2026-12-30 not-announced API portal and gateway project")});
    }

    void proposalsWaitingForAFirstReview()
    {
        Proposal old;
        old.seriesId = m_storage->series().current().value().meta.id;
        old.title = QStringLiteral("An idea from November");
        old.received = QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC);
        QVERIFY(m_storage->proposals().add(old));
        Proposal fresh = old;
        fresh.title = QStringLiteral("An idea from last week");
        fresh.received = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        QVERIFY(m_storage->proposals().add(fresh));
        const auto list = NextUp::load(*m_storage, QDate(2026, 12, 1));
        QVERIFY(list);
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value().constFirst().kind, NextUp::Kind::AwaitingReview);
        QCOMPARE(list.value().constFirst().title, QStringLiteral("An idea from November"));
        QVERIFY(list.value().constFirst().message.contains(QStringLiteral("21 day")));
        QVERIFY(list.value().constFirst().proposalId > 0);
    }
};

QTEST_GUILESS_MAIN(TestNextUp)
#include "tst_nextup.moc"
