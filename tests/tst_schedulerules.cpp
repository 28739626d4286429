// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "schedule/schedulechecker.h"
#include "schedule/schedulerules.h"
#include "storage/storage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// The rules over the real history of the series (DOMAIN.md) and over constructed edge cases.
class TestScheduleRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    const QDate m_today{2026, 11, 24};

    Talk byEpisode(int season, int episode) const
    {
        const auto talks = m_storage->talks().all().value();
        for (const Talk &t : talks) {
            if (t.season == season && t.episode == episode) {
                return t;
            }
        }
        return {};
    }

    qint64 speakerId(const QString &name) const { return m_storage->speakers().findByName(name).value().value(0).meta.id; }

    Talk newTalk(const QDate &date, const QTime &time = QTime(18, 0)) const
    {
        Talk talk;
        talk.seriesId = m_storage->series().current().value().meta.id;
        talk.title = QStringLiteral("Candidate");
        talk.date = date;
        talk.startUtc = time;
        // Checks among the real (past) history are of held talks; later ones are planned.
        talk.status = date.year() < 2026 ? TalkStatus::Held : TalkStatus::Tentative;
        return talk;
    }

    QStringList rulesFor(const Talk &talk) const
    {
        auto findings = ScheduleChecker(*m_storage).check(talk, m_today);
        QStringList rules;
        for (const Finding &finding : findings.value()) {
            rules << finding.rule + (finding.isWarning() ? QString() : QStringLiteral("(info)"));
            if (finding.message.isEmpty()) {
                rules << QStringLiteral("EMPTY MESSAGE");
            }
        }
        return rules;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("rules.sqlite")));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
    }

    // Each talk of the real history, checked where it is: only true findings.
    void historyAsItHappened_data()
    {
        QTest::addColumn<int>("season");
        QTest::addColumn<int>("episode");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        const QStringList cadence{QStringLiteral("cadence")};
        const QStringList weekday{QStringLiteral("weekday(info)")};
        for (int e = 1; e <= 11; ++e) {
            QStringList expected = none;
            if (e == 7 || e == 8) {
                expected = cadence; // September 2019 had two talks
            } else if (e == 4 || e == 5) {
                expected = weekday; // a Thursday and a Tuesday
            }
            QTest::addRow("S1E%d", e) << 1 << e << expected;
        }
        QTest::addRow("S2E1") << 2 << 1 << none;
        QTest::addRow("S2E2") << 2 << 2 << none;
        QTest::addRow("S2E3") << 2 << 3 << none;
        QTest::addRow("S2E4") << 2 << 4 << QStringList{QStringLiteral("cadence"), QStringLiteral("weekday(info)")}; // June 2020, a Friday
        QTest::addRow("S2E5") << 2 << 5 << cadence;
    }

    void historyAsItHappened()
    {
        QFETCH(int, season);
        QFETCH(int, episode);
        QFETCH(QStringList, expected);
        const Talk talk = byEpisode(season, episode);
        QVERIFY(talk.meta.id > 0);
        QCOMPARE(rulesFor(talk), expected);
    }

    void moves_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QStringList>("expected");
        const QTime six(18, 0);
        QTest::newRow("empty August, last day") << QDate(2019, 8, 28) << six << QStringList();
        QTest::newRow("September, first Wednesday") << QDate(2019, 9, 4) << QTime(19, 0) << QStringList{QStringLiteral("cadence"), QStringLiteral("cadence")};
        QTest::newRow("year end") << QDate(2019, 12, 31) << six << QStringList{QStringLiteral("cadence"), QStringLiteral("weekday(info)")};
        QTest::newRow("new year, empty January") << QDate(2020, 1, 1) << six << QStringList();
        QTest::newRow("same time as S1E7") << QDate(2019, 9, 4) << QTime(18, 30)
                                           << QStringList{QStringLiteral("cadence"), QStringLiteral("cadence"), QStringLiteral("overlap")};
        QTest::newRow("right after S1E7") << QDate(2019, 9, 4) << QTime(18, 45) << QStringList{QStringLiteral("cadence"), QStringLiteral("cadence")};
        QTest::newRow("same day as the TBA talk") << QDate(2019, 10, 23) << six << QStringList{QStringLiteral("cadence")};
        QTest::newRow("six months ahead exactly") << QDate(2027, 5, 24) << six << QStringList{QStringLiteral("weekday(info)")};
        QTest::newRow("more than six months ahead") << QDate(2027, 5, 26) << six << QStringList{QStringLiteral("too-far-ahead")};
        QTest::newRow("yesterday") << QDate(2026, 11, 23) << six << QStringList{QStringLiteral("in-the-past"), QStringLiteral("weekday(info)")};
        QTest::newRow("today") << QDate(2026, 11, 24) << six << QStringList{QStringLiteral("weekday(info)")};
    }

    void moves()
    {
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QStringList, expected);
        QCOMPARE(rulesFor(newTalk(date, time)), expected);
    }

    void aMovedTalkIsNotInItsOwnWay()
    {
        Talk talk = byEpisode(1, 8);
        talk.date = QDate(2019, 9, 18); // still September: only S1E7 is in the way
        QCOMPARE(rulesFor(talk), QStringList{QStringLiteral("cadence")});
    }

    void cancelledTalksDoNotOccupyTheMonth()
    {
        Talk cancelled = newTalk(QDate(2020, 1, 15));
        cancelled.status = TalkStatus::Cancelled;
        auto id = m_storage->talks().add(cancelled);
        QVERIFY(id);
        QCOMPARE(rulesFor(newTalk(QDate(2020, 1, 22))), QStringList());
        QVERIFY(m_storage->talks().remove(id.value()));
    }

    void speakerAlreadySpeaking()
    {
        Talk talk = newTalk(QDate(2020, 2, 26), QTime(20, 0));
        talk.speakers = {{speakerId(QStringLiteral("Sarah Rodlund")), QStringLiteral("Sarah Rodlund"), SpeakerRole::Speaker}};
        QCOMPARE(rulesFor(talk), (QStringList{QStringLiteral("cadence"), QStringLiteral("speaker-busy")}));

        // Across midnight UTC: another series' talk at 23:30 the day before overlaps 00:00.
        Series other;
        other.name = QStringLiteral("Another series");
        auto otherSeries = m_storage->series().add(other);
        QVERIFY(otherSeries);
        Talk late = newTalk(QDate(2021, 3, 9), QTime(23, 30));
        late.seriesId = otherSeries.value();
        late.durationMinutes = 60;
        late.speakers = talk.speakers;
        auto lateId = m_storage->talks().add(late);
        QVERIFY(lateId);
        Talk early = newTalk(QDate(2021, 3, 10), QTime(0, 0));
        early.speakers = talk.speakers;
        QCOMPARE(rulesFor(early), (QStringList{QStringLiteral("overlap"), QStringLiteral("speaker-busy")}));
        QVERIFY(m_storage->talks().remove(lateId.value()));
    }

    void nightInTheSpeakersTimeZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("utc");
        QTest::addColumn<bool>("night");
        // Los Angeles changed to daylight time on 8 March 2020: the same UTC time is an hour later.
        QTest::newRow("LA before DST, 06:30 PST") << QStringLiteral("America/Los_Angeles") << QDate(2020, 3, 4) << QTime(14, 30) << true;
        QTest::newRow("LA after DST, 07:30 PDT") << QStringLiteral("America/Los_Angeles") << QDate(2020, 3, 11) << QTime(14, 30) << false;
        QTest::newRow("Berlin summer, 23:30") << QStringLiteral("Europe/Berlin") << QDate(2020, 7, 8) << QTime(21, 30) << true;
        QTest::newRow("Berlin winter, 22:30") << QStringLiteral("Europe/Berlin") << QDate(2020, 1, 8) << QTime(21, 30) << true;
        QTest::newRow("Berlin winter, 21:59") << QStringLiteral("Europe/Berlin") << QDate(2020, 1, 8) << QTime(20, 59) << false;
        QTest::newRow("Kolkata, 23:30") << QStringLiteral("Asia/Kolkata") << QDate(2020, 1, 8) << QTime(18, 0) << true;
        QTest::newRow("Kolkata, 20:30") << QStringLiteral("Asia/Kolkata") << QDate(2020, 1, 8) << QTime(15, 0) << false;
    }

    void nightInTheSpeakersTimeZone()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, utc);
        QFETCH(bool, night);
        Speaker speaker;
        speaker.name = QStringLiteral("Far Away %1").arg(QString::fromLatin1(QTest::currentDataTag()));
        speaker.timeZone = zone;
        auto id = m_storage->speakers().add(speaker);
        QVERIFY(id);
        Talk talk = newTalk(date, utc);
        talk.speakers = {{id.value(), speaker.name, SpeakerRole::Speaker}};
        auto findings = ScheduleChecker(*m_storage).check(talk, m_today).value();
        const auto it = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.rule == QLatin1String("night"); });
        QCOMPARE(it != findings.cend(), night);
        if (night) {
            QVERIFY2(it->message.contains(speaker.name) && it->message.contains(zone), qPrintable(it->message));
        }
    }

    void aTimeToBeAnnouncedNeverClashes()
    {
        Talk tba = newTalk(QDate(2019, 9, 4), QTime());
        Speaker speaker;
        speaker.name = QStringLiteral("Night Owl");
        speaker.timeZone = QStringLiteral("Pacific/Auckland");
        auto id = m_storage->speakers().add(speaker);
        tba.speakers = {{id.value(), speaker.name, SpeakerRole::Speaker}};
        QCOMPARE(rulesFor(tba), (QStringList{QStringLiteral("cadence"), QStringLiteral("cadence")}));
    }
};

QTEST_GUILESS_MAIN(TestScheduleRules)
#include "tst_schedulerules.moc"
