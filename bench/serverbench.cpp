// SPDX-License-Identifier: GPL-2.0-or-later
#include "serverbench.h"

#include "benchstats.h"
#include "itemmodels/monthmodel.h"
#include "operations/talkoperations.h"
#include "storage/changefeed.h"
#include "storage/databasecopy.h"
#include "storage/storage.h"
#include "support/fakephabricator.h"
#include "support/pgserver.h"
#include "sync/conduitanswer.h"
#include "sync/phabricatorsync.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace Lectern::ServerBench {
namespace {
const QStringList inboxTyped = {QStringLiteral("pipeline"), QStringLiteral("données"), QStringLiteral("wikidata search")};
constexpr int firstScreen = 100;

QList<ProposalRepository::InboxQuery> keystrokes()
{
    QList<ProposalRepository::InboxQuery> queries;
    for (const QString &words : inboxTyped) {
        for (int length = 1; length <= words.size(); ++length) {
            const QString prefix = words.left(length);
            if (!prefix.endsWith(QLatin1Char(' '))) {
                queries.append({prefix, {}, ProposalRepository::InboxQuery::SortKey::Received, Qt::DescendingOrder, firstScreen});
            }
        }
    }
    return queries;
}

// A talk in the middle of the schedule, with a time (a drop keeps it).
Talk middleTalk(Storage &storage)
{
    const auto all = storage.talks().all();
    QList<Talk> timed;
    for (const Talk &talk : all.value()) {
        if (talk.date.isValid() && talk.hasTime()) {
            timed << talk;
        }
    }
    return timed.isEmpty() ? Talk() : timed.at(timed.size() / 2);
}

// A drop's commit: the move planned (rules) and applied (version-checked write, change log)
// as a real transaction, a week later and back again.
void dropCommit(BenchRecorder &recorder, Storage &storage, const QString &backend, int runs)
{
    const Talk talk = middleTalk(storage);
    recorder.measure(QStringLiteral("drop commit (%1)").arg(backend), qMax(runs, 40), [&](int i) {
        auto plan = TalkOperations::move(storage, {talk.meta.id}, i % 2 ? talk.date : talk.date.addDays(7));
        const bool ok = plan && (plan.value().isEmpty() || plan.value().change->apply());
        Q_ASSERT(ok);
        Q_UNUSED(ok);
    });
}

QVector<double> inboxSearch(Storage &storage)
{
    QVector<double> times;
    for (const auto &query : keystrokes()) {
        QElapsedTimer timer;
        timer.start();
        auto found = storage.proposals().inbox(query);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        Q_ASSERT(found);
    }
    return times;
}

// psql running the inbox's statements (values in place), each timed by the server's own
// \timing: the floor that a program talking to PostgreSQL cannot go under.
QVector<double> psqlFloor(const Test::PgServer &pg, const QString &database)
{
    QString script = QStringLiteral("\\timing on\n\\o /dev/null\n");
    for (int warm = 0; warm < 2; ++warm) {
        for (const auto &query : keystrokes()) {
            script += ProposalRepository::inboxStatement(query, true) + QStringLiteral(";\n");
        }
    }
    QProcess psql;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), Test::PgServer::password());
    psql.setProcessEnvironment(environment);
    psql.start(pg.binary(QStringLiteral("psql")),
               {QStringLiteral("-X"),
                QStringLiteral("-q"),
                QStringLiteral("-h"),
                QStringLiteral("127.0.0.1"),
                QStringLiteral("-p"),
                QString::number(pg.port()),
                QStringLiteral("-U"),
                Test::PgServer::superuser(),
                QStringLiteral("-d"),
                database});
    psql.write(script.toUtf8());
    psql.closeWriteChannel();
    psql.waitForFinished(120000);
    QVector<double> times;
    const QRegularExpression timing(QStringLiteral("^Time: ([0-9.]+) ms"), QRegularExpression::MultilineOption);
    auto match = timing.globalMatch(QString::fromUtf8(psql.readAllStandardOutput()));
    while (match.hasNext()) {
        times.append(match.next().captured(1).toDouble());
    }
    // The first round warms the caches, as the program's warm-up does.
    return times.mid(times.size() / 2);
}

