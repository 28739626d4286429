// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/syntheticdata.h"
#include "storage/storage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestSyntheticData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<Storage> generated(quint32 seed, const SyntheticData::Size &size = {60, 200, 40})
    {
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("synthetic%1.sqlite").arg(++m_count)));
        if (!storage) {
            return {};
        }
        auto ok = SyntheticData::generate(*storage.value(), size, seed);
        return ok ? std::move(storage).value() : nullptr;
    }

    static QStringList fingerprint(Storage &storage)
    {
        QStringList lines;
        for (const Talk &talk : storage.talks().all().value()) {
            QStringList speakers;
            for (const TalkSpeaker &s : talk.speakers) {
                speakers << s.name;
            }
            lines << QStringLiteral("%1|%2|%3|%4|%5")
                             .arg(talk.title,
                                  talk.date.toString(Qt::ISODate),
                                  talk.startUtc.toString(),
                                  speakers.join(QLatin1Char(',')),
                                  talk.topics.join(QLatin1Char(',')));
        }
        for (const Proposal &p : storage.proposals().all().value()) {
            lines << QStringLiteral("%1|%2|%3|%4").arg(p.title, p.text, toKey(p.status), QString::number(p.reviews.size()));
        }
        return lines;
    }

private Q_SLOTS:
    void hasTheRequestedSize()
    {
        auto storage = generated(1);
        QVERIFY(storage);
        QCOMPARE(storage->talks().all().value().size(), 60);
        QCOMPARE(storage->proposals().count().value(), 200);
        QCOMPARE(storage->speakers().count().value(), 40);
    }

    void theSameSeedGivesTheSameData()
    {
        auto a = generated(7);
        auto b = generated(7);
        auto c = generated(8);
        QVERIFY(a && b && c);
        QCOMPARE(fingerprint(*a), fingerprint(*b));
        QVERIFY(fingerprint(*a) != fingerprint(*c));
    }

    void looksLikeARealSeries()
    {
        auto storage = generated(3);
        QVERIFY(storage);
        const auto talks = storage->talks().all().value();
        int multiSpeaker = 0, tba = 0, nonAscii = 0;
        for (const Talk &talk : talks) {
            multiSpeaker += talk.speakers.size() > 1;
            tba += talk.isScheduled() && !talk.hasTime();
            nonAscii += std::any_of(talk.title.cbegin(), talk.title.cend(), [](QChar c) { return c.unicode() > 127; });
            QVERIFY(!talk.title.contains(QLatin1Char('%'))); // every placeholder was filled
        }
        QVERIFY(multiSpeaker > 0);
        QVERIFY(tba > 0);
        QVERIFY(nonAscii > 0);
    }

    void refusesADatabaseWithTalks()
    {
        auto storage = generated(1);
        QVERIFY(storage);
        auto again = SyntheticData::generate(*storage, {5, 5, 5}, 1);
        QVERIFY(!again);
        QCOMPARE(storage->talks().all().value().size(), 60);
    }

    void cancellingWritesNothing()
    {
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("cancelled.sqlite")));
        QVERIFY(storage);
        auto ok = SyntheticData::generate(*storage.value(), {2000, 0, 10}, 1, [](qint64 done, qint64) { return done < 1000; });
        QVERIFY(!ok);
        QCOMPARE(storage.value()->talks().all().value().size(), 0);
        QCOMPARE(storage.value()->speakers().count().value(), 0);
    }

    void speakerSearch()
    {
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("search.sqlite")));
        QVERIFY(storage);
        SpeakerRepository &speakers = storage.value()->speakers();
        for (const char *name : {"Niklas Laxström", "Ana 100% Real", "Under_Score", "Plain Name"}) {
            Speaker s;
            s.name = QString::fromUtf8(name);
            s.affiliation = QStringLiteral("Wikimedia Foundation");
            QVERIFY(speakers.add(s));
        }
        const auto names = [&speakers](const char *text) {
            QStringList list;
            for (const Speaker &s : speakers.search(QString::fromUtf8(text)).value()) {
                list << s.name;
            }
            return list;
        };
        QCOMPARE(names("laxs"), QStringList{QStringLiteral("Niklas Laxström")});
        QCOMPARE(names("ström"), QStringList{QStringLiteral("Niklas Laxström")});
        QCOMPARE(names("100%"), QStringList{QStringLiteral("Ana 100% Real")}); // % is a character, not a wildcard
        QCOMPARE(names("ana_100"), QStringList()); // and so is _ (it would match "Ana 100%")
        QCOMPARE(names("der_"), QStringList{QStringLiteral("Under_Score")});
        QCOMPARE(names("foundation").size(), 4);
        QCOMPARE(names("").size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSyntheticData)
#include "tst_syntheticdata.moc"
