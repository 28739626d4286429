// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "storage/storage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// The real history of the series (DOMAIN.md), as the demo data must load it.
class TestSampleSeries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;

    Talk talk(int season, int episode) const
    {
        const auto talks = m_storage->talks().all().value();
        for (const Talk &t : talks) {
            if (t.season == season && t.episode == episode) {
                return t;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        auto loaded = SampleSeries::load(*m_storage);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    }

    void sixteenTalks() { QCOMPARE(m_storage->talks().all().value().size(), 16); }

    void dateTimeAndTitle_data()
    {
        QTest::addColumn<int>("season");
        QTest::addColumn<int>("episode");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("title");
        const auto row = [](int s, int e, int y, int m, int d, QTime t, const char *title) {
            QTest::addRow("S%dE%d", s, e) << s << e << QDate(y, m, d) << t << QString::fromUtf8(title);
        };
        row(1, 1, 2019, 2, 27, QTime(19, 0), "The long and winding road to making Parsoid the default MediaWiki parser");
        row(1, 2, 2019, 3, 27, QTime(18, 0), "Ouch, I have an OOUI: using OOUI without pain");
        row(1, 3, 2019, 4, 24, QTime(18, 0), "Sharing global opportunities for new developers in the Wikipedia community");
        row(1, 4, 2019, 5, 23, QTime(15, 0), "Wikimedia and W3C");
        row(1, 5, 2019, 6, 25, QTime(18, 0), "Just what is Analytics doing back there?");
        row(1, 6, 2019, 7, 10, QTime(16, 0), "A Deployment Pipeline Overview");
        row(1, 7, 2019, 9, 4, QTime(18, 0), "Documenting Wikimedia technical projects");
        row(1, 8, 2019, 9, 25, QTime(18, 0), "How to compare text across multiple languages");
        row(1, 9, 2019, 10, 23, QTime(), "ResourceLoader tips and tricks");
        row(1, 10, 2019, 11, 20, QTime(19, 0), "Wikidata, behind the curtain");
        row(1, 11, 2019, 12, 11, QTime(18, 0), "Structured data on Commons");
        row(2, 1, 2020, 2, 26, QTime(18, 0), "Data and Decision Science at Wikimedia");
        row(2, 2, 2020, 3, 25, QTime(18, 0), "Understanding Wikimedia Maps and its challenges");
        row(2, 3, 2020, 4, 29, QTime(17, 0), "The basics of cryptography using OpenPGP and GnuPG");
        row(2, 4, 2020, 6, 5, QTime(17, 0), "API portal and gateway project");
        row(2, 5, 2020, 6, 24, QTime(17, 0), "Modern Event Platform");
    }

    void dateTimeAndTitle()
    {
        QFETCH(int, season);
        QFETCH(int, episode);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QString, title);
        const Talk t = talk(season, episode);
        QCOMPARE(t.title, title);
        QCOMPARE(t.date, date);
        QCOMPARE(t.startUtc, time);
        QCOMPARE(t.hasTime(), time.isValid());
        QCOMPARE(t.durationMinutes, 45);
        QCOMPARE(t.status, TalkStatus::Held);
        QVERIFY(!t.speakers.isEmpty());
        QVERIFY(!t.topics.isEmpty());
    }

    void speakersAreSharedRecords()
    {
        // Evan Prodromou spoke twice: one record, two talks.
        auto evan = m_storage->speakers().findByName(QStringLiteral("Evan Prodromou")).value();
        QCOMPARE(evan.size(), 1);
        QCOMPARE(evan.first().talkIds.size(), 2);

        // Sarah Rodlund as speaker (S1E7) and as host (S2E1): one record, two roles.
        auto sarah = m_storage->speakers().findByName(QStringLiteral("Sarah Rodlund")).value();
        QCOMPARE(sarah.size(), 1);
        const Talk interview = talk(2, 1);
        QCOMPARE(interview.speakers.size(), 2);
        QCOMPARE(interview.speakers.at(0).name, QStringLiteral("Kate Zimmerman"));
        QCOMPARE(interview.speakers.at(1).speakerId, sarah.first().meta.id);
        QCOMPARE(interview.speakers.at(1).role, SpeakerRole::Host);
        QCOMPARE(talk(1, 7).speakers.first().speakerId, sarah.first().meta.id);
        QCOMPARE(talk(1, 4).speakers.size(), 2);
    }

    void bothSpellingsOfOneNameAreSeparateRecords()
    {
        auto talkSpelling = m_storage->speakers().findByName(QStringLiteral("Moriel Shottlender")).value();
        auto nominationSpelling = m_storage->speakers().findByName(QStringLiteral("Moriel Schottlender")).value();
        QCOMPARE(talkSpelling.size(), 1);
        QCOMPARE(nominationSpelling.size(), 1);
        QVERIFY(talkSpelling.first().meta.id != nominationSpelling.first().meta.id);
        QCOMPARE(talkSpelling.first().talkIds.size(), 1);
        QCOMPARE(nominationSpelling.first().talkIds.size(), 0);
    }

    void nominationsAreInTheInbox()
    {
        const auto proposals = m_storage->proposals().all().value();
        QCOMPARE(proposals.size(), 13);
        int onHold = 0;
        for (const Proposal &p : proposals) {
            QCOMPARE(p.source, ProposalSource::Nomination);
            if (p.title == QLatin1String("Jenkins")) {
                QCOMPARE(p.status, ProposalStatus::OnHold);
                QCOMPARE(p.statusReason, QStringLiteral("emailed; on leave; hold"));
                QCOMPARE(p.proposedSpeakers.first().name, QStringLiteral("Antoine Musso"));
                ++onHold;
            }
            if (p.title == QLatin1String("Conversing with robots that know Wikipedia")) {
                QCOMPARE(p.proposedSpeakers.first().name, QStringLiteral("Niklas Laxström"));
            }
        }
        QCOMPARE(onHold, 1);
    }

    void seriesDefaults()
    {
        const Series series = m_storage->series().current().value();
        QCOMPARE(series.usualWeekday, 3);
        QCOMPARE(series.defaultStartUtc, QTime(18, 0));
        QCOMPARE(series.chatChannel, QStringLiteral("#wikimedia-office"));
    }

    void loadsOnlyIntoAnEmptyDatabase()
    {
        auto again = SampleSeries::load(*m_storage);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(m_storage->talks().all().value().size(), 16);
        QCOMPARE(m_storage->series().all().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSampleSeries)
#include "tst_sampleseries.moc"
