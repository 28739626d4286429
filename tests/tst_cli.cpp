// SPDX-License-Identifier: GPL-2.0-or-later
#include "clirun.h"
#include "support/fakephabricator.h"
#include "support/testdatabase.h"
#include "testutil.h"

#include <QDir>
#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// lectern-cli end to end, as scripts use it: a real process, a real database file.
class TestCli : public QObject
{
    Q_OBJECT

    using Run = CliRun::Run;

private:
    QTemporaryDir m_dir;
    QString m_db;

    // A Wednesday (the series' day) about two months ahead: upcoming, within six months,
    // whatever day the tests run.
    static QDate upcomingWednesday(int extraWeeks = 0)
    {
        QDate date = QDate::currentDate().addDays(60);
        while (date.dayOfWeek() != 3) {
            date = date.addDays(1);
        }
        return date.addDays(7 * extraWeeks);
    }

    static QStringList args(const QString &line) { return CliRun::args(line); }
    Run cli(const QStringList &arguments, const QString &database = QString()) const { return CliRun::run(arguments, database.isEmpty() ? m_db : database); }
    Run cliServing(const QStringList &arguments) const { return CliRun::run(arguments, m_db, true); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Lectern::Test::TestDatabase::fresh(m_dir, QStringLiteral("cli"));
        QVERIFY(!m_db.isEmpty());
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(init.out.contains("is ready (schema version "));
    }

