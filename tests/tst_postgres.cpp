// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/monthmodel.h"
#include "operations/talkoperations.h"
#include "storage/changefeed.h"
#include "storage/databasecopy.h"
#include "storage/migrations.h"
#include "storage/storage.h"
#include "storage/talkrepository.h"
#include "support/pgserver.h"

#include "clirun.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using Lectern::Test::PgServer;

// A shared schedule on a real PostgreSQL server, started by the test in a folder of its own
// on a private port (never a system cluster): the schema made by the same migrations, the
// sample series written and read back through the same repositories, and every way a
// connection can fail said with the server and the cause, nothing written.
class TestPostgres : public QObject
{
    Q_OBJECT

private:
    PgServer m_server;
    int m_databases = 0;

    QString freshDatabase()
    {
        const QString name = QStringLiteral("lectern_%1").arg(++m_databases);
        return m_server.createDatabase(name) ? name : QString();
    }

    // A coordinator's connection to `database`, named after them; the first one loads the
    // sample series.
    std::unique_ptr<Storage> coordinator(const QString &database, const QString &name, bool loadSample = false)
    {
        auto storage = Storage::open(m_server.uri(database), loadSample ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
        if (!storage) {
            qWarning("%s", qPrintable(storage.error().message));
            return {};
        }
        if (loadSample && !SampleSeries::load(*storage.value())) {
            return {};
        }
        storage.value()->database().setOrigin({QStringLiteral("gui"), name});
        return std::move(storage).value();
    }

    static Talk talkTitled(Storage &storage, const QString &title)
    {
        for (const Talk &talk : storage.talks().all().value()) {
            if (talk.title == title) {
                return talk;
            }
        }
        return {};
    }

    // Every row of every table, in key order, as text: what "the same database" means.
    static QStringList dump(Database &db)
    {
        QStringList lines;
        for (const QString &table : DatabaseCopy::tables()) {
            QSqlQuery query(db.connection());
            if (!query.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table))) {
                lines << QStringLiteral("%1: unreadable").arg(table);
                continue;
            }
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i) {
                columns << query.record().fieldName(i);
            }
            columns.sort();
            QSqlQuery rows(db.connection());
            rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1").arg(columns.join(QStringLiteral(", ")), table));
            while (rows.next()) {
                QStringList values;
                for (int i = 0; i < columns.size(); ++i) {
                    const QVariant v = rows.value(i);
                    values << (v.isNull() ? QStringLiteral("NULL") : v.toString());
                }
                lines << table + QLatin1String(": ") + values.join(QLatin1Char('|'));
            }
        }
        return lines;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void cleanupTestCase() { m_server.stop(); }

    void aNewScheduleGetsTheWholeSchema()
    {
        const QString name = freshDatabase();
        QVERIFY(!name.isEmpty());
        auto storage = Storage::open(m_server.uri(name));
        QVERIFY2(storage, qPrintable(storage ? QString() : storage.error().message));
        QVERIFY(storage.value()->database().isServer());
        QCOMPARE(storage.value()->database().schemaVersion(), Migrations::latestVersion());
        QCOMPARE(m_server.psql(name, QStringLiteral("SELECT meta_value FROM lectern_meta WHERE meta_key = 'schema_version'")),
                 QString::number(Migrations::latestVersion()));
        // The password is not in what the program shows.
        QVERIFY(!storage.value()->database().path().contains(PgServer::password()));
        QVERIFY(storage.value()->database().path().contains(name));
    }

    void theSampleSeriesIsTheSameAsOnSqlite()
    {
        const QString name = freshDatabase();
        auto storage = Storage::open(m_server.uri(name));
        QVERIFY2(storage, qPrintable(storage ? QString() : storage.error().message));
        auto loaded = SampleSeries::load(*storage.value());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));

        QTemporaryDir dir;
        auto file = Storage::open(dir.filePath(QStringLiteral("same.sqlite")));
        QVERIFY(file);
        QVERIFY(SampleSeries::load(*file.value()));
        const QList<Talk> onServer = storage.value()->talks().all().value();
        const QList<Talk> inFile = file.value()->talks().all().value();
        QCOMPARE(onServer.size(), inFile.size());
        for (int i = 0; i < onServer.size(); ++i) {
            QCOMPARE(onServer.at(i).title, inFile.at(i).title);
            QCOMPARE(onServer.at(i).date, inFile.at(i).date);
            QCOMPARE(onServer.at(i).startUtc, inFile.at(i).startUtc);
            QCOMPARE(onServer.at(i).speakers.size(), inFile.at(i).speakers.size());
        }
        QCOMPARE(storage.value()->speakers().all().value().size(), file.value()->speakers().all().value().size());

        // A move through the operations layer: written, versioned, in the change log.
        const Talk talk = onServer.constFirst();
        auto move = TalkOperations::move(*storage.value(), {talk.meta.id}, talk.date.addDays(7));
        QVERIFY(move && !move.value().isEmpty());
        QVERIFY2(move.value().change->apply(), "the move was refused");
        const Talk moved = storage.value()->talks().find(talk.meta.id).value();
        QCOMPARE(moved.date, talk.date.addDays(7));
        QCOMPARE(moved.meta.version, talk.meta.version + 1);
        QVERIFY(move.value().change->revert());
        QCOMPARE(storage.value()->talks().find(talk.meta.id).value().date, talk.date);
        QVERIFY(m_server.psql(name, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'talk' AND entity_id = %1").arg(talk.meta.id)).toInt() >= 2);
    }

    // The inbox's search finds the same proposals on both, by PostgreSQL's own full-text
    // search: every word, prefixes, accents and case ignored; the speakers' search too.
    void searchFindsTheSameOnBoth()
    {
        const QString name = freshDatabase();
        auto server = Storage::open(m_server.uri(name));
        QVERIFY2(server, qPrintable(server ? QString() : server.error().message));
        QTemporaryDir dir;
        auto file = Storage::open(dir.filePath(QStringLiteral("search.sqlite")));
        QVERIFY(file);
        const QStringList titles{QStringLiteral("Café culture in open source"),
                                 QStringLiteral("A naïve approach to caching"),
                                 QStringLiteral("Rust in MediaWiki tooling"),
                                 QStringLiteral("Übersetzungen für alle"),
                                 QStringLiteral("Mediating community disputes"),
                                 QStringLiteral("Data-driven decisions: O'Reilly's view")};
        for (Storage *storage : {server.value().get(), file.value().get()}) {
            QVERIFY(SampleSeries::load(*storage));
            const qint64 series = storage->series().current().value().meta.id;
            for (const QString &title : titles) {
                Proposal proposal;
                proposal.seriesId = series;
                proposal.title = title;
                proposal.text = QStringLiteral("Proposed for the series. Ünïcode and résumé words inside.");
                proposal.proposer = QStringLiteral("Zoë Ångström");
                proposal.received = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
                QVERIFY(storage->proposals().add(proposal));
            }
        }
        const QStringList queries{QStringLiteral("cafe"),
                                  QStringLiteral("CAF"),
                                  QStringLiteral("naive cach"),
                                  QStringLiteral("media"),
                                  QStringLiteral("ubersetz"),
                                  QStringLiteral("zoe"),
                                  QStringLiteral("angstr"),
                                  QStringLiteral("resume unicode"),
                                  QStringLiteral("o'reilly"),
                                  QStringLiteral("data-driv"),
                                  QStringLiteral("rust wiki"),
                                  QStringLiteral("nothing-like-this"),
                                  QStringLiteral("\"quoted\" *")};
        const auto titlesOf = [](const QList<Proposal> &found) {
            QStringList list;
            for (const Proposal &p : found) {
                list << p.title;
            }
            list.sort();
            return list;
        };
        for (const QString &text : queries) {
            const auto onServer = server.value()->proposals().search(text, std::nullopt);
            const auto inFile = file.value()->proposals().search(text, std::nullopt);
            QVERIFY2(onServer, qPrintable(text + QStringLiteral(": ") + (onServer ? QString() : onServer.error().message)));
            QVERIFY(inFile);
            QCOMPARE(titlesOf(onServer.value()), titlesOf(inFile.value()));
            ProposalRepository::InboxQuery inbox;
            inbox.text = text;
            inbox.sortKey = ProposalRepository::InboxQuery::SortKey::Title;
            inbox.order = Qt::AscendingOrder;
            QCOMPARE(server.value()->proposals().inboxCount(inbox).value(), file.value()->proposals().inboxCount(inbox).value());
            const auto page = server.value()->proposals().inbox(inbox);
            QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
            QCOMPARE(page.value().size(), file.value()->proposals().inbox(inbox).value().size());
        }
        QVERIFY(!titlesOf(server.value()->proposals().search(QStringLiteral("cafe"), std::nullopt).value()).isEmpty());
        QCOMPARE(titlesOf(server.value()->proposals().search(QStringLiteral("naive cach"), std::nullopt).value()),
                 QStringList{QStringLiteral("A naïve approach to caching")});
        // Speakers: any part of a name, case ignored.
        for (const QString &text : {QStringLiteral("sastry"), QStringLiteral("SUBBU"), QStringLiteral("otto")}) {
            QCOMPARE(server.value()->speakers().search(text).value().size(), file.value()->speakers().search(text).value().size());
            QVERIFY(!server.value()->speakers().search(text).value().isEmpty());
        }
    }

    // The command line on a server: LECTERN_DATABASE names it, init makes the schema (and the
    // sample series), the commands read and write it like a file.
    void theCommandLineWorksOnAServer()
    {
        const QString name = freshDatabase();
        const QString uri = m_server.uri(name);
        const CliRun::Run init = CliRun::run(CliRun::args(QStringLiteral("init|--demo")), uri);
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QString said = QString::fromUtf8(init.out);
        QVERIFY2(
                said.contains(
                        QStringLiteral("Database postgresql://%1@127.0.0.1:%2/%3 is ready").arg(PgServer::superuser(), QString::number(m_server.port()), name)),
                qPrintable(said));
        QVERIFY(!said.contains(PgServer::password()));
        const CliRun::Run list = CliRun::run(CliRun::args(QStringLiteral("talks|list|--json")), uri);
        QCOMPARE(list.exitCode, 0);
        const QJsonArray talks = list.json().array();
        QCOMPARE(talks.size(), 16);
        const QString id = QString::number(talks.at(0).toObject().value(QStringLiteral("id")).toInt());
        const CliRun::Run moved = CliRun::run(
                {QStringLiteral("talks"), QStringLiteral("move"), id, QStringLiteral("--to"), QStringLiteral("2031-03-05T17:00"), QStringLiteral("--force")},
                uri);
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QCOMPARE(m_server.psql(name, QStringLiteral("SELECT talk_date || ' ' || start_utc FROM talks WHERE id = %1").arg(id)),
                 QStringLiteral("2031-03-05 17:00"));
        QCOMPARE(
                m_server.psql(name, QStringLiteral("SELECT origin FROM change_log WHERE entity = 'talk' AND entity_id = %1 ORDER BY seq DESC LIMIT 1").arg(id)),
                QStringLiteral("cli"));
        // A command on a server that is not there: named, exit status 4.
        const CliRun::Run down = CliRun::run(CliRun::args(QStringLiteral("talks|list")), QStringLiteral("postgresql://ana@127.0.0.1:1/%1").arg(name));
        QCOMPARE(down.exitCode, 4);
        QVERIFY2(down.err.contains(QStringLiteral("cannot be reached")), qPrintable(down.err));
    }

    // Ana and Bo on one schedule: Ana's move reaches Bo's models by the server's notification
    // (Bo's feed would not look by itself for a minute), row by row, no reset; Bo's write of
    // the same talk from the version he had is refused, Ana's values stay.
    void anotherCoordinatorsMoveArrivesByNotification()
    {
        const QString name = freshDatabase();
        auto ana = coordinator(name, QStringLiteral("Ana"), true);
        QVERIFY(ana);
        auto bo = coordinator(name, QString());
        QVERIFY(bo);
        MonthModel month(bo->talks());
        month.setMonth(2020, 6);
        AgendaModel agenda(bo->talks());
        QAbstractItemModelTester monthTester(&month, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester agendaTester(&agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChangeFeed feed(*bo);
        QVERIFY(feed.start(60000));
        QSignalSpy monthReset(&month, &QAbstractItemModel::modelReset);
        QSignalSpy agendaReset(&agenda, &QAbstractItemModel::modelReset);
        QSignalSpy monthChanged(&month, &QAbstractItemModel::dataChanged);
        QSignalSpy elsewhere(&feed, &ChangeFeed::changedElsewhere);

        const Talk talk = talkTitled(*bo, QStringLiteral("Modern Event Platform"));
        QCOMPARE(talk.date, QDate(2020, 6, 24));
        auto move = TalkOperations::move(*ana, {talk.meta.id}, QDate(2020, 6, 10));
        QVERIFY(move && !move.value().isEmpty());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(move.value().change->apply());
        QTRY_COMPARE_WITH_TIMEOUT(month.talksOn(QDate(2020, 6, 10)).size(), 1, 10000);
        qInfo("Ana's move reached Bo's month model after %lld ms", clock.elapsed());
        QCOMPARE(month.talksOn(QDate(2020, 6, 24)).size(), 0);
        QVERIFY(monthChanged.count() >= 1);
        QCOMPARE(monthReset.count(), 0);
        QCOMPARE(agendaReset.count(), 0);
        QCOMPARE(elsewhere.count(), 1);
        QCOMPARE(elsewhere.constFirst().constFirst().value<QList<ChangeEntry>>().constFirst().origin.author, QStringLiteral("Ana"));

        // Each sees who else has the schedule open.
        bo->database().setOrigin({QStringLiteral("gui"), QStringLiteral("Bo")});
        QCOMPARE(bo->database().otherSessions().value(), QStringList{QStringLiteral("Ana")});
        QCOMPARE(ana->database().otherSessions().value(), QStringList{QStringLiteral("Bo")});

        // Bo writes the talk as he read it before Ana's move: refused, Ana's date stays.
        Talk stale = talk;
        stale.title = QStringLiteral("Modern Event Platform (Bo's title)");
        auto refused = bo->talks().update(stale);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(ana->talks().find(talk.meta.id).value().date, QDate(2020, 6, 10));
        QCOMPARE(ana->talks().find(talk.meta.id).value().title, QStringLiteral("Modern Event Platform"));
    }

    // An administrator ends Ana's session (as a restarted server or a lost network would): her
    // window goes offline, her write is refused whole, Bo goes on working; the feed connects
    // again and Ana's models catch up with Bo's changes, each once.
    void aLostConnectionGoesOfflineAndCatchesUp()
    {
        const QString name = freshDatabase();
        auto ana = coordinator(name, QStringLiteral("Ana"), true);
        QVERIFY(ana);
        auto bo = coordinator(name, QStringLiteral("Bo"));
        QVERIFY(bo);
        MonthModel month(ana->talks());
        month.setMonth(2020, 6);
        QAbstractItemModelTester tester(&month, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChangeFeed feed(*ana);
        feed.setReconnectDelays(300, 1000);
        QVERIFY(feed.start(50));
        QSignalSpy connection(&feed, &ChangeFeed::connectionChanged);
        QSignalSpy updated(&ana->talks(), &TalkRepository::talkUpdated);
        QSignalSpy reset(&month, &QAbstractItemModel::modelReset);
        const Talk platform = talkTitled(*bo, QStringLiteral("Modern Event Platform"));
        const Talk gateway = talkTitled(*bo, QStringLiteral("API portal and gateway project"));
        QCOMPARE(platform.date, QDate(2020, 6, 24));
        QCOMPARE(gateway.date, QDate(2020, 6, 5));
        const QString logged = QStringLiteral("SELECT count(*) FROM change_log");
        const int before = m_server.psql(name, logged).toInt();

        // Ana's move, planned while online, applied after the session ended.
        auto move = TalkOperations::move(*ana, {platform.meta.id}, QDate(2020, 6, 10));
        QVERIFY(move && !move.value().isEmpty());
        QCOMPARE(m_server.psql(name, QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'Lectern: Ana'")),
                 QStringLiteral("1"));
        auto refused = move.value().change->apply();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("offline")), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QStringLiteral("127.0.0.1:%1/%2").arg(QString::number(m_server.port()), name)),
                 qPrintable(refused.error().message));
        QTRY_VERIFY(connection.count() >= 1);
        QCOMPARE(connection.constFirst().constFirst().toBool(), false);
        QVERIFY(!ana->database().isOnline());
        // Nothing of it reached the server.
        QCOMPARE(bo->talks().find(platform.meta.id).value().date, QDate(2020, 6, 24));
        QCOMPARE(m_server.psql(name, logged).toInt(), before);
        // While offline: reads say so too, and another write is refused before it starts.
        auto offlineRead = ana->talks().find(gateway.meta.id);
        QVERIFY(!offlineRead);
        QVERIFY2(offlineRead.error().message.contains(QStringLiteral("offline")), qPrintable(offlineRead.error().message));

        // Bo goes on: a move and a new title.
        auto boMove = TalkOperations::move(*bo, {gateway.meta.id}, QDate(2020, 6, 12));
        QVERIFY(boMove && boMove.value().change->apply());
        Talk renamed = bo->talks().find(platform.meta.id).value();
        renamed.title = QStringLiteral("Modern Event Platform, one year on");
        QVERIFY(bo->talks().update(renamed));

        // Ana's window connects again and reads what it missed, once.
        QTRY_COMPARE_WITH_TIMEOUT(connection.count(), 2, 10000);
        QCOMPARE(connection.at(1).constFirst().toBool(), true);
        QVERIFY(ana->database().isOnline());
        QTRY_COMPARE(month.talksOn(QDate(2020, 6, 12)).size(), 1);
        QCOMPARE(month.talksOn(QDate(2020, 6, 5)).size(), 0);
        QCOMPARE(month.talksOn(QDate(2020, 6, 24)).constFirst().title, QStringLiteral("Modern Event Platform, one year on"));
        QCOMPARE(updated.count(), 2);
        QCOMPARE(reset.count(), 0);
        // The connection is named again and listens again: Ana's move now goes, and Bo's
        // next change reaches her by notification.
        QCOMPARE(bo->database().otherSessions().value(), QStringList{QStringLiteral("Ana")});
        auto again = TalkOperations::move(*ana, {platform.meta.id}, QDate(2020, 6, 10));
        QVERIFY(again && again.value().change->apply());
        QCOMPARE(bo->talks().find(platform.meta.id).value().date, QDate(2020, 6, 10));
        QCOMPARE(m_server.psql(name, logged).toInt(), before + 3);
        QVERIFY(feed.start(60000)); // from here only a notification brings it within the test's time
        auto boBack = TalkOperations::move(*bo, {gateway.meta.id}, QDate(2020, 6, 5));
        QVERIFY(boBack && boBack.value().change->apply());
        QTRY_COMPARE(month.talksOn(QDate(2020, 6, 5)).size(), 1);
        QCOMPARE(updated.count(), 4);
    }

    // While Ana was offline a newer Lectern upgraded the schedule: connecting again is refused
    // with the reason, and she stays offline rather than writing an older shape into it.
    void aNewerScheduleOnReconnectingIsRefused()
    {
        const QString name = freshDatabase();
        auto ana = Storage::open(m_server.uri(name));
        QVERIFY(ana);
        ana.value()->database().setOrigin({QStringLiteral("gui"), QStringLiteral("Ana")});
        ChangeFeed feed(*ana.value());
        feed.setReconnectDelays(50, 100);
        QVERIFY(feed.start(50));
        QSignalSpy connection(&feed, &ChangeFeed::connectionChanged);
        // A newer Lectern upgrades the schedule, and Ana's connection is lost meanwhile.
        bool bumped = false;
        m_server.psql(name,
                      QStringLiteral("UPDATE lectern_meta SET meta_value = '%1' WHERE meta_key = 'schema_version'")
                              .arg(QString::number(Migrations::latestVersion() + 1)),
                      &bumped);
        QVERIFY(bumped);
        QCOMPARE(m_server.psql(name, QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'Lectern: Ana'")),
                 QStringLiteral("1"));
        QTRY_VERIFY(feed.reconnectAttempts() >= 3);
        // Offline, then why it stays so — said once however often it tries.
        QCOMPARE(connection.count(), 2);
        QCOMPARE(connection.at(0).at(0).toBool(), false);
        QVERIFY2(connection.at(1).at(1).toString().contains(QStringLiteral("newer version")), qPrintable(connection.at(1).at(1).toString()));
        QVERIFY(!ana.value()->database().isOnline());
        auto again = ana.value()->database().reconnect();
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Refused);
        QCOMPARE(m_server.psql(name, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'Lectern%'")), QStringLiteral("0"));
    }

    // A series moves to the server and back: every table, ids, UIDs, reviews, the change log,
    // row for row; a target with anything in it is refused and left as it was.
    void copyBothWaysKeepsEveryRow()
    {
        QTemporaryDir dir;
        const QString local = dir.filePath(QStringLiteral("local.sqlite"));
        {
            auto file = Storage::open(local);
            QVERIFY(file);
            QVERIFY(SampleSeries::load(*file.value()));
            Review review;
            review.proposalId = file.value()->proposals().search(QString(), std::nullopt).value().constFirst().meta.id;
            review.reviewer = QStringLiteral("Ana");
            review.score = 4;
            review.note = QStringLiteral("Strong — would watch.");
            QVERIFY(file.value()->proposals().addReview(review));
            QVERIFY(file.value()->settings().setValue(SettingsRepository::worldTimeZonesKey, QStringLiteral("Europe/Berlin,Asia/Tokyo")));
        }
        auto source = Storage::open(local, Database::OpenMode::MustExist);
        QVERIFY(source);
        // The copy knows every table of the schema (the search index is rebuilt, not copied).
        QSqlQuery schema(source.value()->database().connection());
        QVERIFY(schema.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'proposals_fts%' ORDER BY name")));
        QStringList inSchema;
        while (schema.next()) {
            inSchema << schema.value(0).toString();
        }
        QStringList copied = DatabaseCopy::tables();
        copied.sort();
        QCOMPARE(copied, inSchema);
        const QString name = freshDatabase();
        auto toServer = DatabaseCopy::copy(source.value()->database(), m_server.uri(name));
        QVERIFY2(toServer, qPrintable(toServer ? QString() : toServer.error().message));
        QVERIFY(toServer.value().total() > 100);
        auto server = Storage::open(m_server.uri(name), Database::OpenMode::MustExist);
        QVERIFY(server);
        QCOMPARE(dump(server.value()->database()), dump(source.value()->database()));
        // New rows on the server get ids after the copied ones.
        Talk added;
        added.seriesId = server.value()->series().current().value().meta.id;
        added.title = QStringLiteral("Added after the copy");
        auto id = server.value()->talks().add(added);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QVERIFY(id.value() > 16);

        // And back to a new file, which then holds what the server holds.
        const QString back = dir.filePath(QStringLiteral("offline.sqlite"));
        auto toFile = DatabaseCopy::copy(server.value()->database(), back);
        QVERIFY2(toFile, qPrintable(toFile ? QString() : toFile.error().message));
        auto offline = Storage::open(back, Database::OpenMode::MustExist);
        QVERIFY(offline);
        QCOMPARE(dump(offline.value()->database()), dump(server.value()->database()));
        QCOMPARE(offline.value()->proposals().search(QStringLiteral("wiki"), std::nullopt).value().size(),
                 server.value()->proposals().search(QStringLiteral("wiki"), std::nullopt).value().size());

        // Not into a schedule that has something: refused, unchanged.
        const QStringList before = dump(server.value()->database());
        auto refused = DatabaseCopy::copy(source.value()->database(), m_server.uri(name));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("is not empty")), qPrintable(refused.error().message));
        QCOMPARE(dump(server.value()->database()), before);
        // The command line says what it copied.
        const CliRun::Run cli = CliRun::run({QStringLiteral("copy"), QStringLiteral("--to"), dir.filePath(QStringLiteral("third.sqlite"))}, local);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QVERIFY2(QString::fromUtf8(cli.out).contains(QStringLiteral("talks 16")), cli.out.constData());
        const CliRun::Run again = CliRun::run({QStringLiteral("copy"), QStringLiteral("--to"), m_server.uri(name)}, local);
        QCOMPARE(again.exitCode, 4);
    }

    // The README's recipe, as two coordinators without superuser rights: Ana owns the
    // database and makes the schedule (the search's unaccent is a trusted extension), grants Bo
    // the rows, and Bo works on it.
    void aRolePerCoordinatorAsTheReadmeSays()
    {
        QVERIFY(m_server.createRole(QStringLiteral("ana"), QStringLiteral("ana-pw")));
        QVERIFY(m_server.createRole(QStringLiteral("bo"), QStringLiteral("bo-pw")));
        bool ok = false;
        m_server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE techtalks OWNER ana"), &ok);
        QVERIFY(ok);
        const QString ana = m_server.uri(QStringLiteral("techtalks"), QStringLiteral("ana"), QStringLiteral("ana-pw"));
        const CliRun::Run init = CliRun::run(CliRun::args(QStringLiteral("init|--demo")), ana);
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QString bo = m_server.uri(QStringLiteral("techtalks"), QStringLiteral("bo"), QStringLiteral("bo-pw"));
        // Before the grant, Bo is told the server refused him the rows.
        const CliRun::Run refused = CliRun::run(CliRun::args(QStringLiteral("talks|list")), bo);
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("permission denied")), qPrintable(refused.err));
        m_server.psql(QStringLiteral("techtalks"),
                      QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO bo; "
                                     "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO bo"),
                      &ok);
        QVERIFY(ok);
        const CliRun::Run list = CliRun::run(CliRun::args(QStringLiteral("talks|list|--json")), bo);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QString id = QString::number(list.json().array().at(1).toObject().value(QStringLiteral("id")).toInt());
        const CliRun::Run moved = CliRun::run(
                {QStringLiteral("talks"), QStringLiteral("move"), id, QStringLiteral("--to"), QStringLiteral("2031-04-02T17:00"), QStringLiteral("--force")},
                bo);
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        const CliRun::Run added = CliRun::run(CliRun::args(QStringLiteral("talks|add|--title|Bo's talk|--date|2031-05-07|--force")), bo);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(m_server.psql(QStringLiteral("techtalks"), QStringLiteral("SELECT count(*) FROM talks")), QStringLiteral("17"));
    }

    void connectionFailuresNameTheServerAndTheCause()
    {
        const QString name = freshDatabase();
        // Nobody listens there.
        auto unreachable = Storage::open(QStringLiteral("postgresql://ana@127.0.0.1:1/%1").arg(name));
        QVERIFY(!unreachable);
        QVERIFY2(unreachable.error().message.contains(QStringLiteral("postgresql://ana@127.0.0.1:1/%1 cannot be reached").arg(name)),
                 qPrintable(unreachable.error().message));
        // A wrong password.
        auto wrong = Storage::open(m_server.uri(name, PgServer::superuser(), QStringLiteral("guess")));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(QStringLiteral("refused the password of %1").arg(PgServer::superuser())), qPrintable(wrong.error().message));
        QVERIFY(!wrong.error().message.contains(QStringLiteral("guess")));
        // No such database.
        auto missing = Storage::open(m_server.uri(QStringLiteral("no_such_db")));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("has no database “no_such_db”")), qPrintable(missing.error().message));
        // A database without Lectern's schema, where one must exist: nothing is created.
        auto empty = Storage::open(m_server.uri(name), Database::OpenMode::MustExist);
        QVERIFY(!empty);
        QVERIFY2(empty.error().message.contains(QStringLiteral("has no Lectern schedule yet")), qPrintable(empty.error().message));
        QCOMPARE(m_server.psql(name, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")), QStringLiteral("0"));
        // Another program's tables.
        const QString other = freshDatabase();
        m_server.psql(other, QStringLiteral("CREATE TABLE invoices (id int)"));
        auto foreign = Storage::open(m_server.uri(other));
        QVERIFY(!foreign);
        QVERIFY2(foreign.error().message.contains(QStringLiteral("another program's tables")), qPrintable(foreign.error().message));
        QCOMPARE(m_server.psql(other, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")), QStringLiteral("1"));
        // A schedule from a newer Lectern: refused, left as it is.
        {
            auto made = Storage::open(m_server.uri(name));
            QVERIFY(made);
        }
        m_server.psql(name, QStringLiteral("UPDATE lectern_meta SET meta_value = '%1' WHERE meta_key = 'schema_version'").arg(Migrations::latestVersion() + 1));
        auto newer = Storage::open(m_server.uri(name));
        QVERIFY(!newer);
        QVERIFY2(newer.error().message.contains(QStringLiteral("newer version of Lectern")), qPrintable(newer.error().message));
        QCOMPARE(m_server.psql(name, QStringLiteral("SELECT meta_value FROM lectern_meta WHERE meta_key = 'schema_version'")),
                 QString::number(Migrations::latestVersion() + 1));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