// One page of 100 tracker tasks parsed and written, rolled back after each run.
void syncPage(BenchRecorder &recorder, Storage &storage, const QString &backend, int runs)
{
    Test::FakePhabricator server;
    server.addTasks(9000001, 100, QDateTime::currentSecsSinceEpoch());
    const QByteArray body = server.firstSearchPage(100);
    const QHash<QString, QString> names = server.realNames();
    QNetworkAccessManager network;
    PhabricatorSync sync(storage, network, QUrl(server.baseUrl()), QStringLiteral("tech-talks"), server.token);
    recorder.measure(QStringLiteral("sync: write one page of 100 tasks (%1)").arg(backend), runs, [&](int) {
        Transaction outer(storage.database()); // not committed: rolled back as it goes
        auto page = Conduit::taskPage(body);
        auto report = sync.write(page.value().tasks, names);
        Q_ASSERT(report);
        Q_UNUSED(report);
    });
}

// Ana's commit to Bo's month model, on the server: Bo's window listens (NOTIFY) as the
// window does, with its usual 250 ms look as the fallback.
void commitToOtherWindow(BenchRecorder &recorder, Storage &ana, Storage &bo, int runs)
{
    const Talk talk = middleTalk(bo);
    MonthModel month(bo.talks());
    month.setMonth(talk.date.year(), talk.date.month());
    ChangeFeed feed(bo);
    if (!feed.start(250)) {
        return;
    }
    QVector<double> latencies;
    for (int i = 0; i <= qMax(runs, 30); ++i) {
        Talk edited = ana.talks().find(talk.meta.id).value();
        edited.notes = QStringLiteral("bench %1").arg(i);
        QEventLoop loop;
        QElapsedTimer timer;
        const auto arrived = QObject::connect(&month, &QAbstractItemModel::dataChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        const bool written = bool(ana.talks().update(edited));
        Q_ASSERT(written);
        Q_UNUSED(written);
        timer.start();
        loop.exec();
        QObject::disconnect(arrived);
        if (i > 0) { // the first is a warm-up
            latencies.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    recorder.report(QStringLiteral("Ana's commit to Bo's month model (PostgreSQL)"), latencies);
}
} // namespace

void measure(BenchRecorder &recorder, const QString &datasetPath, int runs)
{
    QTemporaryDir dir;
    const QString local = dir.filePath(QStringLiteral("side-by-side.sqlite"));
    if (!QFile::copy(datasetPath, local)) {
        std::fprintf(stderr, "server bench: cannot copy %s\n", qPrintable(datasetPath));
        return;
    }
    auto sqlite = Storage::open(local, Database::OpenMode::MustExist);
    Test::PgServer pg;
    if (!sqlite || !pg.start() || !pg.createDatabase(QStringLiteral("bench"))) {
        std::fprintf(stderr, "server bench: no PostgreSQL server: %s\n", qPrintable(pg.error()));
        return;
    }
    QElapsedTimer copying;
    copying.start();
    auto copied = DatabaseCopy::copy(sqlite.value()->database(), pg.uri(QStringLiteral("bench")));
    if (!copied) {
        std::fprintf(stderr, "server bench: %s\n", qPrintable(copied.error().message));
        return;
    }
    std::fprintf(stderr, "  (dataset copied to PostgreSQL: %d rows in %lld ms)\n", copied.value().total(), static_cast<long long>(copying.elapsed()));
    pg.psql(QStringLiteral("bench"), QStringLiteral("ANALYZE"));
    auto ana = Storage::open(pg.uri(QStringLiteral("bench")), Database::OpenMode::MustExist);
    auto bo = Storage::open(pg.uri(QStringLiteral("bench")), Database::OpenMode::MustExist);
    if (!ana || !bo) {
        return;
    }
    ana.value()->database().setOrigin({QStringLiteral("gui"), QStringLiteral("Ana")});
    bo.value()->database().setOrigin({QStringLiteral("gui"), QStringLiteral("Bo")});

    dropCommit(recorder, *sqlite.value(), QStringLiteral("SQLite"), runs);
    dropCommit(recorder, *ana.value(), QStringLiteral("PostgreSQL"), runs);

    (void)inboxSearch(*sqlite.value()); // warm-up
    recorder.report(QStringLiteral("inbox search keystroke (SQLite, side by side)"), inboxSearch(*sqlite.value()));
    recorder.report(QStringLiteral("floor: psql runs the inbox statements"), psqlFloor(pg, QStringLiteral("bench")));
    (void)inboxSearch(*ana.value());
    recorder.report(QStringLiteral("inbox search keystroke (PostgreSQL)"),
                    inboxSearch(*ana.value()),
                    {{QStringLiteral("floor_of"), QStringLiteral("floor: psql runs the inbox statements")}});

    syncPage(recorder, *sqlite.value(), QStringLiteral("SQLite"), runs);
    syncPage(recorder, *ana.value(), QStringLiteral("PostgreSQL"), runs);

    commitToOtherWindow(recorder, *ana.value(), *bo.value(), runs);
}

} // namespace Lectern::ServerBench
