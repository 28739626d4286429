// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "export/icalendarexport.h"
#include "import/icalendarimport.h"
#include "operations/talkoperations.h"
#include "storage/storage.h"
#include "testutil.h"

#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Lectern;

// iCalendar out and in, read back with KCalendarCore.
class TestICalendar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;

    KCalendarCore::MemoryCalendar::Ptr readBack(const QByteArray &data)
    {
        KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
        KCalendarCore::ICalFormat format;
        if (!format.fromRawString(calendar, data)) {
            return {};
        }
        return calendar;
    }

    Talk byTitle(const QString &title) const
    {
        for (const Talk &talk : m_storage->talks().all().value()) {
            if (talk.title == title) {
                return talk;
            }
        }
        return {};
    }

    static QByteArray readFile(const QString &name) { return TestUtil::readFile(QStringLiteral(TEST_DATA_DIR "/") + name); }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("ical%1.sqlite").arg(++n)));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
        Series series = m_storage->series().current().value();
        series.organizerName = QStringLiteral("Tech Talks");
        series.organizerEmail = QStringLiteral("techtalks@example.org");
        series.streamUrl = QStringLiteral("https://example.org/live");
        QVERIFY(m_storage->series().update(series));
    }

    void cleanup() { m_storage.reset(); }

    void everyEventAsStored()
    {
        Talk cancelled = byTitle(QStringLiteral("Modern Event Platform"));
        cancelled.status = TalkStatus::Cancelled;
        cancelled.updateSequence(byTitle(QStringLiteral("Modern Event Platform")));
        cancelled.streamUrl = QStringLiteral("https://example.org/live/modern");
        QVERIFY(m_storage->talks().update(cancelled));

        const auto result = ICalendarExport::write(m_storage->series().current().value(), m_storage->talks().all().value());
        QCOMPARE(result.events, 15);
        QCOMPARE(result.notes.size(), 1);
        QVERIFY(result.notes.first().message.contains(QStringLiteral("ResourceLoader tips and tricks")));
        QVERIFY(result.data.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(result.data.contains("PRODID:-//Lectern//Lectern "));
        QVERIFY(result.data.contains("\r\n")); // CRLF, as RFC 5545 says

        auto calendar = readBack(result.data);
        QVERIFY(calendar);
        QCOMPARE(calendar->rawEvents().size(), 15);
        const Talk first = byTitle(QStringLiteral("The long and winding road to making Parsoid the default MediaWiki parser"));
        const KCalendarCore::Event::Ptr event = calendar->event(first.icalUid);
        QVERIFY(event);
        QCOMPARE(event->summary(), first.title);
        QCOMPARE(event->dtStart().toUTC(), QDateTime(QDate(2019, 2, 27), QTime(19, 0), QTimeZone::utc()));
        QCOMPARE(event->dtEnd().toUTC(), QDateTime(QDate(2019, 2, 27), QTime(19, 45), QTimeZone::utc()));
        QCOMPARE(event->status(), KCalendarCore::Incidence::StatusConfirmed);
        QCOMPARE(event->categories(), (QStringList{QStringLiteral("Parsoid"), QStringLiteral("Wikitext parsing")}));
        QCOMPARE(event->organizer().email(), QStringLiteral("techtalks@example.org"));
        QVERIFY(event->description().contains(QStringLiteral("Speakers: Subbu Sastry")));
        QVERIFY(event->description().contains(QStringLiteral("#wikimedia-office")));

        const KCalendarCore::Event::Ptr gone = calendar->event(cancelled.icalUid);
        QVERIFY(gone);
        QCOMPARE(gone->status(), KCalendarCore::Incidence::StatusCanceled);
        QCOMPARE(gone->revision(), 1);
        QCOMPARE(gone->location(), QStringLiteral("https://example.org/live/modern"));
        QCOMPARE(gone->url(), QUrl(QStringLiteral("https://example.org/live/modern")));
    }

    void trickyTextRoundTrips_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("commas and semicolons") << QStringLiteral("Parsing, tokenising; and \\ escaping");
        QTest::newRow("newlines") << QStringLiteral("Line one\nline two");
        QTest::newRow("emoji") << QStringLiteral("Ship it 🚀 with 👩🏽‍💻");
        QTest::newRow("right to left") << QStringLiteral("ויקיפדיה – العربية (RTL)");
        QTest::newRow("long") << QString(300, QLatin1Char('x')) + QStringLiteral("ü");
    }

    void trickyTextRoundTrips()
    {
        QFETCH(QString, title);
        Talk talk;
        talk.seriesId = m_storage->series().current().value().meta.id;
        talk.title = title;
        talk.abstract = title + QStringLiteral("\n\n") + title;
        talk.date = QDate(2021, 1, 13);
        talk.startUtc = QTime(18, 0);
        auto id = m_storage->talks().add(talk);
        QVERIFY(id);
        const Talk stored = m_storage->talks().find(id.value()).value();
        const auto result = ICalendarExport::write(m_storage->series().current().value(), {stored});
        auto calendar = readBack(result.data);
        QVERIFY(calendar);
        QCOMPARE(calendar->event(stored.icalUid)->summary(), title);
        QVERIFY(calendar->event(stored.icalUid)->description().startsWith(talk.abstract));
    }

    void theSameDataGivesTheSameFile()
    {
        const auto talks = m_storage->talks().all().value();
        const Series series = m_storage->series().current().value();
        const auto strip = [](QByteArray data) {
            QList<QByteArray> lines = data.split('\n');
            lines.erase(std::remove_if(lines.begin(), lines.end(), [](const QByteArray &line) { return line.startsWith("DTSTAMP"); }), lines.end());
            return lines;
        };
        QList<Talk> reversed(talks.crbegin(), talks.crend());
        QCOMPARE(strip(ICalendarExport::write(series, talks).data), strip(ICalendarExport::write(series, reversed).data));
    }

    void importFromAnotherProgram()
    {
        const int before = int(m_storage->talks().all().value().size());
        auto outcome = TalkOperations::importCalendarFile(*m_storage, readFile(QStringLiteral("other-calendar.ics")), QStringLiteral("other-calendar.ics"));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome.value().created.size(), 3);
        QCOMPARE(outcome.value().updated.size(), 0);
        QCOMPARE(outcome.value().skipped.size(), 1);
        QVERIFY(outcome.value().skipped.first().text().contains(QStringLiteral("Weekly office hour")));
        QVERIFY(outcome.value().skipped.first().text().contains(QStringLiteral("recurring")));
        QCOMPARE(m_storage->talks().all().value().size(), before + 3);

        const Talk utc = byTitle(QStringLiteral("Wikidata Query Service, explained"));
        QCOMPARE(utc.date, QDate(2020, 7, 22));
        QCOMPARE(utc.startUtc, QTime(17, 0));
        QCOMPARE(utc.durationMinutes, 60);
        QCOMPARE(utc.status, TalkStatus::Confirmed);
        QCOMPARE(utc.icalUid, QStringLiteral("utc-event@example.org"));
        QCOMPARE(utc.topics, (QStringList{QStringLiteral("Wikidata"), QStringLiteral("Query")}));
        QCOMPARE(utc.streamUrl, QStringLiteral("https://example.org/stream/wdqs"));
        QVERIFY(utc.abstract.contains(QStringLiteral("folded across lines by the writing program, as RFC 5545 allows; it continues here.")));

        const Talk berlin = byTitle(QStringLiteral("Summer talk in Berlin time"));
        QCOMPARE(berlin.startUtc, QTime(17, 0)); // 19:00 CEST
        QCOMPARE(berlin.durationMinutes, 45);

        const Talk allDay = byTitle(QStringLiteral("Talk with the time still open"));
        QCOMPARE(allDay.date, QDate(2020, 9, 16));
        QVERIFY(!allDay.hasTime());
        QCOMPARE(allDay.status, TalkStatus::Tentative);

        // Importing again updates, creates nothing.
        auto again = TalkOperations::importCalendarFile(*m_storage, readFile(QStringLiteral("other-calendar.ics")), QStringLiteral("other-calendar.ics"));
        QVERIFY(again);
        QCOMPARE(again.value().created.size(), 0);
        QCOMPARE(again.value().updated.size(), 0);
        QCOMPARE(again.value().unchanged, 3); // nothing changed in the file: nothing is written
        QCOMPARE(m_storage->talks().all().value().size(), before + 3);
    }

    void aKnownUidUpdatesItsTalk()
    {
        const Talk modern = byTitle(QStringLiteral("Modern Event Platform"));
        Talk moved = modern;
        moved.date = QDate(2020, 7, 1);
        moved.title = QStringLiteral("Modern Event Platform (rescheduled)");
        const auto file = ICalendarExport::write(m_storage->series().current().value(), {moved});
        auto outcome = TalkOperations::importCalendarFile(*m_storage, file.data, QStringLiteral("moved.ics"));
        QVERIFY(outcome);
        QCOMPARE(outcome.value().updated, QList<qint64>{modern.meta.id});
        const Talk after = m_storage->talks().find(modern.meta.id).value();
        QCOMPARE(after.date, QDate(2020, 7, 1));
        QCOMPARE(after.title, QStringLiteral("Modern Event Platform (rescheduled)"));
        QCOMPARE(after.sequence, modern.sequence + 1);
        QCOMPARE(after.abstract, modern.abstract); // the talk's own text stays
        QCOMPARE(after.speakers, modern.speakers);
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
        QTest::newRow("not icalendar") << QByteArray("Subject: hello\r\n\r\nnot a calendar\r\n") << QStringLiteral("not an iCalendar file");
        QTest::newRow("truncated") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2020")
                                   << QStringLiteral("line 5: the file ends inside VEVENT, begun at line 3");
        QTest::newRow("no events") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n") << QStringLiteral("no events");
    }

    void badFilesChangeNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const int talks = int(m_storage->talks().all().value().size());
        auto outcome = TalkOperations::importCalendarFile(*m_storage, data, QStringLiteral("bad.ics"));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(message) && outcome.error().message.contains(QStringLiteral("bad.ics")), qPrintable(outcome.error().message));
        QCOMPARE(m_storage->talks().all().value().size(), talks);
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
