// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "changeentry.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <vector>

namespace Lectern {

// One open Lectern database file: a SQLite connection with the pragmas the program relies
// on, brought to the latest schema. Opening never changes a file it refuses: checks that
// can be made on the bytes (not SQLite, newer schema, another program's file, permissions)
// are made before SQLite touches it.
class Database
{
public:
    enum class OpenMode {
        CreateIfMissing, // create the file (and its folder) when it does not exist
        // A missing or empty file is an error and stays as it was: only `init` and "start a
        // series" create a schema (elsewhere a typo must not create files).
        MustExist,
    };

    // `steps` is the schema history to bring the file to (tests pass their own to exercise
    // upgrades from older versions); by default the program's, Migrations::steps().
    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode, const QVector<QStringList> &steps);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The SQL the connection speaks: a file of its own, or a shared schedule on a server.
    enum class Dialect { Sqlite, Postgres };
    Dialect dialect() const { return m_dialect; }
    bool isServer() const { return m_dialect == Dialect::Postgres; }

    QSqlDatabase connection() const;
    // The file, or the server's location without its password.
    QString path() const { return m_path; }
    // Writes a consistent copy of the whole database to `target` (File → Save a Copy), even
    // while changes sit in the WAL. The copy is made beside the target and then renamed over
    // it, so an existing file is replaced whole or not at all.
    Result<void> saveCopy(const QString &target);
    int schemaVersion() const { return m_schemaVersion; }
    // The copy made before the last migration of this file, or empty if none was needed.
    QString backupPath() const { return m_backupPath; }

    // The default location: $LECTERN_DATABASE, else AppDataLocation/lectern.sqlite.
    static QString defaultPath();

    // Runs once the outermost transaction commits (at once if none is open), and never if
    // it rolls back: change notifications must not announce rows that were not written.
    void afterCommit(std::function<void()> notification);

    // Every committed write is recorded in the change log (schema 5) in its own
    // transaction: what changed, its new version, who wrote it and through which
    // connection. Another window reads the log to follow; an undo reads it to learn whether
    // someone changed the row since. `notification` runs after the commit, as afterCommit.
    // Refused outside a transaction: the record must commit or roll back with the write.
    Result<void> logChange(const ChangeTarget &target, ChangeKind kind, std::function<void()> notification);
    // What the open transaction has logged so far, from `mark` (a loggedMark() taken earlier
    // in it): the undo layer learns which rows a step wrote and at which log entry.
    std::size_t loggedMark() const { return m_logged.size(); }
    std::vector<ChangeEntry> loggedSince(std::size_t mark) const;

    // Who writes through this connection (the GUI, the CLI, a sync) and as whom.
    // On a server the connection also names itself after the person ("Lectern: Ana"), which
    // other coordinators' windows show.
    void setOrigin(const ChangeOrigin &origin);
    // Who else has this schedule open: the names other Lectern connections to the same server
    // database gave themselves (empty for a file).
    Result<QStringList> otherSessions() const;
    const ChangeOrigin &origin() const { return m_origin; }
    // This connection's id in the change log (unique per open).
    QString sessionId() const { return m_sessionId; }
    bool inTransaction() const { return m_transactionDepth > 0; }

    // A shared schedule's connection can be lost (the server restarted, the network went, an
    // administrator ended the session); a file is always online. While offline every write
    // is refused before it starts (offlineError()), so nothing is half-written.
    bool isOnline() const { return !m_offlineSince.isValid(); }
    QDateTime offlineSince() const { return m_offlineSince; }
    // Whether the server connection still stands, by libpq's own state (no round trip);
    // marks the database offline when it does not. Always true for a file.
    bool checkConnection();
    // Connects to the server again as it was opened (the same settings and name), under a new
    // session id: a change whose commit this connection never heard confirmed then reads as
    // another's when the change log is read again, so the window learns of it either way.
    // Refused, staying offline, when the server now holds a newer schema or a transaction of
    // this connection is still unwinding.
    Result<void> reconnect();
    Error offlineError() const;

private:
    friend class Transaction;
    explicit Database(const QString &path, const QString &connectionName);
    struct SchemaState
    {
        int version = 0;
        int tables = 0;
    };
    Result<SchemaState> readSchemaState() const;
    Result<SchemaState> readServerSchemaState() const;
    static Result<std::unique_ptr<Database>> openServer(const QString &location, OpenMode mode, const QVector<QStringList> &steps);
    Result<void> configureAndMigrate(const QVector<QStringList> &steps, OpenMode mode);
    Result<void> enterWalMode();
    Result<void> applyStep(const QVector<QStringList> &steps, int target, int leftAt);
    Result<void> backup(int fromVersion);
    Result<void> configureServerSession();
    void nameConnection();

    QString m_path;
    QString m_connectionName;
    Dialect m_dialect = Dialect::Sqlite;
    int m_schemaVersion = 0;
    QString m_backupPath;
    int m_transactionDepth = 0;
    std::vector<std::function<void()>> m_pending;
    std::vector<ChangeEntry> m_logged;
    ChangeOrigin m_origin;
    QString m_sessionId;
    QDateTime m_offlineSince;
};

// Writes made while it lives are logged as coming from `origin` (a sync writing through the
// window's connection is "sync", not "gui"); the previous origin comes back after.
class OriginScope
{
public:
    OriginScope(Database &db, const QString &origin)
        : m_db(db)
        , m_previous(db.origin())
    {
        m_db.setOrigin({origin, m_previous.author});
    }
    ~OriginScope() { m_db.setOrigin(m_previous); }
    OriginScope(const OriginScope &) = delete;
    OriginScope &operator=(const OriginScope &) = delete;

private:
    Database &m_db;
    ChangeOrigin m_previous;
};

// A transaction that rolls back unless committed. Nested use becomes savepoints, so a
// repository call can be part of a larger change (a demo load, a merge) and stay atomic.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Result<void> commit();

private:
    void rollback();
    Database &m_db;
    int m_depth = 0;
    std::size_t m_pendingMark = 0;
    std::size_t m_loggedMark = 0;
    bool m_active = false;
    Error m_error;
};

} // namespace Lectern
