// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/icalendarimport.h"
#include "operations/talkoperations.h"
#include "storage/storage.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// Calendar files as other programs write them (tests/data/ical, hand-made in their shapes):
// every imported talk's UTC date and time, and what is said about the rest.
class TestICalendarImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    int m_files = 0;

    static QByteArray fixture(const QString &name) { return TestUtil::readFile(QStringLiteral(TEST_DATA_DIR "/ical/") + name); }

    // "2030-01-15 18:00 Title" (UTC), or "2030-07-10 TBA Title", sorted.
    QStringList talks() const
    {
        QStringList lines;
        const QList<Talk> all = m_storage->talks().all().value();
        for (const Talk &talk : all) {
            lines << QStringLiteral("%1 %2 %3")
                             .arg(talk.date.toString(Qt::ISODate),
                                  talk.hasTime() ? talk.startUtc.toString(QStringLiteral("HH:mm")) : QStringLiteral("TBA"),
                                  talk.title);
        }
        lines.sort();
        return lines;
    }

    static ICalendarImport::Options range(const QString &from, const QString &to)
    {
        ICalendarImport::Options options;
        if (!from.isEmpty()) {
            options.occurrencesFrom = QDate::fromString(from, Qt::ISODate);
            options.occurrencesTo = QDate::fromString(to, Qt::ISODate);
        }
        return options;
    }

    static QString texts(const QList<ICalendarImport::Note> &notes)
    {
        QStringList lines;
        for (const ICalendarImport::Note &note : notes) {
            lines << note.text();
        }
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void init()
    {
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("import%1.sqlite").arg(++m_files)));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(m_storage->ensureSeries(QStringLiteral("Imports")));
    }

    void importsWhatOtherProgramsWrite_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("skipped"); // each a part of one skipped line, in order
        QTest::addColumn<QString>("note");

        QTest::newRow("Google: a series is reported, not guessed")
                << QStringLiteral("google-recurring.ics") << QString() << QString() << QStringList{QStringLiteral("2030-03-11 18:00 A single talk")}
                << QStringList{QStringLiteral("line 26: “Weekly office hour”: a recurring event")} << QString();
        QTest::newRow("Google: occurrences, an excluded date, a moved one")
                << QStringLiteral("google-recurring.ics") << QStringLiteral("2030-01-01") << QStringLiteral("2030-02-28")
                << QStringList{QStringLiteral("2030-01-02 18:00 Weekly office hour"),
                               QStringLiteral("2030-01-09 18:00 Weekly office hour"),
                               QStringLiteral("2030-01-24 20:00 Weekly office hour (moved to Thursday)"),
                               QStringLiteral("2030-01-30 18:00 Weekly office hour"),
                               QStringLiteral("2030-02-06 18:00 Weekly office hour"),
                               QStringLiteral("2030-03-11 18:00 A single talk")}
                << QStringList() << QString();
        QTest::newRow("Outlook: the override before its series, a Windows zone with its VTIMEZONE")
                << QStringLiteral("outlook-override-first.ics") << QStringLiteral("2030-01-01") << QStringLiteral("2030-12-31")
                << QStringList{QStringLiteral("2030-01-30 18:00 Monthly talk"),
                               QStringLiteral("2030-02-26 18:00 Monthly talk (a day early)"),
                               QStringLiteral("2030-03-27 18:00 Monthly talk")}
                << QStringList() << QString();
        QTest::newRow("an override without its series is one talk")
                << QStringLiteral("override-alone.ics") << QString() << QString()
                << QStringList{QStringLiteral("2030-04-11 17:00 The one occurrence we were sent")} << QStringList() << QString();
        QTest::newRow("Apple: byte-order mark, LF, a quoted CN with a comma, a VALARM")
                << QStringLiteral("apple-bom-lf.ics") << QString() << QString() << QStringList{QStringLiteral("2030-05-15 16:00 Café des développeurs")}
                << QStringList() << QString();
        QTest::newRow("Sunbird: Windows-1252") << QStringLiteral("windows-1252.ics") << QString() << QString()
                                               << QStringList{QStringLiteral("2030-06-12 18:00 “Résumé” of the €-budget")} << QStringList()
                                               << QStringLiteral("read as Windows-1252");
        QTest::newRow("one bad event does not block the others")
                << QStringLiteral("mixed-components.ics") << QString() << QString()
                << QStringList{QStringLiteral("2030-07-01 18:00 Ninety minutes"), QStringLiteral("2030-07-10 TBA Date known, time not yet")}
                << QStringList{QStringLiteral("line 10: “Three-day conference”: it lasts 57 hours"),
                               QStringLiteral("line 16: “Book the room”: a to-do (VTODO)"),
                               QStringLiteral("line 20: “Notes from the planning call”: a journal entry (VJOURNAL)"),
                               QStringLiteral("line 30: “No start at all”: no start")}
                << QStringLiteral("after END:VCALENDAR (line 34) was ignored");
        QTest::newRow("TZIDs quoted, escaped, Windows, display names, prefixed")
                << QStringLiteral("tzid-variants.ics") << QString() << QString()
                << QStringList{QStringLiteral("2030-01-15 18:00 Quoted IANA zone"),
                               QStringLiteral("2030-01-16 22:00 Escaped IANA zone"),
                               QStringLiteral("2030-01-18 00:00 Windows zone without VTIMEZONE"),
                               QStringLiteral("2030-01-18 08:00 Windows display name"),
                               QStringLiteral("2030-01-19 18:00 Mozilla prefixed zone"),
                               QStringLiteral("2030-01-20 06:00 Evolution prefixed zone")}
                << QStringList{QStringLiteral("line 35: “Unknown zone”: its time zone “Mars/Olympus_Mons” is neither defined")}
                << QStringLiteral("“Eastern Standard Time” was read as America/New_York");
        QTest::newRow("a VTIMEZONE after the event that uses it")
                << QStringLiteral("vtimezone-after.ics") << QString() << QString() << QStringList{QStringLiteral("2030-02-01 13:00 Zone defined below")}
                << QStringList() << QString();
        QTest::newRow("floating times in the calendar's X-WR-TIMEZONE")
                << QStringLiteral("floating-calendar-zone.ics") << QString() << QString()
                << QStringList{QStringLiteral("2030-01-15 18:00 Floating in winter"), QStringLiteral("2030-07-15 17:00 Floating in summer")} << QStringList()
                << QStringLiteral("read in the calendar's zone Europe/Paris");
        QTest::newRow("floating times without a calendar zone are UTC, and said so")
                << QStringLiteral("floating-no-zone.ics") << QString() << QString() << QStringList{QStringLiteral("2030-01-15 19:00 Floating with no zone")}
                << QStringList() << QStringLiteral("read as UTC");
    }

    void importsWhatOtherProgramsWrite()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, skipped);
        QFETCH(QString, note);
        const auto outcome = TalkOperations::importCalendarFile(*m_storage, fixture(file), file, range(from, to));
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(talks(), expected);
        QCOMPARE(outcome.value().created.size(), expected.size());
        QCOMPARE(outcome.value().skipped.size(), skipped.size());
        for (int i = 0; i < skipped.size(); ++i) {
            QVERIFY2(outcome.value().skipped.at(i).text().contains(skipped.at(i)), qPrintable(outcome.value().skipped.at(i).text()));
        }
        QVERIFY2(texts(outcome.value().notes).contains(note), qPrintable(texts(outcome.value().notes)));

        // Again: everything is known (by UID, and UID + RECURRENCE-ID), nothing is made twice.
        const auto again = TalkOperations::importCalendarFile(*m_storage, fixture(file), file, range(from, to));
        QVERIFY(again);
        QCOMPARE(again.value().created.size(), 0);
        QCOMPARE(again.value().updated.size(), 0);
        QCOMPARE(again.value().unchanged, expected.size());
        QCOMPARE(talks(), expected);
    }

    void aMovedOccurrenceUpdatesItsTalk()
    {
        const QString file = QStringLiteral("google-recurring.ics");
        QVERIFY(TalkOperations::importCalendarFile(*m_storage, fixture(file), file, range(QStringLiteral("2030-01-01"), QStringLiteral("2030-01-31"))));
        QByteArray moved = fixture(file);
        moved.replace("DTSTART;TZID=America/New_York:20300124T150000", "DTSTART;TZID=America/New_York:20300124T160000");
        moved.replace("DTEND;TZID=America/New_York:20300124T160000", "DTEND;TZID=America/New_York:20300124T170000");
        const auto outcome = TalkOperations::importCalendarFile(*m_storage, moved, file, range(QStringLiteral("2030-01-01"), QStringLiteral("2030-01-31")));
        QVERIFY(outcome);
        QCOMPARE(outcome.value().updated.size(), 1);
        QVERIFY(talks().contains(QStringLiteral("2030-01-24 21:00 Weekly office hour (moved to Thursday)")));
        const Talk talk = m_storage->talks().find(outcome.value().updated.constFirst()).value();
        QCOMPARE(talk.sequence, 1); // subscribers see the move
    }

    void strictRefusesTheWholeFile()
    {
        ICalendarImport::Options options;
        options.strict = true;
        const auto outcome =
                TalkOperations::importCalendarFile(*m_storage, fixture(QStringLiteral("mixed-components.ics")), QStringLiteral("mixed.ics"), options);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(outcome.error().message.contains(QStringLiteral("Three-day conference")), qPrintable(outcome.error().message));
        QVERIFY(talks().isEmpty());
    }

    void brokenFilesAreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("says");
        QTest::newRow("truncated") << fixture(QStringLiteral("truncated.ics")) << QStringLiteral("line 7: the file ends inside VEVENT, begun at line 4");
        QTest::newRow("no END:VCALENDAR") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") << QStringLiteral("line 2: the file ends inside VCALENDAR");
        QTest::newRow("not iCalendar") << QByteArray("<html><body>Calendar</body></html>\n")
                                       << QStringLiteral("line 1: an iCalendar file begins with BEGIN:VCALENDAR");
        QTest::newRow("mismatched END") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VTODO\r\nEND:VCALENDAR\r\n")
                                        << QStringLiteral("line 5: END:VTODO where END:VEVENT was expected (for BEGIN:VEVENT at line 3)");
    }

    void brokenFilesAreRefusedWithTheirLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, says);
        const auto outcome = TalkOperations::importCalendarFile(*m_storage, data, QStringLiteral("broken.ics"));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.startsWith(QStringLiteral("broken.ics: ")) && outcome.error().message.contains(says),
                 qPrintable(outcome.error().message));
        QVERIFY(talks().isEmpty());
    }

    // Found by fuzzing: an event whose RECURRENCE-ID KCalendarCore cannot read was reported
    // without its line.
    void everySkippedEventHasItsLine()
    {
        const QByteArray data = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:moved\r\n"
                                "RECURRENCE-ID:203001\xce\xb3T130000\r\nDTSTART:20300!24T150000\r\nSUMMARY:Moved\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const auto reading = ICalendarImport::read(data);
        QVERIFY(reading);
        QCOMPARE(reading.value().skipped.size(), 1);
        QCOMPARE(reading.value().skipped.constFirst().line, 4);
    }

    // A rule every hour over three months would be 2,160 talks: a thousand, and a note.
    void occurrencesHaveALimit()
    {
        const QByteArray data = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:hourly\r\n"
                                "DTSTART:20300101T000000Z\r\nDURATION:PT30M\r\nRRULE:FREQ=HOURLY\r\nSUMMARY:Hourly\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const auto reading = ICalendarImport::read(data, range(QStringLiteral("2030-01-01"), QStringLiteral("2030-03-31")));
        QVERIFY(reading);
        QCOMPARE(reading.value().candidates.size(), 1000);
        QCOMPARE(reading.value().candidates.constLast().startUtc, QTime(15, 0)); // the 1000th hour: 1 Jan + 41 days 15 h
        QCOMPARE(reading.value().candidates.constLast().date, QDate(2030, 2, 11));
        QVERIFY2(texts(reading.value().notes).contains(QStringLiteral("first 1000 occurrences")), qPrintable(texts(reading.value().notes)));
    }

    void readingIsPure()
    {
        // The preview reads without a database: what would be created, and why the rest not.
        const auto reading = ICalendarImport::read(fixture(QStringLiteral("mixed-components.ics")));
        QVERIFY(reading);
        QCOMPARE(reading.value().candidates.size(), 2);
        QCOMPARE(reading.value().candidates.constFirst().durationMinutes.value_or(0), 90);
        QCOMPARE(reading.value().skipped.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestICalendarImport)
#include "tst_icalendarimport.moc"
