// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlutil.h"
#include "support/testdatabase.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static int pragma(Database &db, const char *name)
    {
        auto q = Sql::run(db.connection(), QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(name)));
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

    static QStringList tables(Database &db)
    {
        // The project's own tables; the full-text index (proposals_fts and its shadow tables)
        // is derived from them and kept by triggers.
        // On a server, lectern_meta holds the schema version (SQLite's user_version).
        auto q = Sql::run(db.connection(),
                          db.isServer()
                                  ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                                   "AND table_name <> 'lectern_meta' ORDER BY table_name")
                                  : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'proposals_fts%' ORDER BY name"));
        QStringList names;
        while (q && q.value().next()) {
            names << q.value().value(0).toString();
        }
        return names;
    }

    // Opening must fail with a message that names the file, and leave its bytes alone.
    void expectRefusal(const QString &file, const QString &messagePart)
    {
        const QByteArray before = TestUtil::fileHash(file);
        auto db = Database::open(file);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QFileInfo(file).absoluteFilePath()), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(db.error().message));
        QCOMPARE(TestUtil::fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsNewFileAndFolders()
    {
        LECTERN_SQLITE_ONLY("a new file and its folders");
        const QString file = path(QStringLiteral("deeper/and/deeper/new.sqlite"));
        auto db = Database::open(file);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QVERIFY(QFile::exists(file));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(pragma(*db.value(), "user_version"), Migrations::latestVersion());
        QCOMPARE(pragma(*db.value(), "application_id"), Migrations::applicationId);
        QCOMPARE(pragma(*db.value(), "foreign_keys"), 1);
        auto mode = Sql::run(db.value()->connection(), QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && mode.value().next());
        QCOMPARE(mode.value().value(0).toString(), QStringLiteral("wal"));
        const QStringList expected{QStringLiteral("announcements"),
                                   QStringLiteral("change_log"),
                                   QStringLiteral("email_templates"),
                                   QStringLiteral("outbox"),
                                   QStringLiteral("proposal_speakers"),
                                   QStringLiteral("proposals"),
                                   QStringLiteral("publish_conflicts"),
                                   QStringLiteral("publish_runs"),
                                   QStringLiteral("published_events"),
                                   QStringLiteral("reviews"),
                                   QStringLiteral("series"),
                                   QStringLiteral("settings"),
                                   QStringLiteral("speaker_emails"),
                                   QStringLiteral("speakers"),
                                   QStringLiteral("sync_state"),
                                   QStringLiteral("talk_speakers"),
                                   QStringLiteral("talk_topics"),
                                   QStringLiteral("talks"),
                                   QStringLiteral("topics")};
        QCOMPARE(tables(*db.value()), expected);
        QVERIFY(db.value()->backupPath().isEmpty()); // nothing to back up in a new file
    }

    void migratesAnEmptyFile()
    {
        LECTERN_SQLITE_ONLY("an empty file");
        const QString file = path(QStringLiteral("empty.sqlite"));
        TestUtil::writeFile(file, QByteArray());
        auto db = Database::open(file);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    }

    void everyRowHasVersionAndStamps()
    {
        LECTERN_FRESH_DATABASE(location, m_dir, QStringLiteral("columns"));
        auto db = Database::open(location);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QVERIFY(tables(*db.value()).contains(QStringLiteral("talks")));
        for (const QString &table : tables(*db.value())) {
            if (table == QLatin1String("change_log")) {
                continue; // a log: its rows are written once and never changed
            }
            const QSqlRecord record = db.value()->connection().record(table);
            for (const char *column : {"version", "created_at", "modified_at"}) {
                QVERIFY2(record.contains(QString::fromLatin1(column)), qPrintable(table + QLatin1Char('.') + QString::fromLatin1(column)));
            }
        }
    }

    void reopeningKeepsDataAndVersion()
    {
        LECTERN_FRESH_DATABASE(file, m_dir, QStringLiteral("reopen"));
        {
            auto db = Database::open(file);
            QVERIFY(db);
            QVERIFY(Sql::run(db.value()->connection(),
                             QStringLiteral("INSERT INTO settings (setting_key, setting_value, created_at, modified_at) VALUES ('k', 'v', 'x', 'x')")));
        }
        auto db = Database::open(file, Database::OpenMode::MustExist);
        QVERIFY(db);
        QVERIFY(db.value()->backupPath().isEmpty());
        auto q = Sql::run(db.value()->connection(), QStringLiteral("SELECT setting_value FROM settings WHERE setting_key = 'k'"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("v"));
    }

    void missingFileWithMustExist()
    {
        LECTERN_SQLITE_ONLY("a missing file (tst_postgres: a missing database)");
        const QString file = path(QStringLiteral("nowhere/missing.sqlite"));
        auto db = Database::open(file, Database::OpenMode::MustExist);
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::NotFound);
        QVERIFY(db.error().message.contains(file));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QDir(path(QStringLiteral("nowhere"))).exists());
    }

    void refusesNewerSchema()
    {
        LECTERN_SQLITE_ONLY("PRAGMA user_version (tst_postgres: a newer schema on a server)");
        const QString file = path(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(file);
            QVERIFY(db);
        }
        QVERIFY(TestUtil::rawSql(
                file, {QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
        expectRefusal(file, QStringLiteral("newer version"));
    }

    void refusesAFileThatIsNotSqlite()
    {
        LECTERN_SQLITE_ONLY("the file itself");
        const QString file = path(QStringLiteral("notes.sqlite"));
        TestUtil::writeFile(file, QByteArrayLiteral("These are my notes, not a database.\n"));
        expectRefusal(file, QStringLiteral("not a SQLite database"));
    }

    void refusesATruncatedHeader()
    {
        LECTERN_SQLITE_ONLY("the file itself");
        const QString file = path(QStringLiteral("short.sqlite"));
        TestUtil::writeFile(file, QByteArrayLiteral("SQLite format 3"));
        expectRefusal(file, QStringLiteral("not a SQLite database"));
    }

    void refusesAnotherProgramsDatabase()
    {
        LECTERN_SQLITE_ONLY("the file itself");
        const QString file = path(QStringLiteral("other.sqlite"));
        QVERIFY(TestUtil::rawSql(file, {QStringLiteral("CREATE TABLE contacts (name TEXT)"), QStringLiteral("INSERT INTO contacts VALUES ('x')")}));
        expectRefusal(file, QStringLiteral("another program"));
    }

    void refusesADamagedDatabase()
    {
        LECTERN_SQLITE_ONLY("the file itself");
        const QString file = path(QStringLiteral("damaged.sqlite"));
        {
            auto db = Database::open(file);
            QVERIFY(db);
            QVERIFY(Sql::run(db.value()->connection(), QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        // Keep the 100-byte header, overwrite the schema page with noise.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(3000, '\xA5'));
        f.close();
        expectRefusal(file, QStringLiteral("damaged"));
    }

    void refusesReadOnlyFile()
    {
        LECTERN_SQLITE_ONLY("the file itself");
        const QString file = path(QStringLiteral("readonly.sqlite"));
        {
            auto db = Database::open(file);
            QVERIFY(db);
        }
        QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        expectRefusal(file, QStringLiteral("read-only"));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }

    void refusesUnreadableFile()
    {
        LECTERN_SQLITE_ONLY("the file itself");
        const QString file = path(QStringLiteral("unreadable.sqlite"));
        {
            auto db = Database::open(file);
            QVERIFY(db);
        }
        QFile::setPermissions(file, QFile::Permissions());
        const auto db = Database::open(file);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QStringLiteral("permission denied")), qPrintable(db.error().message));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }

    void refusesAFolder()
    {
        LECTERN_SQLITE_ONLY("the file itself");
        auto db = Database::open(m_dir.path());
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(QStringLiteral("folder")));
    }

    void backsUpBeforeMigratingAnOlderVersion()
    {
        LECTERN_SQLITE_ONLY("the backup copy before an upgrade");
        const QString file = path(QStringLiteral("upgrade.sqlite"));
        {
            auto db = Database::open(file);
            QVERIFY(db);
            QVERIFY(Sql::run(db.value()->connection(), QStringLiteral("INSERT INTO series (name, created_at, modified_at) VALUES ('Tëch Tälks', 'x', 'x')")));
        }
        QVector<QStringList> future = Migrations::steps();
        future.append(QStringList{QStringLiteral("ALTER TABLE series ADD COLUMN motto TEXT NOT NULL DEFAULT ''")});
        auto db = Database::open(file, Database::OpenMode::MustExist, future);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion(), int(future.size()));
        QCOMPARE(pragma(*db.value(), "user_version"), int(future.size()));
        auto q = Sql::run(db.value()->connection(), QStringLiteral("SELECT name, motto FROM series"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("Tëch Tälks"));

        // The backup is the file as it was: the old version, the same rows.
        const QString backup = db.value()->backupPath();
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        auto old = Database::open(backup, Database::OpenMode::MustExist, Migrations::steps());
        QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
        QCOMPARE(old.value()->schemaVersion(), Migrations::latestVersion());
        QVERIFY(old.value()->backupPath().isEmpty());
        QVERIFY(!old.value()->connection().record(QStringLiteral("series")).contains(QStringLiteral("motto")));
    }

    void aFailedStepChangesNothing()
    {
        LECTERN_SQLITE_ONLY("SQLite's migration steps");
        const QString file = path(QStringLiteral("failing-upgrade.sqlite"));
        {
            auto db = Database::open(file);
            QVERIFY(db);
        }
        QVector<QStringList> broken = Migrations::steps();
        broken.append(QStringList{QStringLiteral("ALTER TABLE series ADD COLUMN half_done TEXT"), QStringLiteral("THIS IS NOT SQL")});
        auto failed = Database::open(file, Database::OpenMode::MustExist, broken);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QStringLiteral("left at version %1").arg(Migrations::latestVersion())), qPrintable(failed.error().message));
        auto db = Database::open(file, Database::OpenMode::MustExist);
        QVERIFY(db);
        QCOMPARE(pragma(*db.value(), "user_version"), Migrations::latestVersion());
        QVERIFY(!db.value()->connection().record(QStringLiteral("series")).contains(QStringLiteral("half_done")));
    }

    void nestedTransactionsRollBackTogether()
    {
        LECTERN_FRESH_DATABASE(location, m_dir, QStringLiteral("transactions"));
        auto opened = Database::open(location);
        QVERIFY(opened);
        Database &db = *opened.value();
        int notified = 0;
        {
            Transaction outer(db);
            QVERIFY(outer.isActive());
            QVERIFY(Sql::run(db.connection(), QStringLiteral("INSERT INTO settings VALUES ('a', '1', 1, 'x', 'x')")));
            db.afterCommit([&notified] { ++notified; });
            {
                Transaction inner(db);
                QVERIFY(Sql::run(db.connection(), QStringLiteral("INSERT INTO settings VALUES ('b', '2', 1, 'x', 'x')")));
                db.afterCommit([&notified] { notified += 10; });
                // inner is not committed: its row and its notification go
            }
            QCOMPARE(notified, 0);
            QVERIFY(outer.commit());
        }
        QCOMPARE(notified, 1);
        auto rows = Sql::run(db.connection(), QStringLiteral("SELECT setting_key FROM settings ORDER BY setting_key"));
        QStringList keys;
        while (rows && rows.value().next()) {
            keys << rows.value().value(0).toString();
        }
        QCOMPARE(keys, QStringList{QStringLiteral("a")});
    }

    // File → Save a Copy: a whole, consistent copy (uncheckpointed WAL changes included) that
    // opens as a database; an existing file is replaced whole; the open file itself is refused.
    void savesACopy()
    {
        LECTERN_SQLITE_ONLY("File → Save a Copy (lectern-cli copy on a server, tst_postgres)");
        auto opened = Database::open(path(QStringLiteral("original.sqlite")));
        QVERIFY(opened);
        Database &db = *opened.value();
        QVERIFY(Sql::run(db.connection(), QStringLiteral("INSERT INTO settings VALUES ('kept', 'yes', 1, 'x', 'x')")));
        const QString copy = path(QStringLiteral("copy.sqlite"));
        TestUtil::writeFile(copy, "an older file in the way");
        QVERIFY(db.saveCopy(copy));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid())));
        {
            auto copied = Database::open(copy, Database::OpenMode::MustExist);
            QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
            auto rows = Sql::run(copied.value()->connection(), QStringLiteral("SELECT setting_value FROM settings WHERE setting_key = 'kept'"));
            QVERIFY(rows && rows.value().next());
            QCOMPARE(rows.value().value(0).toString(), QStringLiteral("yes"));
        }
        const QByteArray before = TestUtil::fileHash(db.path());
        auto self = db.saveCopy(db.path());
        QVERIFY(!self);
        QVERIFY(self.error().message.contains(QStringLiteral("open database itself")));
        auto nowhere = db.saveCopy(path(QStringLiteral("no-such-folder/copy.sqlite")));
        QVERIFY(!nowhere);
        QVERIFY(nowhere.error().message.contains(QStringLiteral("does not exist")));
        QCOMPARE(TestUtil::fileHash(db.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