    void listsTheSampleSeriesAsJson()
    {
        const Run run = cli({QStringLiteral("--database"), m_db, QStringLiteral("talks"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray talks = run.json().array();
        QCOMPARE(talks.size(), 16);
        const QJsonObject first = talks.first().toObject();
        for (const char *key :
             {"id", "uid", "title", "date", "time_utc", "duration_minutes", "status", "season", "episode", "sequence", "speakers", "topics"}) {
            QVERIFY2(first.contains(QLatin1String(key)), key);
        }
        QCOMPARE(first.value(QLatin1String("date")).toString(), QStringLiteral("2019-02-27"));
        QCOMPARE(first.value(QLatin1String("time_utc")).toString(), QStringLiteral("19:00"));
        QCOMPARE(first.value(QLatin1String("speakers")).toArray().first().toObject().value(QLatin1String("role")).toString(), QStringLiteral("speaker"));
        const QJsonObject tba = talks.at(8).toObject();
        QCOMPARE(tba.value(QLatin1String("title")).toString(), QStringLiteral("ResourceLoader tips and tricks"));
        QVERIFY(tba.value(QLatin1String("time_utc")).isNull());
    }

    void filtersByDate()
    {
        const Run run = cli({QStringLiteral("talks"),
                             QStringLiteral("list"),
                             QStringLiteral("--from"),
                             QStringLiteral("2019-09-01"),
                             QStringLiteral("--to"),
                             QStringLiteral("2019-09-30"),
                             QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().array().size(), 2);
    }

    void addShowEditCancel()
    {
        const Run add = cli({QStringLiteral("talks"),
                             QStringLiteral("add"),
                             QStringLiteral("--title"),
                             QStringLiteral("Ünïcödé & emoji 🎤"),
                             QStringLiteral("--date"),
                             upcomingWednesday().toString(Qt::ISODate),
                             QStringLiteral("--time"),
                             QStringLiteral("18:00"),
                             QStringLiteral("--speaker"),
                             QStringLiteral("Evan Prodromou"),
                             QStringLiteral("--host"),
                             QStringLiteral("New Person"),
                             QStringLiteral("--topic"),
                             QStringLiteral("API"),
                             QStringLiteral("--status"),
                             QStringLiteral("confirmed")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString id = QString::fromUtf8(add.out).trimmed();
        QVERIFY(id.toInt() > 16);

        Run show = cli({QStringLiteral("talks"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        QJsonObject talk = show.json().object();
        QCOMPARE(talk.value(QLatin1String("title")).toString(), QStringLiteral("Ünïcödé & emoji 🎤"));
        QCOMPARE(talk.value(QLatin1String("status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(talk.value(QLatin1String("duration_minutes")).toInt(), 45); // the series default
        const QJsonArray speakers = talk.value(QLatin1String("speakers")).toArray();
        QCOMPARE(speakers.size(), 2);
        QCOMPARE(speakers.at(1).toObject().value(QLatin1String("role")).toString(), QStringLiteral("host"));
        const QString uid = talk.value(QLatin1String("uid")).toString();
        QCOMPARE(talk.value(QLatin1String("sequence")).toInt(), 0);

        // Evan is the existing record, not a new one.
        const Run evan = cli({QStringLiteral("speakers"), QStringLiteral("list"), QStringLiteral("--json")});
        int evans = 0;
        for (const QJsonValue &s : evan.json().array()) {
            evans += s.toObject().value(QLatin1String("name")).toString() == QLatin1String("Evan Prodromou");
        }
        QCOMPARE(evans, 1);

        const QString later = upcomingWednesday(5).toString(Qt::ISODate);
        const Run edit =
                cli({QStringLiteral("talks"), QStringLiteral("edit"), id, QStringLiteral("--time"), QStringLiteral("tba"), QStringLiteral("--date"), later});
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
        talk = cli({QStringLiteral("talks"), QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
        QVERIFY(talk.value(QLatin1String("time_utc")).isNull());
        QCOMPARE(talk.value(QLatin1String("date")).toString(), later);
        QCOMPARE(talk.value(QLatin1String("uid")).toString(), uid);
        QCOMPARE(talk.value(QLatin1String("sequence")).toInt(), 1);
        QCOMPARE(talk.value(QLatin1String("title")).toString(), QStringLiteral("Ünïcödé & emoji 🎤")); // untouched fields stay

        const Run cancel = cli({QStringLiteral("talks"), QStringLiteral("cancel"), id});
        QCOMPARE(cancel.exitCode, 0);
        talk = cli({QStringLiteral("talks"), QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
        QCOMPARE(talk.value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(talk.value(QLatin1String("sequence")).toInt(), 2);
    }

    void speakersAndProposals()
    {
        const Run add = cli({QStringLiteral("speakers"),
                             QStringLiteral("add"),
                             QStringLiteral("--name"),
                             QStringLiteral("Łucja Żółć"),
                             QStringLiteral("--email"),
                             QStringLiteral("lucja@example.org"),
                             QStringLiteral("--timezone"),
                             QStringLiteral("Europe/Warsaw"),
                             QStringLiteral("--title"),
                             QStringLiteral("Engineer")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QJsonObject speaker =
                cli({QStringLiteral("speakers"), QStringLiteral("show"), QString::fromUtf8(add.out).trimmed(), QStringLiteral("--json")}).json().object();
        QCOMPARE(speaker.value(QLatin1String("name")).toString(), QStringLiteral("Łucja Żółć"));
        QCOMPARE(speaker.value(QLatin1String("emails")).toArray().first().toString(), QStringLiteral("lucja@example.org"));
        QCOMPARE(speaker.value(QLatin1String("timezone")).toString(), QStringLiteral("Europe/Warsaw"));
        QVERIFY(speaker.value(QLatin1String("talks")).toArray().isEmpty());

        const Run proposal = cli({QStringLiteral("proposals"),
                                  QStringLiteral("add"),
                                  QStringLiteral("--title"),
                                  QStringLiteral("Bidi in practice"),
                                  QStringLiteral("--text"),
                                  QStringLiteral("עברית and English"),
                                  QStringLiteral("--proposer"),
                                  QStringLiteral("Ana"),
                                  QStringLiteral("--speaker"),
                                  QStringLiteral("Łucja Żółć")});
        QVERIFY2(proposal.exitCode == 0, qPrintable(proposal.err));
        const QJsonObject p =
                cli({QStringLiteral("proposals"), QStringLiteral("show"), QString::fromUtf8(proposal.out).trimmed(), QStringLiteral("--json")}).json().object();
        for (const char *key : {"id", "title", "text", "status", "source", "external_id", "url", "proposer", "received", "score", "talk_id"}) {
            QVERIFY2(p.contains(QLatin1String(key)), key);
        }
        QCOMPARE(p.value(QLatin1String("text")).toString(), QStringLiteral("עברית and English"));
        QCOMPARE(p.value(QLatin1String("status")).toString(), QStringLiteral("new"));
        QVERIFY(p.value(QLatin1String("score")).isNull());
        QCOMPARE(p.value(QLatin1String("proposed_speakers")).toArray().first().toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Łucja Żółć"));

        const Run onHold =
                cli({QStringLiteral("proposals"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("on-hold"), QStringLiteral("--json")});
        QCOMPARE(onHold.exitCode, 0);
        QCOMPARE(onHold.json().array().size(), 1);
        QCOMPARE(onHold.json().array().first().toObject().value(QLatin1String("title")).toString(), QStringLiteral("Jenkins"));
    }

    // Review and decide from the command line, then turn the proposal into a talk: the rules
    // refuse a date they warn about until --force, and the proposal then points at its talk.
    void proposalReviewDecideSchedule()
    {
        const QString id = QString::fromUtf8(cli(args(QStringLiteral("proposals|add|--title|Offline-first editing|--speaker|Łucja Żółć"))).out).trimmed();
        QVERIFY(!id.isEmpty());
        const Run badScore = cli(args(QStringLiteral("proposals|review|%1|--score|6|--reviewer|Ana").arg(id)));
        QCOMPARE(badScore.exitCode, 2);
        QVERIFY2(badScore.err.contains(QStringLiteral("--score")), qPrintable(badScore.err));
        QCOMPARE(cli(args(QStringLiteral("proposals|review|%1|--score|4|--note|Strong topic|--reviewer|Ana").arg(id))).exitCode, 0);
        QCOMPARE(cli(args(QStringLiteral("proposals|review|%1|--score|5|--reviewer|Bo").arg(id))).exitCode, 0);
        QJsonObject p = cli(args(QStringLiteral("proposals|show|%1|--json").arg(id))).json().object();
        QCOMPARE(p.value(QLatin1String("status")).toString(), QStringLiteral("reviewing")); // a first review starts the review
        QCOMPARE(p.value(QLatin1String("score")).toDouble(), 4.5);
        QCOMPARE(p.value(QLatin1String("reviews")).toArray().size(), 2);
        QCOMPARE(p.value(QLatin1String("reviews")).toArray().at(0).toObject().value(QLatin1String("note")).toString(), QStringLiteral("Strong topic"));

        const Run noReason = cli(args(QStringLiteral("proposals|set-status|%1|on-hold").arg(id)));
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY2(noReason.err.contains(QStringLiteral("reason")), qPrintable(noReason.err));
        const Run early = cli(args(QStringLiteral("proposals|schedule|%1|--date|%2").arg(id, upcomingWednesday(4).toString(Qt::ISODate))));
        QCOMPARE(early.exitCode, 2); // still under review: not schedulable
        QVERIFY2(early.err.contains(QStringLiteral("only accepted or shortlisted")), qPrintable(early.err));
        QCOMPARE(cli(args(QStringLiteral("proposals|set-status|%1|scheduled").arg(id))).exitCode, 2);
        QCOMPARE(cli(args(QStringLiteral("proposals|set-status|%1|accepted").arg(id))).exitCode, 0);

        // A date in the past draws a warning.
        const QString past = QStringLiteral("2019-09-11");
        const Run refused = cli(args(QStringLiteral("proposals|schedule|%1|--date|%2").arg(id, past)));
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("warning:")), qPrintable(refused.err));
        QVERIFY(cli(args(QStringLiteral("proposals|show|%1|--json").arg(id))).json().object().value(QLatin1String("talk_id")).isNull());

        const QDate date = upcomingWednesday(12);
        const Run scheduled = cli(args(QStringLiteral("proposals|schedule|%1|--date|%2|--time|17:30|--force").arg(id, date.toString(Qt::ISODate))));
        QVERIFY2(scheduled.exitCode == 0, qPrintable(scheduled.err));
        const QString talkId = QString::fromUtf8(scheduled.out).trimmed();
        p = cli(args(QStringLiteral("proposals|show|%1|--json").arg(id))).json().object();
        QCOMPARE(p.value(QLatin1String("status")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(QString::number(qint64(p.value(QLatin1String("talk_id")).toDouble())), talkId);
        const QJsonObject talk = cli(args(QStringLiteral("talks|show|%1|--json").arg(talkId))).json().object();
        QCOMPARE(talk.value(QLatin1String("title")).toString(), QStringLiteral("Offline-first editing"));
        QCOMPARE(talk.value(QLatin1String("date")).toString(), date.toString(Qt::ISODate));
        QCOMPARE(talk.value(QLatin1String("time_utc")).toString(), QStringLiteral("17:30"));
        QCOMPARE(talk.value(QLatin1String("speakers")).toArray().first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("Łucja Żółć"));
        QCOMPARE(cli(args(QStringLiteral("proposals|set-status|%1|declined").arg(id))).exitCode, 2); // it is a talk now
        // Deleting the talk (the other tests count the listing's talks) frees the proposal.
        QCOMPARE(cli(args(QStringLiteral("talks|delete|%1").arg(talkId))).exitCode, 0);
        QCOMPARE(cli(args(QStringLiteral("proposals|set-status|%1|declined").arg(id))).exitCode, 0);
    }

    // lectern-cli against a Phabricator on 127.0.0.1: the token file must be private, the
    // tasks arrive once however often the sync runs.
    void syncPhabricator()
    {
        Lectern::Test::FakePhabricator server;
        QVERIFY(server.listenLocally());
        server.addTasks(1, 120, 1577836800);
        const QString tokenFile = m_dir.filePath(QStringLiteral("conduit-token"));
        TestUtil::writePrivateFile(tokenFile, server.token.toUtf8() + '\n');
        QFile::setPermissions(tokenFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther); // others may read it
        const QStringList command{QStringLiteral("sync"),
                                  QStringLiteral("phabricator"),
                                  QStringLiteral("--url"),
                                  server.baseUrl(),
                                  QStringLiteral("--project"),
                                  QStringLiteral("tech-talks"),
                                  QStringLiteral("--token-file"),
                                  tokenFile};
        const Run exposed = cliServing(command);
        QCOMPARE(exposed.exitCode, 2);
        QVERIFY2(exposed.err.contains(QStringLiteral("chmod 600")), qPrintable(exposed.err));
        QVERIFY(server.requests.isEmpty()); // the token never left

        QFile::setPermissions(tokenFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Run first = cliServing(command);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains("120 tasks read: 120 new"), first.out.constData());
        const Run again = cliServing(command);
        QVERIFY2(again.out.contains("0 new, 0 updated"), again.out.constData());
        const QJsonArray synced = cli(args(QStringLiteral("proposals|list|--search|idea 117|--json"))).json().array();
        QCOMPARE(synced.size(), 1);
        QCOMPARE(synced.first().toObject().value(QLatin1String("source")).toString(), QStringLiteral("phabricator"));
        QCOMPARE(synced.first().toObject().value(QLatin1String("external_id")).toString(), QStringLiteral("T117"));
        QCOMPARE(synced.first().toObject().value(QLatin1String("url")).toString(), server.baseUrl() + QStringLiteral("/T117"));

        server.failCall(0, Lectern::Test::FakePhabricator::Fault::Http500);
        const Run failed = cliServing(command);
        QCOMPARE(failed.exitCode, 4);
        QVERIFY2(failed.err.contains(QStringLiteral("HTTP 500")), qPrintable(failed.err));

        // Bring them back out of the way of the other tests' proposal counts.
        const QString outOfTheWay = QStringLiteral("DELETE FROM proposals WHERE source = 'phabricator'");
        if (Lectern::Test::TestDatabase::onServer()) {
            bool deleted = false;
            Lectern::Test::TestDatabase::psql(m_db, outOfTheWay, &deleted);
            QVERIFY(deleted);
        } else {
            QVERIFY(TestUtil::rawSql(m_db, {outOfTheWay}));
        }
    }

    void moveFollowsTheRules()
    {
        // S1E8 to 11 September 2019: September already has S1E7, so the move is refused.
        const QJsonArray talks = cli(args(QStringLiteral("talks|list|--json"))).json().array();
        const QString id = QString::number(talks.at(7).toObject().value(QLatin1String("id")).toInt());
        QCOMPARE(talks.at(7).toObject().value(QLatin1String("title")).toString(), QStringLiteral("How to compare text across multiple languages"));

        const Run refused = cli(args(QStringLiteral("talks|move|%1|--to|2019-09-11").arg(id)));
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("warning: ")) && refused.err.contains(QStringLiteral("Documenting Wikimedia technical projects")),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("--force")));
        QJsonObject talk = cli(args(QStringLiteral("talks|show|%1|--json").arg(id))).json().object();
        QCOMPARE(talk.value(QLatin1String("date")).toString(), QStringLiteral("2019-09-25"));
        QCOMPARE(talk.value(QLatin1String("sequence")).toInt(), 0);

        const Run forced = cli(args(QStringLiteral("talks|move|%1|--to|2019-09-11|--force").arg(id)));
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QCOMPARE(QString::fromUtf8(forced.out).trimmed(), QStringLiteral("2019-09-11T18:00")); // keeps its start time
        QVERIFY(forced.err.contains(QStringLiteral("warning: ")));
        talk = cli(args(QStringLiteral("talks|show|%1|--json").arg(id))).json().object();
        QCOMPARE(talk.value(QLatin1String("date")).toString(), QStringLiteral("2019-09-11"));
        QCOMPARE(talk.value(QLatin1String("sequence")).toInt(), 1);

        // Into the empty August, with a new time: no warning, no --force needed.
        const Run clean = cli(args(QStringLiteral("talks|move|%1|--to|2019-08-28T17:00").arg(id)));
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
        QCOMPARE(QString::fromUtf8(clean.out).trimmed(), QStringLiteral("2019-08-28T17:00"));
        QVERIFY2(clean.err.isEmpty(), qPrintable(clean.err));

        // A new talk in a month that has one is refused the same way, and nothing is created.
        const Run add = cli(args(QStringLiteral("talks|add|--title|Second in June|--date|2020-06-17|--status|held|--speaker|Brand New Speaker")));
        QCOMPARE(add.exitCode, 3);
        QVERIFY(!cli(args(QStringLiteral("speakers|list"))).out.contains("Brand New Speaker"));

        QCOMPARE(cli(args(QStringLiteral("talks|move|%1|--to|next week").arg(id))).exitCode, 2);
        QCOMPARE(cli(args(QStringLiteral("talks|move|%1").arg(id))).exitCode, 1);
    }

    void deleteRemovesTheTalk()
    {
        const Run add = cli(args(QStringLiteral("talks|add|--title|Short-lived|--force|--date|") + upcomingWednesday(10).toString(Qt::ISODate)));
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString id = QString::fromUtf8(add.out).trimmed();
        QCOMPARE(cli(args(QStringLiteral("talks|delete|") + id)).exitCode, 0);
        QCOMPARE(cli(args(QStringLiteral("talks|show|") + id)).exitCode, 2);
        QCOMPARE(cli(args(QStringLiteral("talks|delete|") + id)).exitCode, 2);
    }

    void exportsTheWikiListing()
    {
        const QString file = m_dir.filePath(QStringLiteral("season2.wiki"));
        const Run run = cli(args(QStringLiteral("export|wikitext|--season|2|-o|") + file));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile wiki(file);
        QVERIFY(wiki.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(wiki.readAll());
        // every scheduled talk of season 2: the sample's five, and those the tests before added
        // (a new talk continues the latest season)
        int seasonTwo = 0;
        const QJsonArray talks = QJsonDocument::fromJson(cli(args(QStringLiteral("talks|list|--json"))).out).array();
        for (const QJsonValue &talk : talks) {
            seasonTwo += talk.toObject().value(QLatin1String("season")).toInt() == 2 && !talk.toObject().value(QLatin1String("date")).toString().isEmpty();
        }
        QVERIFY(seasonTwo >= 5);
        QCOMPARE(text.count(QStringLiteral("== Season 2. Episode ")), seasonTwo);
        QVERIFY(text.contains(QStringLiteral("Sarah Rodlund (host)")));
        const Run stdoutRun = cli(args(QStringLiteral("export|wikitext|--season|2")));
        QCOMPARE(QString::fromUtf8(stdoutRun.out), text);
    }

    void speakersEditDuplicatesMerge()
    {
        const QJsonArray pairs = cli(args(QStringLiteral("speakers|duplicates|--json"))).json().array();
        QCOMPARE(pairs.size(), 1);
        const QJsonArray ids = pairs.first().toObject().value(QLatin1String("ids")).toArray();
        const QJsonArray names = pairs.first().toObject().value(QLatin1String("names")).toArray();
        QVERIFY(names.contains(QStringLiteral("Moriel Shottlender")) && names.contains(QStringLiteral("Moriel Schottlender")));
        const QString first = QString::number(ids.at(0).toInt());
        const QString second = QString::number(ids.at(1).toInt());

        const Run edit =
                cli(args(QStringLiteral("speakers|edit|%1|--email|moriel@example.org|--email|m@example.org|--timezone|America/Los_Angeles").arg(second)));
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
        QJsonObject shown = cli(args(QStringLiteral("speakers|show|%1|--json").arg(second))).json().object();
        QCOMPARE(shown.value(QLatin1String("emails")).toArray().size(), 2);
        QCOMPARE(shown.value(QLatin1String("timezone")).toString(), QStringLiteral("America/Los_Angeles"));
        QCOMPARE(cli(args(QStringLiteral("speakers|edit|%1|--link|not a url").arg(second))).exitCode, 2);

        const Run merge = cli(args(QStringLiteral("speakers|merge|%1|%2").arg(first, second)));
        QVERIFY2(merge.exitCode == 0, qPrintable(merge.err));
        QCOMPARE(cli(args(QStringLiteral("speakers|show|") + second)).exitCode, 2);
        shown = cli(args(QStringLiteral("speakers|show|%1|--json").arg(first))).json().object();
        QCOMPARE(shown.value(QLatin1String("emails")).toArray().size(), 2);
        QCOMPARE(shown.value(QLatin1String("timezone")).toString(), QStringLiteral("America/Los_Angeles"));
        QCOMPARE(cli(args(QStringLiteral("speakers|duplicates|--json"))).json().array().size(), 0);
        QCOMPARE(cli(args(QStringLiteral("speakers|merge|%1|%1").arg(first))).exitCode, 2);
        QVERIFY(cli(args(QStringLiteral("speakers|list|--search|moriel@example"))).out.contains("Moriel Shottlender"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const auto args = [](const char *line) { return QString::fromUtf8(line).split(QLatin1Char('|')); };
        QTest::newRow("no command") << QStringList() << 1 << QStringLiteral("no command");
        QTest::newRow("unknown command") << args("frobnicate") << 1 << QStringLiteral("frobnicate");
        QTest::newRow("unknown option") << args("talks|list|--bogus") << 1 << QStringLiteral("bogus");
        QTest::newRow("add without date") << args("talks|add|--title|X") << 1 << QStringLiteral("--date");
        QTest::newRow("bad date") << args("talks|add|--title|X|--date|2019-02-30") << 2 << QStringLiteral("2019-02-30");
        QTest::newRow("bad time") << args("talks|add|--title|X|--date|2019-02-27|--time|7pm") << 2 << QStringLiteral("7pm");
        QTest::newRow("bad status") << args("talks|add|--title|X|--date|2019-02-27|--status|maybe") << 2 << QStringLiteral("maybe");
        QTest::newRow("bad duration") << args("talks|add|--title|X|--date|2019-02-27|--duration|-5") << 2 << QStringLiteral("--duration");
        QTest::newRow("empty title") << args("talks|add|--title| |--date|2019-02-27") << 2 << QStringLiteral("title");
        QTest::newRow("bad url") << args("talks|add|--title|X|--date|2019-02-27|--slides-url|slides") << 2 << QStringLiteral("slides_url");
        QTest::newRow("missing talk") << args("talks|show|9999") << 2 << QStringLiteral("9999");
        QTest::newRow("id not a number") << args("talks|show|abc") << 2 << QStringLiteral("abc");
        QTest::newRow("bad email") << args("speakers|add|--name|X|--email|x@") << 2 << QStringLiteral("x@");
        QTest::newRow("bad time zone") << args("speakers|add|--name|X|--timezone|Mars/Olympus") << 2 << QStringLiteral("Mars/Olympus");
        QTest::newRow("bad proposal status") << args("proposals|list|--status|maybe") << 2 << QStringLiteral("maybe");
        QTest::newRow("demo twice") << args("init|--demo") << 2 << QStringLiteral("already holds");
        QTest::newRow("export unknown format") << args("export|pdf") << 1 << QStringLiteral("pdf");
        QTest::newRow("export empty season") << args("export|wikitext|--season|9") << 2 << QStringLiteral("season 9");
        QTest::newRow("export bad season") << args("export|wikitext|--season|two") << 2 << QStringLiteral("two");
        QTest::newRow("import missing file") << args("import|ics|/nonexistent/file.ics") << 2 << QStringLiteral("");
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto talkCount = [this] { return cli({QStringLiteral("talks"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(); };
        const auto before = talkCount();
        const Run run = cli(arguments);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.err.startsWith(QStringLiteral("lectern-cli: ")));
        QCOMPARE(talkCount(), before); // a refused command writes nothing
    }

    void databaseErrorsLeaveTheFileAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not sqlite") << QByteArray("hello, I am a text file\n") << QStringLiteral("not a SQLite database");
        QTest::newRow("truncated") << QByteArray("SQLite format 3") << QStringLiteral("not a SQLite database");
    }

    void databaseErrorsLeaveTheFileAlone()
    {
        LECTERN_SQLITE_ONLY("damaged and foreign files");
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString file =
                m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        TestUtil::writeFile(file, content);
        const QByteArray before = TestUtil::fileHash(file);
        for (const QStringList &arguments : {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("talks"), QStringLiteral("list")}}) {
            const Run run = cli(arguments, file);
            QCOMPARE(run.exitCode, 4);
            QVERIFY2(run.err.contains(message) && run.err.contains(file), qPrintable(run.err));
            QCOMPARE(TestUtil::fileHash(file), before);
        }
    }

    void newerSchemaIsRefused()
    {
        LECTERN_SQLITE_ONLY("PRAGMA user_version (tst_postgres: a newer schema on a server)");
        const QString file = m_dir.filePath(QStringLiteral("future.sqlite"));
        QCOMPARE(cli({QStringLiteral("init")}, file).exitCode, 0);
        QVERIFY(TestUtil::rawSql(file, {QStringLiteral("PRAGMA user_version = 99"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
        const QByteArray before = TestUtil::fileHash(file);
        const Run run = cli({QStringLiteral("talks"), QStringLiteral("list")}, file);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("newer version")), qPrintable(run.err));
        QCOMPARE(TestUtil::fileHash(file), before);
    }

    // `todo` prints what NextUp finds, as JSON too; seen from a day of the sample's history.
    void todoListsWhatNeedsDoing()
    {
        const Run run = cli(args(QStringLiteral("todo|--json|--today|2020-06-30")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray items = run.json().array();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            QCOMPARE(item.value(QLatin1String("title")).toString(), QStringLiteral("API portal and gateway project"));
            QCOMPARE(item.value(QLatin1String("date")).toString(), QStringLiteral("2020-06-05"));
            QVERIFY(item.value(QLatin1String("talk")).toInt() > 0);
        }
        QCOMPARE(items.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("no-slides"));
        QCOMPARE(items.at(1).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("no-recording"));
        const Run text = cli(args(QStringLiteral("todo|--today|2020-06-30")));
        QVERIFY(text.out.contains("API portal and gateway project: no slides linked since the talk"));
        QCOMPARE(cli(args(QStringLiteral("todo|--today|someday"))).exitCode, 2);
    }

    void missingDatabaseIsNotCreatedByQueries()
    {
        LECTERN_SQLITE_ONLY("a file that is not there (tst_postgres: a database that is not there)");
        const QString file = m_dir.filePath(QStringLiteral("typo/nothere.sqlite"));
        const Run run = cli({QStringLiteral("talks"), QStringLiteral("list")}, file);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
        // init creates the file and its folder.
        QCOMPARE(cli({QStringLiteral("init")}, file).exitCode, 0);
        QVERIFY(QFile::exists(file));
        const Run empty = cli({QStringLiteral("talks"), QStringLiteral("list"), QStringLiteral("--json")}, file);
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.json().array().size(), 0);
    }

    // series edit and show round trip on an empty series, and slots follow the rhythm.
    void seriesEditShowAndSlots()
    {
        LECTERN_FRESH_DATABASE(db, m_dir, QStringLiteral("series"));
        QCOMPARE(cli(args(QStringLiteral("init")), db).exitCode, 0);
        const Run edit =
                cli(args(QStringLiteral("series|edit|--name|Tech Talks|--pattern|FREQ=MONTHLY;BYDAY=-1WE|--pattern-start|2026-01-01|--time|18:00|"
                                        "--duration|45|--stream-url|https://stream.example.org/live|--chat|#techtalks|--mailing-list|talks@example.org|"
                                        "--sender-name|Ana Lima|--sender-email|ana@example.org|--world-time|Asia/Kolkata|--world-time|America/New_York|"
                                        "--horizon-months|6|--holiday-region|de|--holiday-region|us_en-us")),
                    db);
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
        const QJsonObject shown = cli(args(QStringLiteral("series|show|--json")), db).json().object();
        QCOMPARE(shown.value(QLatin1String("name")).toString(), QStringLiteral("Tech Talks"));
        QCOMPARE(shown.value(QLatin1String("pattern")).toString(), QStringLiteral("FREQ=MONTHLY;BYDAY=-1WE"));
        QCOMPARE(shown.value(QLatin1String("pattern_words")).toString(), QStringLiteral("the last Wednesday of each month"));
        QCOMPARE(shown.value(QLatin1String("time_utc")).toString(), QStringLiteral("18:00"));
        QCOMPARE(shown.value(QLatin1String("duration_minutes")).toInt(), 45);
        QCOMPARE(shown.value(QLatin1String("chat")).toString(), QStringLiteral("#techtalks"));
        QCOMPARE(shown.value(QLatin1String("mailing_lists")).toArray().first().toString(), QStringLiteral("talks@example.org"));
        QCOMPARE(shown.value(QLatin1String("world_times")).toArray().size(), 2);
        QCOMPARE(shown.value(QLatin1String("holiday_regions")).toArray().first().toString(), QStringLiteral("de_de"));
        QCOMPARE(shown.value(QLatin1String("next_dates")).toArray().size(), 6);

        // slots from a fixed day: six open last Wednesdays, then one taken by a new talk
        Run slots = cli(args(QStringLiteral("slots|--today|2027-01-01|--json")), db);
        QVERIFY2(slots.exitCode == 0, qPrintable(slots.err));
        QJsonArray list = slots.json().array();
        QCOMPARE(list.size(), 6);
        QCOMPARE(list.first().toObject().value(QLatin1String("date")).toString(), QStringLiteral("2027-01-27"));
        QCOMPARE(list.first().toObject().value(QLatin1String("time_utc")).toString(), QStringLiteral("18:00"));
        QVERIFY(list.first().toObject().value(QLatin1String("open")).toBool());
        const Run add = cli(args(QStringLiteral("talks|add|--title|February talk|--date|2027-02-24|--force")), db);
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        list = cli(args(QStringLiteral("slots|--today|2027-01-01|--json")), db).json().array();
        const QJsonObject february = list.at(1).toObject();
        QVERIFY(!february.value(QLatin1String("open")).toBool());
        QCOMPARE(february.value(QLatin1String("talks")).toArray().first().toObject().value(QLatin1String("title")).toString(), QStringLiteral("February talk"));
        // a new talk gets the series' time and stream link
        const QJsonObject talk = cli(args(QStringLiteral("talks|show|%1|--json").arg(QString::fromUtf8(add.out).trimmed())), db).json().object();
        QCOMPARE(talk.value(QLatin1String("time_utc")).toString(), QStringLiteral("18:00"));
        QCOMPARE(talk.value(QLatin1String("stream_url")).toString(), QStringLiteral("https://stream.example.org/live"));
    }

    void seriesEditRefusesBadValuesAndSavesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("bad rrule") << args(QStringLiteral("series|edit|--name|Other|--pattern|FREQ=SOMETIMES")) << QStringLiteral("FREQ=SOMETIMES");
        QTest::newRow("bad time") << args(QStringLiteral("series|edit|--name|Other|--time|6pm")) << QStringLiteral("6pm");
        QTest::newRow("duration 0") << args(QStringLiteral("series|edit|--name|Other|--duration|0")) << QStringLiteral("duration");
        QTest::newRow("bad address") << args(QStringLiteral("series|edit|--name|Other|--mailing-list|talks@")) << QStringLiteral("talks@");
        QTest::newRow("bad sender") << args(QStringLiteral("series|edit|--name|Other|--sender-email|ana.example.org")) << QStringLiteral("ana.example.org");
        QTest::newRow("bad zone") << args(QStringLiteral("series|edit|--name|Other|--world-time|Mars/Olympus")) << QStringLiteral("Mars/Olympus");
        QTest::newRow("bad region") << args(QStringLiteral("series|edit|--name|Other|--holiday-region|zz")) << QStringLiteral("zz");
        QTest::newRow("bad horizon") << args(QStringLiteral("series|edit|--name|Other|--horizon-months|40")) << QStringLiteral("40");
        QTest::newRow("bad url") << args(QStringLiteral("series|edit|--name|Other|--stream-url|stream")) << QStringLiteral("stream");
    }

    void seriesEditRefusesBadValuesAndSavesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const QByteArray before = cli(args(QStringLiteral("series|show|--json"))).out;
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QCOMPARE(cli(args(QStringLiteral("series|show|--json"))).out, before); // not even the name
    }

    // The change log (and so another coordinator's window) names a CLI write after the
    // reviewer name of Lectern's settings, as it names the window's.
    void writesAreLoggedUnderTheCoordinatorsName()
    {
        LECTERN_FRESH_DATABASE(db, m_dir, QStringLiteral("author"));
        QCOMPARE(cli(args(QStringLiteral("init|--demo")), db).exitCode, 0);
        const QString config = m_dir.filePath(QStringLiteral("author-config"));
        QVERIFY(QDir().mkpath(config + QStringLiteral("/lectern")));
        QFile conf(config + QStringLiteral("/lectern/lectern.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[review]\nreviewerName=Bo Svensson\n");
        conf.close();
        QProcess process;
        QProcessEnvironment env = CliRun::environment(db);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LECTERN_CLI), args(QStringLiteral("talks|edit|1|--notes|from the command line")));
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString latest = QStringLiteral("SELECT author FROM change_log WHERE origin = 'cli' ORDER BY seq DESC LIMIT 1");
        const QString author =
                Lectern::Test::TestDatabase::onServer() ? Lectern::Test::TestDatabase::psql(db, latest) : TestUtil::rawScalar(db, latest).toString();
        QCOMPARE(author, QStringLiteral("Bo Svensson"));
    }

    void anExportedAnnouncementIsInTheLog()
    {
        LECTERN_FRESH_DATABASE(db, m_dir, QStringLiteral("announced"));
        QCOMPARE(cli(args(QStringLiteral("init|--demo")), db).exitCode, 0);
        const QString soon = QDate::currentDate().addDays(7).toString(Qt::ISODate);
        const QJsonArray talks = cli(args(QStringLiteral("talks|list|--json")), db).json().array();
        const QString id = QString::number(talks.last().toObject().value(QLatin1String("id")).toInt());
        QCOMPARE(cli(args(QStringLiteral("talks|edit|%1|--date|%2|--status|confirmed|--force").arg(id, soon)), db).exitCode, 0);
        const auto notAnnounced = [&]() {
            int found = 0;
            for (const QJsonValue &item : cli(args(QStringLiteral("todo|--json")), db).json().array()) {
                found += item.toObject().value(QLatin1String("kind")).toString() == QLatin1String("not-announced");
            }
            return found;
        };
        QCOMPARE(notAnnounced(), 1);
        // printing JSON is no announcement; writing the message is
        QCOMPARE(cli(args(QStringLiteral("export|email|--talk|%1|--json").arg(id)), db).exitCode, 0);
        QCOMPARE(notAnnounced(), 1);
        const Run eml = cli(args(QStringLiteral("export|email|--talk|%1|-o|%2").arg(id, m_dir.filePath(QStringLiteral("soon.eml")))), db);
        QVERIFY2(eml.exitCode == 0, qPrintable(eml.err));
        QCOMPARE(notAnnounced(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
