// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/sqlutil.h"
#include "storage/storage.h"
#include "support/testdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Lectern;

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    qint64 m_seriesId = 0;

    Talk sampleTalk(const QString &title) const
    {
        Talk talk;
        talk.seriesId = m_seriesId;
        talk.title = title;
        talk.date = QDate(2020, 2, 26);
        talk.startUtc = QTime(18, 0);
        return talk;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        LECTERN_FRESH_DATABASE(location, m_dir, QStringLiteral("repo%1").arg(++n));
        auto storage = Storage::open(location);
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        auto series = m_storage->ensureSeries(QStringLiteral("Series"));
        QVERIFY(series);
        m_seriesId = series.value().meta.id;
    }

    void cleanup() { m_storage.reset(); }

    void talkRoundTripKeepsEveryCharacter_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("topic");
        QTest::newRow("emoji") << QStringLiteral("Ship it 🚀 — with 👩🏽‍💻 and 🏳️‍🌈") << QStringLiteral("Zoë 😀")
                               << QStringLiteral("Fun 🎉");
        QTest::newRow("arabic") << QStringLiteral("ويكيبيديا: المحرر المرئي") << QStringLiteral("أحمد الشريف") << QStringLiteral("تحرير");
        QTest::newRow("hebrew mixed") << QStringLiteral("תמיכה ב-RTL ב-MediaWiki 1.35") << QStringLiteral("מוריאל") << QStringLiteral("RTL");
        QTest::newRow("diacritics") << QStringLiteral("Ñandú, Łódź, Ærøskøbing, Niklas Laxström") << QStringLiteral("Niklas Laxström")
                                    << QStringLiteral("Łokalizacja");
        QTest::newRow("quotes and sql") << QStringLiteral("Robert'); DROP TABLE talks;-- \"quoted\"") << QStringLiteral("O'Brien") << QStringLiteral("a, b; c");
    }

    void talkRoundTripKeepsEveryCharacter()
    {
        QFETCH(QString, title);
        QFETCH(QString, speaker);
        QFETCH(QString, topic);
        auto speakerId = m_storage->speakers().findOrAdd(speaker);
        QVERIFY(speakerId);
        Talk talk = sampleTalk(title);
        talk.abstract = title + QStringLiteral("\nSecond line\twith tab");
        talk.speakers = {{speakerId.value(), speaker, SpeakerRole::Host}};
        talk.topics = QStringList{topic};
        talk.season = 2;
        talk.episode = 1;
        talk.streamUrl = QStringLiteral("https://example.org/stream?x=1&y=ü");
        auto id = m_storage->talks().add(talk);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));

        auto read = m_storage->talks().find(id.value());
        QVERIFY(read);
        const Talk &t = read.value();
        QCOMPARE(t.title, title);
        QCOMPARE(t.abstract, talk.abstract);
        QCOMPARE(t.date, talk.date);
        QCOMPARE(t.startUtc, talk.startUtc);
        QCOMPARE(t.speakers.size(), 1);
        QCOMPARE(t.speakers.first().name, speaker);
        QCOMPARE(t.speakers.first().role, SpeakerRole::Host);
        QCOMPARE(t.topics, QStringList{topic});
        QCOMPARE(t.season, std::optional<int>(2));
        QCOMPARE(t.streamUrl, talk.streamUrl);
        QVERIFY(t.icalUid.endsWith(QStringLiteral("@lectern")));
        QCOMPARE(t.meta.version, 1);
        QVERIFY(t.meta.created.isValid());

        auto byName = m_storage->speakers().findByName(speaker.toUpper());
        QVERIFY(byName);
        QCOMPARE(byName.value().size(), 1);
        QCOMPARE(byName.value().first().talkIds, QList<qint64>{id.value()});
    }

    void talkWithoutTimeStaysWithoutTime()
    {
        Talk talk = sampleTalk(QStringLiteral("ResourceLoader tips and tricks"));
        talk.startUtc = QTime();
        auto id = m_storage->talks().add(talk);
        QVERIFY(id);
        auto read = m_storage->talks().find(id.value());
        QVERIFY(read);
        QVERIFY(read.value().date.isValid());
        QVERIFY(!read.value().hasTime());
        QVERIFY(!read.value().startDateTimeUtc().isValid());
    }

    void invalidTalksAreRefusedWithTheField()
    {
        Talk talk = sampleTalk(QStringLiteral("  "));
        talk.durationMinutes = 0;
        talk.slidesUrl = QStringLiteral("not a url");
        auto id = m_storage->talks().add(talk);
        QVERIFY(!id);
        QCOMPARE(id.error().kind, Error::Kind::InvalidInput);
        for (const char *field : {"title:", "duration:", "slides_url:"}) {
            QVERIFY2(id.error().message.contains(QLatin1String(field)), qPrintable(id.error().message));
        }
        auto all = m_storage->talks().all();
        QVERIFY(all);
        QVERIFY(all.value().isEmpty());
    }

    void foreignKeysAreEnforced()
    {
        Talk talk = sampleTalk(QStringLiteral("Ghost speaker"));
        talk.speakers = {{9999, QStringLiteral("Nobody"), SpeakerRole::Speaker}};
        auto id = m_storage->talks().add(talk);
        QVERIFY(!id);
        // Named as the user would: which speaker could not be linked (SQLite says FOREIGN KEY,
        // PostgreSQL names the constraint).
        QVERIFY2(id.error().message.contains(QStringLiteral("speaker 9999")), qPrintable(id.error().message));
        QVERIFY2(id.error().message.contains(QStringLiteral("foreign key"), Qt::CaseInsensitive), qPrintable(id.error().message));
        // The talk row itself was rolled back with the failed link.
        QVERIFY(m_storage->talks().all().value().isEmpty());

        Talk orphan = sampleTalk(QStringLiteral("No series"));
        orphan.seriesId = 4242;
        QVERIFY(!m_storage->talks().add(orphan));
    }

    void speakerWithTalksCannotBeDeleted()
    {
        auto speakerId = m_storage->speakers().findOrAdd(QStringLiteral("Evan Prodromou"));
        QVERIFY(speakerId);
        Talk talk = sampleTalk(QStringLiteral("Wikimedia and W3C"));
        talk.speakers = {{speakerId.value(), QString(), SpeakerRole::Speaker}};
        QVERIFY(m_storage->talks().add(talk));
        auto removed = m_storage->speakers().remove(speakerId.value());
        QVERIFY(!removed);
        QVERIFY2(removed.error().message.contains(QStringLiteral("Evan Prodromou")), qPrintable(removed.error().message));
        QVERIFY(m_storage->speakers().find(speakerId.value()));
    }

    void updateDetectsAConcurrentChange()
    {
        auto id = m_storage->talks().add(sampleTalk(QStringLiteral("Original")));
        QVERIFY(id);
        Talk first = m_storage->talks().find(id.value()).value();
        Talk second = first;
        first.title = QStringLiteral("First edit");
        QVERIFY(m_storage->talks().update(first));
        second.title = QStringLiteral("Second edit, from a stale copy");
        auto stale = m_storage->talks().update(second);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QCOMPARE(m_storage->talks().find(id.value()).value().title, QStringLiteral("First edit"));
        QCOMPARE(m_storage->talks().find(id.value()).value().meta.version, 2);
    }

    void signalsFollowCommittedChangesOnly()
    {
        QSignalSpy added(&m_storage->talks(), &TalkRepository::talkAdded);
        QSignalSpy updated(&m_storage->talks(), &TalkRepository::talkUpdated);
        QSignalSpy removed(&m_storage->talks(), &TalkRepository::talkRemoved);
        {
            Transaction transaction(m_storage->database());
            QVERIFY(m_storage->talks().add(sampleTalk(QStringLiteral("Never committed"))));
            QCOMPARE(added.count(), 0);
        }
        QCOMPARE(added.count(), 0);
        QVERIFY(m_storage->talks().all().value().isEmpty());

        auto id = m_storage->talks().add(sampleTalk(QStringLiteral("Committed")));
        QVERIFY(id);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toLongLong(), id.value());
        Talk talk = m_storage->talks().find(id.value()).value();
        talk.status = TalkStatus::Confirmed;
        QVERIFY(m_storage->talks().update(talk));
        QCOMPARE(updated.count(), 1);
        QVERIFY(m_storage->talks().remove(id.value()));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_storage->talks().remove(id.value()).error().kind, Error::Kind::NotFound);
    }

    void rangeQueriesIncludeBothEnds()
    {
        for (const QDate &date : {QDate(2019, 8, 31), QDate(2019, 9, 1), QDate(2019, 9, 30), QDate(2019, 10, 1)}) {
            Talk talk = sampleTalk(date.toString(Qt::ISODate));
            talk.date = date;
            QVERIFY(m_storage->talks().add(talk));
        }
        Talk unscheduled = sampleTalk(QStringLiteral("Someday"));
        unscheduled.date = QDate();
        unscheduled.startUtc = QTime();
        QVERIFY(m_storage->talks().add(unscheduled));
        auto september = m_storage->talks().inRange(QDate(2019, 9, 1), QDate(2019, 9, 30));
        QVERIFY(september);
        QCOMPARE(september.value().size(), 2);
        QCOMPARE(september.value().at(0).title, QStringLiteral("2019-09-01"));
        auto all = m_storage->talks().all();
        QCOMPARE(all.value().size(), 5);
        QCOMPARE(all.value().last().title, QStringLiteral("Someday"));
    }

    void proposalSearchFollowsEveryWrite()
    {
        Proposal p;
        p.seriesId = m_seriesId;
        p.title = QStringLiteral("Conversing with robots that know Wikipedia");
        p.text = QStringLiteral("Chatbots, Ökosystem and données");
        p.proposer = QStringLiteral("Niklas Laxström");
        auto id = m_storage->proposals().add(p);
        QVERIFY(id);
        const auto titles = [this](const char *text) {
            QStringList list;
            for (const Proposal &found : m_storage->proposals().search(QString::fromUtf8(text)).value()) {
                list << found.title;
            }
            return list;
        };
        QCOMPARE(titles("robo").size(), 1); // a prefix
        QCOMPARE(titles("laxstrom").size(), 1); // accents ignored
        QCOMPARE(titles("OKOSYSTEM donnees").size(), 1); // every word, any case
        QCOMPARE(titles("robots unicorns").size(), 0);
        QCOMPARE(titles("\"robots\" OR NEAR( AND").size(), 0); // typed operators are just words
        QCOMPARE(titles("   ").size(), 1); // nothing typed: everything

        Proposal renamed = m_storage->proposals().find(id.value()).value();
        renamed.title = QStringLiteral("Talking to bots");
        QVERIFY(m_storage->proposals().update(renamed));
        QCOMPARE(titles("robots").size(), 0);
        QCOMPARE(titles("talking").size(), 1);
        QVERIFY(m_storage->proposals().remove(id.value()));
        QCOMPARE(titles("talking").size(), 0);
    }

    void inboxLines()
    {
        auto speakerId = m_storage->speakers().findOrAdd(QStringLiteral("Pau Giner"));
        Proposal p;
        p.seriesId = m_seriesId;
        p.title = QStringLiteral("Dos and don'ts in user testing");
        p.proposedSpeakers = {{speakerId.value(), QString()}};
        auto id = m_storage->proposals().add(p);
        QVERIFY(m_storage->proposals().addReview({{}, id.value(), QStringLiteral("Ana"), 3, QString(), {}}));
        QVERIFY(m_storage->proposals().addReview({{}, id.value(), QStringLiteral("Bo"), 4, QString(), {}}));
        ProposalRepository::InboxQuery query;
        query.text = QStringLiteral("testing");
        const auto lines = m_storage->proposals().inbox(query).value();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().speakers, QStringLiteral("Pau Giner"));
        QCOMPARE(lines.first().score, std::optional<double>(3.5));
        query.statuses = {ProposalStatus::Accepted};
        QCOMPARE(m_storage->proposals().inbox(query).value().size(), 0);
        query.statuses = {ProposalStatus::New, ProposalStatus::Accepted};
        QCOMPARE(m_storage->proposals().inboxCount(query).value(), 1);
    }

    void proposalsWithReviewsAndScore()
    {
        auto speakerId = m_storage->speakers().findOrAdd(QStringLiteral("Moriel Schottlender"));
        Proposal proposal;
        proposal.seriesId = m_seriesId;
        proposal.title = QStringLiteral("Right-to-left support — תמיכה");
        proposal.text = QStringLiteral("Bidi 🙃 text");
        proposal.source = ProposalSource::Phabricator;
        proposal.externalId = QStringLiteral("T1234");
        proposal.received = QDateTime(QDate(2019, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        proposal.proposedSpeakers = {{speakerId.value(), QString()}};
        auto id = m_storage->proposals().add(proposal);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));

        // The same external id from the same source is one proposal, not two.
        QVERIFY(!m_storage->proposals().add(proposal));

        QVERIFY(m_storage->proposals().addReview({{}, id.value(), QStringLiteral("Ana"), 4, QStringLiteral("Good"), {}}));
        QVERIFY(m_storage->proposals().addReview({{}, id.value(), QStringLiteral("Bo"), 5, QString(), {}}));
        QVERIFY(m_storage->proposals().addReview({{}, id.value(), QStringLiteral("Cy"), std::nullopt, QStringLiteral("No score, just a note"), {}}));
        QCOMPARE(m_storage->proposals().addReview({{}, id.value(), QStringLiteral("Dee"), 6, QString(), {}}).error().kind, Error::Kind::InvalidInput);

        auto read = m_storage->proposals().find(id.value());
        QVERIFY(read);
        QCOMPARE(read.value().title, proposal.title);
        QCOMPARE(read.value().received, proposal.received);
        QCOMPARE(read.value().reviews.size(), 3);
        QCOMPARE(read.value().score(), std::optional<double>(4.5));
        QCOMPARE(read.value().proposedSpeakers.first().name, QStringLiteral("Moriel Schottlender"));
        QCOMPARE(m_storage->proposals().all(ProposalStatus::New).value().size(), 1);
        QCOMPARE(m_storage->proposals().all(ProposalStatus::Accepted).value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
