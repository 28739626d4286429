// SPDX-License-Identifier: GPL-2.0-or-later
#include "proposals/triage.h"
#include "storage/storage.h"
#include "support/fakephabricator.h"
#include "support/testdatabase.h"
#include "sync/apitoken.h"
#include "sync/phabricatorsync.h"
#include "testutil.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using Lectern::Test::FakePhabricator;

// Syncs against a real HTTP server on 127.0.0.1 speaking Conduit: every page, the second sync
// asking only for what changed, tracker changes that never overwrite the coordinator's work,
// and every kind of failure leaving the database exactly as it was.
class TestPhabricatorSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<FakePhabricator> m_server;
    QNetworkAccessManager m_network;
    const qint64 m_epoch = 1577836800; // 2020-01-01

    struct Outcome
    {
        bool ok = false;
        PhabricatorSync::Report report;
        QString message;
    };

    Outcome sync(int timeoutMs = 5000, const std::function<void(PhabricatorSync &)> &during = {}, const QString &token = QString())
    {
        PhabricatorSync sync(*m_storage, m_network, QUrl(m_server->baseUrl()), QStringLiteral("tech-talks"), token.isEmpty() ? m_server->token : token);
        sync.setTimeout(timeoutMs);
        QSignalSpy finished(&sync, &PhabricatorSync::finished);
        QSignalSpy failed(&sync, &PhabricatorSync::failed);
        sync.start();
        if (during) {
            during(sync);
        }
        QDeadlineTimer deadline(20000);
        while (finished.isEmpty() && failed.isEmpty() && !deadline.hasExpired()) {
            QTest::qWait(5);
        }
        Outcome outcome;
        if (finished.isEmpty() && failed.isEmpty()) {
            outcome.message = QStringLiteral("the sync never ended");
            return outcome;
        }
        outcome.ok = !finished.isEmpty();
        if (outcome.ok) {
            outcome.report = finished.first().first().value<PhabricatorSync::Report>();
        } else {
            outcome.message = failed.first().first().toString();
        }
        return outcome;
    }

    // Everything a sync may write, as text, to compare before and after a failure.
    QString snapshot() const
    {
        QString dump;
        for (const char *sql : {"SELECT * FROM proposals ORDER BY id", "SELECT * FROM reviews ORDER BY id", "SELECT * FROM sync_state ORDER BY id"}) {
            QSqlQuery query(m_storage->database().connection());
            if (!query.exec(QString::fromLatin1(sql))) {
                return QStringLiteral("error");
            }
            while (query.next()) {
                for (int i = 0; i < query.record().count(); ++i) {
                    dump += query.value(i).toString() + QLatin1Char('|');
                }
                dump += QLatin1Char('\n');
            }
        }
        return dump;
    }

    Proposal byExternalId(const QString &externalId) const { return m_storage->proposals().fromSource(ProposalSource::Phabricator).value().value(externalId); }

    qint64 phabricatorCount() const { return m_storage->proposals().fromSource(ProposalSource::Phabricator).value().size(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_storage.reset();
        static int databases = 0;
        m_path = Test::TestDatabase::fresh(m_dir, QStringLiteral("sync%1").arg(++databases));
        QVERIFY(!m_path.isEmpty());
        auto storage = Storage::open(m_path);
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(m_storage->ensureSeries(QStringLiteral("Tech Talks")));
        m_server = std::make_unique<FakePhabricator>();
        QVERIFY(m_server->listenLocally());
        m_server->addTasks(1, 250, m_epoch);
        m_server->tasks[3].project = QStringLiteral("other-project");
    }

    void readsEveryPageWithAuthors()
    {
        const Outcome first = sync();
        QVERIFY2(first.ok, qPrintable(first.message));
        QCOMPARE(first.report.fetched, 249);
        QCOMPARE(first.report.added, 249);
        QCOMPARE(phabricatorCount(), 249);
        // Three pages of at most 100, then one user.search for the 50 authors.
        QCOMPARE(m_server->requests.size(), 4);
        QCOMPARE(m_server->requests.at(0).path, QStringLiteral("/api/maniphest.search"));
        QVERIFY(!m_server->requests.at(0).form.contains(QStringLiteral("after")));
        QCOMPARE(m_server->requests.at(1).form.value(QStringLiteral("after")), QStringLiteral("101"));
        QCOMPARE(m_server->requests.at(0).form.value(QStringLiteral("constraints[projects][0]")), QStringLiteral("tech-talks"));
        QCOMPARE(m_server->requests.at(0).form.value(QStringLiteral("api.token")), m_server->token);
        QVERIFY(!m_server->requests.at(0).form.contains(QStringLiteral("constraints[modifiedStart]")));
        QCOMPARE(m_server->requests.at(3).path, QStringLiteral("/api/user.search"));
        QVERIFY(m_server->requests.at(0).userAgent.startsWith("Lectern/"));

        const Proposal p = byExternalId(QStringLiteral("T7"));
        QCOMPARE(p.title, m_server->tasks[7].title);
        QCOMPARE(p.text, m_server->tasks[7].description);
        QCOMPARE(p.url, m_server->baseUrl() + QStringLiteral("/T7"));
        QCOMPARE(p.proposer, QStringLiteral("User Number 6"));
        QCOMPARE(p.received, QDateTime::fromSecsSinceEpoch(m_epoch - 86400, Qt::UTC));
        QCOMPARE(p.status, ProposalStatus::New);
        QCOMPARE(p.upstreamStatus, QStringLiteral("open"));
        QVERIFY(byExternalId(QStringLiteral("T3")).title.isEmpty()); // another project's task
    }

    void secondSyncAsksForChangesOnly()
    {
        QVERIFY(sync().ok);
        m_server->requests.clear();
        m_server->tasks[5].description = QStringLiteral("A longer abstract.");
        m_server->tasks[5].modified = m_epoch + 3600;
        m_server->addTasks(400, 1, m_epoch + 7200);
        const Outcome second = sync();
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(m_server->requests.first().form.value(QStringLiteral("constraints[modifiedStart]")), QString::number(m_epoch));
        QCOMPARE(second.report.added, 1);
        QCOMPARE(second.report.updated, 1);
        QCOMPARE(phabricatorCount(), 250);
        QCOMPARE(byExternalId(QStringLiteral("T5")).text, QStringLiteral("A longer abstract."));

        m_server->requests.clear();
        const Outcome third = sync(); // nothing new: idempotent
        QVERIFY(third.ok);
        QCOMPARE(m_server->requests.first().form.value(QStringLiteral("constraints[modifiedStart]")), QString::number(m_epoch + 7200));
        QCOMPARE(third.report.added, 0);
        QCOMPARE(third.report.updated, 0);
        QCOMPARE(phabricatorCount(), 250);
    }

    void upstreamChangesNeverOverwriteTheReview()
    {
        QVERIFY(sync().ok);
        const qint64 reviewed = byExternalId(QStringLiteral("T5")).meta.id;
        const qint64 decided = byExternalId(QStringLiteral("T6")).meta.id;
        QVERIFY(Triage::review(*m_storage, {{}, reviewed, QStringLiteral("Ana"), 4, QStringLiteral("Good fit"), {}}));
        QVERIFY(Triage::decide(*m_storage, {decided}, ProposalStatus::Shortlisted));

        m_server->tasks[5].title = QStringLiteral("Renamed upstream");
        m_server->tasks[5].modified = m_epoch + 60;
        m_server->tasks[6].status = QStringLiteral("resolved");
        m_server->tasks[6].modified = m_epoch + 60;
        m_server->tasks[8].title = QStringLiteral("Changed before anyone looked");
        m_server->tasks[8].modified = m_epoch + 60;
        const Outcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.report.changedSinceReview, 1);
        QCOMPARE(outcome.report.closedUpstream, 1);

        const Proposal five = m_storage->proposals().find(reviewed).value();
        QCOMPARE(five.title, QStringLiteral("Renamed upstream"));
        QVERIFY(five.changedUpstream);
        QCOMPARE(five.status, ProposalStatus::Reviewing);
        QCOMPARE(five.reviews.size(), 1);
        QCOMPARE(five.reviews.first().note, QStringLiteral("Good fit"));
        const Proposal six = m_storage->proposals().find(decided).value();
        QVERIFY(six.upstreamClosed);
        QCOMPARE(six.upstreamStatus, QStringLiteral("resolved"));
        QCOMPARE(six.status, ProposalStatus::Shortlisted);
        QVERIFY(!six.changedUpstream);
        QVERIFY(!byExternalId(QStringLiteral("T8")).changedUpstream); // nothing to be "since"

        // Reviewing it again clears the mark.
        QVERIFY(Triage::review(*m_storage, {{}, reviewed, QStringLiteral("Ana"), 5, QString(), {}}));
        QVERIFY(!m_storage->proposals().find(reviewed).value().changedUpstream);
    }

    // Found by fuzzing: numbers far beyond any date (1e72) were converted to an integer,
    // which is undefined behaviour; they are no dates, and the page is refused.
    void hugeNumbersAreNoDates()
    {
        const QByteArray page = R"({"result":{"data":[{"id":1,"phid":"PHID-TASK-1","fields":{"name":"Idea","dateCreated":1e72,"dateModified":1e72}}],
                                    "cursor":{"after":1e300}},"error_code":null,"error_info":null})";
        const auto answer = Conduit::taskPage(page);
        QVERIFY(!answer);
        QVERIFY2(answer.error().message.contains(QStringLiteral("T1 has no dateModified")), qPrintable(answer.error().message));
        const QByteArray cursor = R"({"result":{"data":[],"cursor":{"after":1e300}},"error_code":null,"error_info":null})";
        const auto last = Conduit::taskPage(cursor);
        QVERIFY(last);
        QVERIFY(last.value().after.isEmpty());
    }

    void failuresLeaveTheDatabaseAsItWas_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("says");
        QTest::newRow("HTTP 500 on the first page") << 0 << int(FakePhabricator::Fault::Http500) << QStringLiteral("HTTP 500");
        QTest::newRow("error_code on the second page") << 1 << int(FakePhabricator::Fault::ErrorCode) << QStringLiteral("ERR-CONDUIT-CORE");
        QTest::newRow("malformed JSON on the third page") << 2 << int(FakePhabricator::Fault::MalformedJson) << QStringLiteral("not JSON");
        QTest::newRow("wrong shape") << 1 << int(FakePhabricator::Fault::WrongShape) << QStringLiteral("no \"data\" list");
        QTest::newRow("stalls past the timeout") << 1 << int(FakePhabricator::Fault::Stall) << QStringLiteral("No answer from the server");
        QTest::newRow("connection dropped") << 0 << int(FakePhabricator::Fault::Close) << QStringLiteral("could not answer");
        // 499 tasks changed since the first sync: five pages, then user.search.
        QTest::newRow("user.search fails") << 5 << int(FakePhabricator::Fault::Http500) << QStringLiteral("user.search");
    }

    void failuresLeaveTheDatabaseAsItWas()
    {
        QFETCH(int, call);
        QFETCH(int, fault);
        QFETCH(QString, says);
        // A first sync, a review, then upstream changes that the failing sync would bring.
        QVERIFY(sync().ok);
        QVERIFY(Triage::review(*m_storage, {{}, byExternalId(QStringLiteral("T2")).meta.id, QStringLiteral("Ana"), 3, QString(), {}}));
        for (int id : {2, 120, 240}) {
            m_server->tasks[id].title += QStringLiteral(" (edited)");
            m_server->tasks[id].modified = m_epoch + 100;
        }
        m_server->addTasks(1000, 250, m_epoch + 100); // enough for three pages again
        const QString before = snapshot();

        m_server->failCall(call, FakePhabricator::Fault(fault));
        if (FakePhabricator::Fault(fault) == FakePhabricator::Fault::Close) {
            m_server->failCall(call + 1, FakePhabricator::Fault::Close); // Qt Network retries a dropped request once
        }
        const Outcome failed = sync(300);
        QVERIFY(!failed.ok);
        QVERIFY2(failed.message.contains(says), qPrintable(failed.message));
        QVERIFY2(failed.message.contains(QStringLiteral("Nothing was changed")), qPrintable(failed.message));
        QCOMPARE(snapshot(), before);

        // The next sync resumes from the same place and takes everything in.
        const Outcome next = sync();
        QVERIFY2(next.ok, qPrintable(next.message));
        QCOMPARE(next.report.added, 250);
        QCOMPARE(byExternalId(QStringLiteral("T120")).title, m_server->tasks[120].title);
        QVERIFY(byExternalId(QStringLiteral("T2")).changedUpstream);
    }

    void cancelLeavesTheDatabaseAsItWas()
    {
        const QString before = snapshot();
        m_server->failCall(1, FakePhabricator::Fault::Stall);
        const Outcome cancelled = sync(10000, [](PhabricatorSync &running) { QTimer::singleShot(200, &running, &PhabricatorSync::cancel); });
        QVERIFY(!cancelled.ok);
        QVERIFY2(cancelled.message.contains(QStringLiteral("cancelled")), qPrintable(cancelled.message));
        QCOMPARE(snapshot(), before);
        QCOMPARE(phabricatorCount(), 0);
    }

    void aWrongTokenIsNamed()
    {
        const Outcome outcome = sync(5000, {}, QStringLiteral("api-differentdifferentdifferent1"));
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(QStringLiteral("ERR-INVALID-AUTH")), qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(QStringLiteral("maniphest.search")));
    }

    void tokenFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("token"));
        TestUtil::writeFile(path, "api-abcdefghijklmnopqrstuvwxyz12\n");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        auto open = ApiToken::fromFile(path);
        QVERIFY(!open);
        QVERIFY2(open.error().message.contains(QStringLiteral("chmod 600")), qPrintable(open.error().message));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(ApiToken::fromFile(path).value(), QStringLiteral("api-abcdefghijklmnopqrstuvwxyz12"));
        TestUtil::writeFile(path, "password123\n");
        QVERIFY(!ApiToken::fromFile(path));
        QVERIFY(!ApiToken::fromFile(m_dir.filePath(QStringLiteral("missing"))));
        qputenv(ApiToken::environmentVariable, "api-abcdefghijklmnopqrstuvwxyz12");
        QVERIFY(ApiToken::fromEnvironment());
        qunsetenv(ApiToken::environmentVariable);
        QVERIFY(!ApiToken::fromEnvironment());
    }
};

QTEST_GUILESS_MAIN(TestPhabricatorSync)
#include "tst_phabricatorsync.moc"
