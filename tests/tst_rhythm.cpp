// SPDX-License-Identifier: GPL-2.0-or-later
// The series' rhythm (RRULE through KCalendarCore), its open slots, public holidays, and the
// rules that use them.
#include "demo/sampleseries.h"
#include "schedule/holidays.h"
#include "schedule/rhythm.h"
#include "schedule/schedulechecker.h"
#include "schedule/schedulerules.h"
#include "schedule/slots.h"
#include "storage/storage.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Lectern;

namespace {
Rhythm rhythm(const QString &rule, const QDate &start = QDate(2019, 1, 1))
{
    auto parsed = Rhythm::parse(rule, start);
    if (!parsed) {
        qWarning() << parsed.error().message;
        return {};
    }
    return parsed.value();
}

Talk talkOn(const Series &series, const QDate &date, const QString &title = QStringLiteral("A talk"))
{
    Talk talk;
    talk.meta.id = qint64(date.toJulianDay());
    talk.seriesId = series.meta.id;
    talk.title = title;
    talk.date = date;
    talk.startUtc = QTime(18, 0);
    return talk;
}
} // namespace

class TestRhythm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void theRealHistoryOnTheLastWednesday()
    {
        // Most talks of the sample series fell on the last Wednesday of the month; these did not.
        LECTERN_FRESH_DATABASE(location, m_dir, QStringLiteral("history"));
        auto storage = Storage::open(location);
        QVERIFY(storage);
        QVERIFY(SampleSeries::load(*storage.value()));
        const Rhythm last = rhythm(QStringLiteral("FREQ=MONTHLY;BYDAY=-1WE"));
        QStringList off;
        for (const Talk &talk : storage.value()->talks().all().value()) {
            if (!last.fallsOn(talk.date)) {
                off << talk.date.toString(Qt::ISODate);
            }
        }
        QCOMPARE(off,
                 QStringList({QStringLiteral("2019-05-23"), // a Thursday
                              QStringLiteral("2019-06-25"), // a Tuesday
                              QStringLiteral("2019-07-10"),
                              QStringLiteral("2019-09-04"),
                              QStringLiteral("2019-10-23"), // the 4th Wednesday; the last was the 30th
                              QStringLiteral("2019-11-20"),
                              QStringLiteral("2019-12-11"),
                              QStringLiteral("2020-06-05")})); // a Friday
        // On the 4th Wednesday instead, October 2019 is on and April 2020 (five Wednesdays) off
        const Rhythm fourth = rhythm(QStringLiteral("FREQ=MONTHLY;BYDAY=4WE"));
        QVERIFY(fourth.fallsOn(QDate(2019, 10, 23)));
        QVERIFY(!fourth.fallsOn(QDate(2020, 4, 29)));
        QVERIFY(fourth.fallsOn(QDate(2020, 4, 22)));
    }

    void monthEndsAndLeapYears()
    {
        const Rhythm last = rhythm(QStringLiteral("FREQ=MONTHLY;BYDAY=WE;BYSETPOS=-1"));
        QCOMPARE(last.dates(QDate(2024, 2, 1), QDate(2024, 3, 31)), QList<QDate>({QDate(2024, 2, 28), QDate(2024, 3, 27)}));
        // 29 February 2028 is a Tuesday: the last Tuesday of that February
        QCOMPARE(rhythm(QStringLiteral("FREQ=MONTHLY;BYDAY=-1TU")).dates(QDate(2028, 2, 1), QDate(2028, 2, 29)), QList<QDate>({QDate(2028, 2, 29)}));
        // the 5th Wednesday only exists in some months
        QCOMPARE(rhythm(QStringLiteral("FREQ=MONTHLY;BYDAY=5WE")).dates(QDate(2026, 1, 1), QDate(2026, 6, 30)), QList<QDate>({QDate(2026, 4, 29)}));
        QCOMPARE(rhythm(QStringLiteral("FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2")).dates(QDate(2026, 12, 1), QDate(2027, 1, 31)),
                 QList<QDate>({QDate(2026, 12, 9), QDate(2027, 1, 13)}));
    }

    void weeklyAndEveryOtherWeek()
    {
        QCOMPARE(rhythm(QStringLiteral("FREQ=WEEKLY;BYDAY=TH"), QDate(2026, 12, 3)).dates(QDate(2026, 12, 1), QDate(2026, 12, 31)).size(), 5);
        const Rhythm fortnightly = rhythm(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"), QDate(2026, 12, 3));
        QCOMPARE(fortnightly.dates(QDate(2026, 12, 1), QDate(2027, 1, 20)),
                 QList<QDate>({QDate(2026, 12, 3), QDate(2026, 12, 17), QDate(2026, 12, 31), QDate(2027, 1, 14)}));
        QVERIFY(!fortnightly.fallsOn(QDate(2026, 12, 10)));
        QVERIFY(!fortnightly.isMonthly());
    }

    void patternsInWords()
    {
        QCOMPARE(rhythm(QStringLiteral("FREQ=MONTHLY;BYDAY=-1WE")).describe(), QStringLiteral("the last Wednesday of each month"));
        QCOMPARE(rhythm(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU")).describe(), QStringLiteral("the second Tuesday of each month"));
        QCOMPARE(rhythm(QStringLiteral("FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2")).describe(), QStringLiteral("the second Wednesday of each month"));
        QCOMPARE(rhythm(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH")).describe(), QStringLiteral("every other Thursday"));
        QCOMPARE(rhythm(QStringLiteral("FREQ=WEEKLY;BYDAY=MO")).describe(), QStringLiteral("every Monday"));
        const auto presets = Rhythm::presets(3);
        QVERIFY(presets.size() >= 6);
        QCOMPARE(presets.constFirst().words, QStringLiteral("the last Wednesday of each month"));
    }

    void unreadablePatternsAreRefusedWithTheirText_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("not a frequency") << QStringLiteral("FREQ=SOMETIMES");
        QTest::newRow("words") << QStringLiteral("last wednesday");
        QTest::newRow("yearly") << QStringLiteral("FREQ=YEARLY;BYMONTH=6");
        QTest::newRow("daily") << QStringLiteral("FREQ=DAILY");
    }

    void unreadablePatternsAreRefusedWithTheirText()
    {
        QFETCH(QString, rule);
        auto parsed = Rhythm::parse(rule, QDate(2026, 1, 1));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(parsed.error().message.contains(rule), qPrintable(parsed.error().message));
    }

    void slotsAreFilledByTheNearestTalk()
    {
        Series series;
        series.meta.id = 1;
        series.defaultStartUtc = QTime(18, 0);
        const Rhythm last = rhythm(QStringLiteral("FREQ=MONTHLY;BYDAY=-1WE"));
        Talk cancelled = talkOn(series, QDate(2027, 2, 24), QStringLiteral("Cancelled"));
        cancelled.status = TalkStatus::Cancelled;
        const QList<Talk> talks{talkOn(series, QDate(2027, 1, 20), QStringLiteral("Fourth Wednesday")), // fills January's slot (27th)
                                talkOn(series, QDate(2027, 3, 31), QStringLiteral("On the slot")),
                                cancelled};
        const QList<Slot> slots = Slots::compute(last, series, talks, {}, QDate(2026, 12, 1), Slots::horizonEnd(QDate(2026, 12, 1), 6));
        QCOMPARE(slots.size(), 6);
        QStringList open;
        for (const Slot &slot : slots) {
            QCOMPARE(slot.startUtc, QTime(18, 0));
            if (slot.isOpen()) {
                open << slot.date.toString(Qt::ISODate);
            }
        }
        QCOMPARE(open, QStringList({QStringLiteral("2026-12-30"), QStringLiteral("2027-02-24"), QStringLiteral("2027-04-28"), QStringLiteral("2027-05-26")}));
        QCOMPARE(slots.at(1).talks.constFirst().title, QStringLiteral("Fourth Wednesday"));
    }

    void aSlotKeepsItsUtcTimeAcrossDaylightSavingTime()
    {
        // Europe moves its clocks on 28 March 2027: the slot stays 18:00 UTC, 19:00 then 20:00 in Berlin
        Series series;
        series.meta.id = 1;
        series.defaultStartUtc = QTime(18, 0);
        const QList<Slot> slots =
                Slots::compute(rhythm(QStringLiteral("FREQ=WEEKLY;BYDAY=WE"), QDate(2027, 3, 3)), series, {}, {}, QDate(2027, 3, 20), QDate(2027, 4, 5));
        QCOMPARE(slots.size(), 2);
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(QDateTime(slots.at(0).date, slots.at(0).startUtc, Qt::UTC).toTimeZone(berlin).time(), QTime(19, 0));
        QCOMPARE(QDateTime(slots.at(1).date, slots.at(1).startUtc, Qt::UTC).toTimeZone(berlin).time(), QTime(20, 0));
    }

    void publicHolidaysOfTheRegions()
    {
        auto de = Holidays::normalizeRegion(QStringLiteral("DE"));
        QVERIFY(de);
        QCOMPARE(de.value(), QStringLiteral("de_de"));
        auto us = Holidays::normalizeRegion(QStringLiteral("us"));
        QVERIFY(us);
        const QList<PublicHoliday> christmas = Holidays::between({de.value(), us.value()}, QDate(2026, 12, 25), QDate(2026, 12, 25));
        QCOMPARE(christmas.size(), 2);
        QCOMPARE(christmas.at(0).regionName, QStringLiteral("Germany"));
        QCOMPARE(christmas.at(1).name, QStringLiteral("Christmas Day"));
        QVERIFY(Holidays::between({de.value()}, QDate(2026, 12, 22), QDate(2026, 12, 23)).isEmpty());
        auto unknown = Holidays::normalizeRegion(QStringLiteral("dx_zz"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("dx_zz")) && unknown.error().message.contains(QStringLiteral("de-by_de")),
                 qPrintable(unknown.error().message));
    }

    void theRulesUseTheRhythmAndTheHolidays()
    {
        LECTERN_FRESH_DATABASE(location, m_dir, QStringLiteral("rules"));
        auto storage = Storage::open(location);
        QVERIFY(storage);
        QVERIFY(SampleSeries::load(*storage.value()));
        Series series = storage.value()->series().current().value();
        series.recurrenceRule = QStringLiteral("FREQ=MONTHLY;BYDAY=-1WE");
        series.recurrenceStart = QDate(2019, 1, 1);
        series.holidayRegions = QStringList{QStringLiteral("de_de"), QStringLiteral("us_en-us")};
        QVERIFY(storage.value()->series().update(series));
        ScheduleChecker checker(*storage.value());
        const QDate today(2026, 12, 1);

        const auto rulesOf = [](const QList<Finding> &findings) {
            QStringList rules;
            for (const Finding &finding : findings) {
                rules << finding.rule;
            }
            return rules;
        };
        // A talk on the 23rd, a Wednesday but not the last one: information, naming the pattern
        auto offPattern = checker.check(talkOn(series, QDate(2026, 12, 23)), today);
        QVERIFY(offPattern);
        QVERIFY(rulesOf(offPattern.value()).contains(QStringLiteral("weekday")));
        for (const Finding &finding : offPattern.value()) {
            if (finding.rule == QLatin1String("weekday")) {
                QVERIFY(!finding.isWarning());
                QVERIFY2(finding.message.contains(QStringLiteral("the last Wednesday of each month")), qPrintable(finding.message));
            }
        }
        // On the pattern: nothing about the weekday
        auto onPattern = checker.check(talkOn(series, QDate(2026, 12, 30)), today);
        QVERIFY(onPattern);
        QVERIFY(!rulesOf(onPattern.value()).contains(QStringLiteral("weekday")));
        // 25 December: a warning per region, naming the holiday and the region
        auto christmas = checker.check(talkOn(series, QDate(2026, 12, 25)), today);
        QVERIFY(christmas);
        QStringList holidays;
        for (const Finding &finding : christmas.value()) {
            if (finding.rule == QLatin1String("holiday")) {
                QVERIFY(finding.isWarning());
                holidays << finding.message;
            }
        }
        QCOMPARE(holidays.size(), 2);
        QVERIFY2(holidays.join(QLatin1Char(' ')).contains(QStringLiteral("Germany")) &&
                         holidays.join(QLatin1Char(' ')).contains(QStringLiteral("Christmas Day")),
                 qPrintable(holidays.join(QLatin1Char('\n'))));
    }

    void aWeeklySeriesCountsItsCadenceByTheWeek()
    {
        Series series;
        series.meta.id = 1;
        series.recurrenceRule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        series.recurrenceStart = QDate(2026, 12, 3);
        ScheduleRules::Context context;
        context.series = series;
        context.today = QDate(2026, 12, 1);
        context.nearbyTalks = {talkOn(series, QDate(2026, 12, 10), QStringLiteral("This week's"))};
        // another talk the same week: a warning; the next week: none (a month-based rule would warn)
        QCOMPARE(ScheduleRules::cadence(talkOn(series, QDate(2026, 12, 11)), context).size(), 1);
        QCOMPARE(ScheduleRules::cadence(talkOn(series, QDate(2026, 12, 17)), context).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRhythm)
#include "tst_rhythm.moc"
