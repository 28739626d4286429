// SPDX-License-Identifier: GPL-2.0-or-later
#include "database.h"

#include "lectern_storage_debug.h"
#include "migrations.h"
#include "serverlocation.h"
#include "sqlutil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QtEndian>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Lectern {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

Error refused(const QString &message)
{
    return Error{Error::Kind::Refused, message};
}

// What the first 100 bytes of a SQLite file say (https://sqlite.org/fileformat.html).
struct Header
{
    bool empty = false;
    bool isSqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

Result<Header> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refused(tr("Cannot read the database %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.read(100);
    Header header;
    if (bytes.isEmpty()) {
        header.empty = true;
        return header;
    }
    header.isSqlite = bytes.size() == 100 && bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    if (header.isSqlite) {
        header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
        header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    }
    return header;
}

Error newerSchema(const QString &path, qint64 version, int latest)
{
    return refused(tr("The database %1 was written by a newer version of Lectern (schema version %2; this version knows up to %3). "
                      "It was left untouched; open it with a newer Lectern.")
                           .arg(path, QString::number(version), QString::number(latest)));
}

// Root passes every access() check, so also honour the owner's permission bits: a file the
// user marked read-only is treated as read-only whoever runs the program.
Result<void> checkPermissions(const QFileInfo &info)
{
    const QFile::Permissions permissions = QFile::permissions(info.absoluteFilePath());
    if (!info.isReadable() || !(permissions & QFile::ReadOwner)) {
        return refused(tr("Cannot read the database %1: permission denied.").arg(info.absoluteFilePath()));
    }
    if (!info.isWritable() || !(permissions & QFile::WriteOwner)) {
        return refused(tr("The database %1 is read-only. Lectern needs to write to it; make it writable or open a copy.").arg(info.absoluteFilePath()));
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable()) {
        return refused(tr("The folder %1 is read-only; SQLite needs to create its journal next to the database.").arg(info.absolutePath()));
    }
    return {};
}

// Only `init` and the GUI's "start a series" make a schema; everything else leaves an empty
// file as it is (byte for byte) and says how to make it a database.
Error emptyFile(const QString &path)
{
    return Error{Error::Kind::NotFound,
                 tr("%1 is empty: it holds no Lectern database yet. It was left untouched; create the database with “lectern-cli --database %1 init” "
                    "or start a series in Lectern.")
                         .arg(path)};
}

QAtomicInt connectionCounter;
} // namespace

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_origin{QStringLiteral("app"), QString()}
    , m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("LECTERN_DATABASE");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    // GenericDataLocation/lectern is what AppDataLocation gives for an application named
    // "lectern" without the organization folder (~/.local/share/lectern on Linux).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/lectern/lectern.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    return open(path, mode, Migrations::steps());
}

Result<std::unique_ptr<Database>> Database::open(const QString &requestedPath, OpenMode mode, const QVector<QStringList> &steps)
{
    const int latest = int(steps.size());
    if (requestedPath.isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("No database file was named.")};
    }
    if (ServerLocation::isServer(requestedPath)) {
        return openServer(requestedPath, mode, steps);
    }
    const QFileInfo info(requestedPath);
    const QString path = info.absoluteFilePath();

    if (info.exists()) {
        if (info.isDir()) {
            return refused(tr("%1 is a folder, not a database file.").arg(path));
        }
        // A device, pipe or socket (also behind a link, like one to /dev/null): SQLite would
        // make its journal beside it (/dev/null-journal) before failing.
        if (!info.isFile()) {
            return refused(tr("%1 is not a regular file (a device, pipe or socket), so it cannot hold a database. It was left untouched.").arg(path));
        }
        if (auto ok = checkPermissions(info); !ok) {
            return ok.error();
        }
        auto header = readHeader(path);
        if (!header) {
            return header.error();
        }
        if (header.value().empty && mode == OpenMode::MustExist) {
            return emptyFile(path);
        }
        if (!header.value().empty) {
            if (!header.value().isSqlite) {
                return refused(tr("%1 is not a SQLite database (its first bytes are not a SQLite header). It was left untouched.").arg(path));
            }
            if (header.value().applicationId != 0 && header.value().applicationId != quint32(Migrations::applicationId)) {
                return refused(tr("%1 is a SQLite database of another program, not a Lectern database. It was left untouched.").arg(path));
            }
            if (header.value().userVersion > quint32(latest)) {
                return newerSchema(path, header.value().userVersion, latest);
            }
        }
    } else {
        if (info.isSymLink()) {
            return refused(tr("%1 is a link to %2, which does not exist.").arg(path, info.symLinkTarget()));
        }
        if (mode == OpenMode::MustExist) {
            return Error{Error::Kind::NotFound, tr("The database %1 does not exist. Create it with “lectern-cli --database %1 init”.").arg(path)};
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return refused(tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
        }
    }

    const QString connectionName = QStringLiteral("lectern-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(path, connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return Error{Error::Kind::Database, tr("Cannot open the database %1: %2").arg(path, db.lastError().text())};
        }
    }
    if (auto ok = database->configureAndMigrate(steps, mode); !ok) {
        return ok.error();
    }
    return database;
}

namespace {
// libpq's answer, said for people: which server, and what to do about it.
QString connectionProblem(const ServerLocation &server, const QSqlError &error)
{
    const QString text = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    const QString where = server.displayName();
    if (text.contains(QLatin1String("password authentication failed"))) {
        return tr("%1 refused the password of %2. Nothing was changed.").arg(where, server.user.isEmpty() ? tr("your user") : server.user);
    }
    if (text.contains(QLatin1String("no password supplied"))) {
        return tr("%1 asks for a password and none was given: put it in ~/.pgpass or the file PGPASSFILE names, as psql reads it. "
                  "Nothing was changed.")
                .arg(where);
    }
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database"))) {
        return tr("%1 has no database “%2”: create it (createdb %2), then lectern-cli init. Nothing was changed.").arg(where, server.database);
    }
    if (text.contains(QLatin1String("Connection refused")) || text.contains(QLatin1String("could not connect")) || text.contains(QLatin1String("timeout")) ||
        text.contains(QLatin1String("could not translate host name"))) {
        return tr("%1 cannot be reached: %2 Nothing was changed.").arg(where, text);
    }
    return tr("Cannot connect to %1: %2").arg(where, text);
}
} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString &location, OpenMode mode, const QVector<QStringList> &steps)
{
    auto server = ServerLocation::parse(location);
    if (!server) {
        return server.error();
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return refused(tr("Lectern cannot open %1: Qt's PostgreSQL driver is not installed (Debian: libqt5sql5-psql for Qt 5, libqt6sql6-psql for Qt 6).")
                               .arg(server.value().displayName()));
    }
    const QString connectionName = QStringLiteral("lectern-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(server.value().displayName(), connectionName));
    database->m_dialect = Dialect::Postgres;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        const ServerLocation &s = server.value();
        if (!s.host.isEmpty()) {
            db.setHostName(s.host);
        }
        if (s.port > 0) {
            db.setPort(s.port);
        }
        if (!s.database.isEmpty()) {
            db.setDatabaseName(s.database);
        }
        if (!s.user.isEmpty()) {
            db.setUserName(s.user);
        }
        if (!s.password.isEmpty()) {
            db.setPassword(s.password);
        }
        // Who has the schedule open, as other coordinators' status bars show it.
        QString options = QStringLiteral("connect_timeout=10 application_name='Lectern'");
        if (!s.options.isEmpty()) {
            options = s.options + QLatin1Char(' ') + options;
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            return Error{Error::Kind::Database, connectionProblem(s, db.lastError())};
        }
    }
    if (auto ok = database->configureServerSession(); !ok) {
        return ok.error();
    }
    if (auto ok = database->configureAndMigrate(Migrations::forPostgres(steps), mode); !ok) {
        return ok.error();
    }
    return database;
}

Result<void> Database::configureServerSession()
{
    // Dates and times are ISO text in UTC, and text compares by code point, as on SQLite.
    for (const char *setting : {"SET TIME ZONE 'UTC'", "SET client_min_messages = warning"}) {
        if (auto ok = Sql::run(connection(), QString::fromLatin1(setting)); !ok) {
            return ok.error();
        }
    }
    return {};
}

bool Database::checkConnection()
{
    if (!isServer() || !isOnline()) {
        return isOnline();
    }
    // QPSQL answers isOpen() from PQstatus: bad once libpq saw the connection fail.
    if (connection().isOpen()) {
        return true;
    }
    m_offlineSince = QDateTime::currentDateTimeUtc();
    qCWarning(LECTERN_STORAGE) << "the connection to" << m_path << "was lost";
    return false;
}

Error Database::offlineError() const
{
    return Error{Error::Kind::Database,
                 tr("Lectern is offline: the connection to %1 was lost at %2. Nothing was saved. Lectern reconnects as soon as the server answers; "
                    "then try again.")
                         .arg(m_path, QLocale().toString(m_offlineSince.toLocalTime().time(), QLocale::ShortFormat))};
}

Result<void> Database::reconnect()
{
    if (!isServer()) {
        return {};
    }
    if (m_transactionDepth > 0) {
        // Its Transaction objects unwind it (rolling back on the lost connection) first.
        return Error{Error::Kind::Database, tr("%1: a transaction is still being rolled back; connecting again after it.").arg(m_path)};
    }
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        const QString text = db.lastError().databaseText().trimmed().isEmpty() ? db.lastError().text() : db.lastError().databaseText().trimmed();
        return Error{Error::Kind::Database, tr("%1 still cannot be reached: %2").arg(m_path, text)};
    }
    if (auto ok = configureServerSession(); !ok) {
        db.close();
        return ok.error();
    }
    auto state = readServerSchemaState();
    if (!state) {
        db.close();
        return state.error();
    }
    if (state.value().version > m_schemaVersion) {
        db.close();
        return refused(tr("%1 now holds a newer version of the schedule (schema version %2; this Lectern knows %3): update Lectern to go on "
                          "working on it. Nothing was changed.")
                               .arg(m_path, QString::number(state.value().version), QString::number(m_schemaVersion)));
    }
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_offlineSince = QDateTime();
    nameConnection();
    qCInfo(LECTERN_STORAGE) << "reconnected to" << m_path;
    return {};
}

Result<Database::SchemaState> Database::readServerSchemaState() const
{
    auto state = Sql::run(connection(),
                          QStringLiteral("SELECT (SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()), "
                                         "to_regclass('lectern_meta') IS NOT NULL"));
    if (!state || !state.value().next()) {
        return refused(tr("%1 cannot be read: %2").arg(m_path, state ? tr("no answer") : state.error().message));
    }
    SchemaState result{0, state.value().value(0).toInt()};
    if (!state.value().value(1).toBool()) {
        return result;
    }
    auto meta = Sql::run(connection(), QStringLiteral("SELECT meta_key, meta_value FROM lectern_meta"));
    if (!meta) {
        return meta.error();
    }
    QString application;
    while (meta.value().next()) {
        if (meta.value().value(0).toString() == QLatin1String("schema_version")) {
            result.version = meta.value().value(1).toInt();
        } else if (meta.value().value(0).toString() == QLatin1String("application")) {
            application = meta.value().value(1).toString();
        }
    }
    if (application != QLatin1String("lectern")) {
        return refused(tr("%1 holds another program's tables, not a Lectern schedule. It was left untouched.").arg(m_path));
    }
    return result;
}

// The schema version and the number of tables, read in one statement so that both come
// from the same state of the file (another process may be creating it meanwhile).
Result<Database::SchemaState> Database::readSchemaState() const
{
    if (isServer()) {
        return readServerSchemaState();
    }
    auto state = Sql::run(connection(), QStringLiteral("SELECT user_version, (SELECT count(*) FROM sqlite_master) FROM pragma_user_version"));
    if (!state || !state.value().next()) {
        return refused(tr("%1 cannot be read as a SQLite database; it may be damaged. It was left untouched.").arg(m_path));
    }
    return SchemaState{state.value().value(0).toInt(), state.value().value(1).toInt()};
}

Result<void> Database::configureAndMigrate(const QVector<QStringList> &steps, OpenMode mode)
{
    const QSqlDatabase db = connection();
    const int latest = int(steps.size());

    // Read-only checks first: they see through the WAL, which the header check cannot.
    auto state = readSchemaState();
    if (!state) {
        return state.error();
    }
    m_schemaVersion = state.value().version;
    if (m_schemaVersion > latest) {
        return newerSchema(m_path, m_schemaVersion, latest);
    }
    if (m_schemaVersion == 0 && state.value().tables > 0) {
        return refused(isServer() ? tr("%1 holds another program's tables, not a Lectern schedule. It was left untouched.").arg(m_path)
                                  : tr("%1 is a SQLite database of another program, not a Lectern database. It was left untouched.").arg(m_path));
    }
    if (m_schemaVersion == 0 && mode == OpenMode::MustExist) {
        if (isServer()) {
            return Error{Error::Kind::NotFound, tr("%1 has no Lectern schedule yet. Create it with “lectern-cli --database %1 init”.").arg(m_path)};
        }
        return emptyFile(m_path);
    }

    if (!isServer()) {
        for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
            if (auto ok = Sql::run(db, QString::fromLatin1(pragma)); !ok) {
                return ok.error();
            }
        }
        if (auto ok = enterWalMode(); !ok) {
            return ok.error();
        }
    }

    // PostgreSQL's DDL is transactional: a failed step leaves nothing behind, so no copy is
    // made there before an upgrade.
    if (!isServer() && m_schemaVersion > 0 && m_schemaVersion < latest) {
        if (auto ok = backup(m_schemaVersion); !ok) {
            return ok.error();
        }
    }
    // Each step takes the write lock first (BEGIN IMMEDIATE waits for another process's
    // step to finish), then reads the version again: a second process creating or upgrading
    // the same file goes on from where the first left it instead of repeating its step. A new
    // file gets its whole schema in one transaction, so no other process ever sees it half made.
    while (m_schemaVersion < latest) {
        Transaction transaction(*this);
        if (!transaction.isActive()) {
            return transaction.error();
        }
        // On a server, BEGIN takes no lock: two programs upgrading at once wait here instead.
        if (isServer()) {
            if (auto ok = Sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Migrations::applicationId)); !ok) {
                return ok.error();
            }
        }
        auto current = readSchemaState();
        if (!current) {
            return current.error();
        }
        m_schemaVersion = current.value().version;
        if (m_schemaVersion > latest) {
            return newerSchema(m_path, m_schemaVersion, latest);
        }
        const bool creating = m_schemaVersion == 0;
        const int before = m_schemaVersion;
        while (m_schemaVersion < latest) {
            if (auto ok = applyStep(steps, m_schemaVersion + 1, before); !ok) {
                return ok.error();
            }
            ++m_schemaVersion;
            if (!creating) {
                break;
            }
        }
        if (auto ok = transaction.commit(); !ok) {
            return ok.error();
        }
    }
    return {};
}

// Setting WAL needs the file to itself for a moment and does not wait for the busy timeout
// (a second process opening a new file at the same time gets "database is locked" at once),
// so it is tried again for up to five seconds.
Result<void> Database::enterWalMode()
{
    Result<void> outcome;
    for (int attempt = 0; attempt < 100; ++attempt) {
        QSqlQuery query(connection());
        if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            return {};
        }
        const QString code = query.lastError().nativeErrorCode();
        outcome = Error{Error::Kind::Database, tr("Cannot open the database %1: %2").arg(m_path, query.lastError().text())};
        if (code != QLatin1String("5") && code != QLatin1String("6")) { // SQLITE_BUSY, SQLITE_LOCKED
            return outcome;
        }
        QThread::msleep(50);
    }
    return outcome;
}

Result<void> Database::applyStep(const QVector<QStringList> &steps, int target, int leftAt)
{
    qCInfo(LECTERN_STORAGE) << "migrating" << m_path << "to schema version" << target;
    QStringList statements = steps.at(target - 1);
    if (isServer()) {
        statements << QStringLiteral("UPDATE lectern_meta SET meta_value = '%1' WHERE meta_key = 'schema_version'").arg(target);
    } else {
        statements << QStringLiteral("PRAGMA user_version = %1").arg(target);
        if (target == 1) {
            statements << QStringLiteral("PRAGMA application_id = %1").arg(Migrations::applicationId);
        }
    }
    for (const QString &statement : std::as_const(statements)) {
        if (auto ok = Sql::run(connection(), statement); !ok) {
            return Error{Error::Kind::Database,
                         tr("Upgrading %1 to schema version %2 failed; the database was left at version %3. %4")
                                 .arg(m_path, QString::number(target), QString::number(leftAt), ok.error().message)};
        }
    }
    return {};
}

Result<void> Database::backup(int fromVersion)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.schema%2-%3.bak").arg(m_path, QString::number(fromVersion), stamp);
    if (QFileInfo::exists(target)) { // another process upgrading the same file in the same second
        target = QStringLiteral("%1.schema%2-%3-%4.bak").arg(m_path, QString::number(fromVersion), stamp, QString::number(QCoreApplication::applicationPid()));
    }
    // VACUUM INTO writes a consistent copy even while the WAL holds changes.
    if (auto ok = Sql::run(connection(), QStringLiteral("VACUUM INTO ?"), {target}); !ok) {
        return Error{Error::Kind::Database,
                     tr("Could not back up %1 to %2 before upgrading it; nothing was changed. %3").arg(m_path, target, ok.error().message)};
    }
    m_backupPath = target;
    qCInfo(LECTERN_STORAGE) << "backed up" << m_path << "to" << target;
    return {};
}

Result<void> Database::saveCopy(const QString &target)
{
    const QFileInfo info(target);
    if (info.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        return Error{Error::Kind::InvalidInput, tr("%1 is the open database itself; choose another file for the copy.").arg(target)};
    }
    if (!info.absoluteDir().exists()) {
        return Error{Error::Kind::InvalidInput, tr("The folder %1 does not exist.").arg(info.absolutePath())};
    }
    const QString partial = QStringLiteral("%1.partial-%2").arg(info.absoluteFilePath(), QString::number(QCoreApplication::applicationPid()));
    QFile::remove(partial);
    if (auto ok = Sql::run(connection(), QStringLiteral("VACUUM INTO ?"), {partial}); !ok) {
        QFile::remove(partial);
        return Error{Error::Kind::Database, tr("Could not write a copy to %1: %2").arg(target, ok.error().message)};
    }
    // rename(2) replaces the target atomically; QFile::rename would refuse an existing file.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        return Error{Error::Kind::Database, tr("Could not write a copy to %1: %2").arg(target, reason)};
    }
    qCInfo(LECTERN_STORAGE) << "saved a copy of" << m_path << "to" << target;
    return {};
}

void Database::afterCommit(std::function<void()> notification)
{
    if (m_transactionDepth == 0) {
        notification();
    } else {
        m_pending.push_back(std::move(notification));
    }
}

namespace {
// The table whose version column the log copies, and how its rows are named.
struct LoggedTable
{
    const char *table;
    const char *keyColumn;
};

LoggedTable loggedTable(const QString &entity)
{
    if (entity == Entity::talk()) {
        return {"talks", "id"};
    }
    if (entity == Entity::speaker()) {
        return {"speakers", "id"};
    }
    if (entity == Entity::proposal()) {
        return {"proposals", "id"};
    }
    if (entity == Entity::series()) {
        return {"series", "id"};
    }
    if (entity == Entity::emailTemplate()) {
        return {"email_templates", "id"};
    }
    if (entity == Entity::setting()) {
        return {"settings", "setting_key"};
    }
    if (entity == Entity::announcement()) {
        return {"announcements", "id"};
    }
    if (entity == Entity::outbox()) {
        return {"outbox", "id"};
    }
    return {nullptr, nullptr};
}
} // namespace

QString toKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Updated:
        return QStringLiteral("updated");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    }
    return QStringLiteral("updated");
}

ChangeKind changeKindFromKey(const QString &key)
{
    if (key == QLatin1String("added")) {
        return ChangeKind::Added;
    }
    if (key == QLatin1String("removed")) {
        return ChangeKind::Removed;
    }
    return ChangeKind::Updated;
}

namespace {
const QString sessionPrefix = QStringLiteral("Lectern: ");
} // namespace

void Database::setOrigin(const ChangeOrigin &origin)
{
    const bool renamed = origin.author != m_origin.author;
    m_origin = origin;
    if (renamed) {
        nameConnection();
    }
}

void Database::nameConnection()
{
    if (!isServer() || m_origin.author.isEmpty() || !isOnline()) {
        return;
    }
    // The server keeps 64 bytes of it.
    const QString name = QString(sessionPrefix + m_origin.author).left(60);
    if (auto ok = Sql::run(connection(), QStringLiteral("SELECT set_config('application_name', ?, false)"), {name}); !ok) {
        qCWarning(LECTERN_STORAGE) << "cannot name the connection:" << ok.error().message;
    }
}

Result<QStringList> Database::otherSessions() const
{
    if (!isServer()) {
        return QStringList();
    }
    auto rows = Sql::run(connection(),
                         QStringLiteral("SELECT DISTINCT application_name FROM pg_stat_activity WHERE datname = current_database() "
                                        "AND pid <> pg_backend_pid() AND application_name LIKE 'Lectern: %' ORDER BY application_name"));
    if (!rows) {
        return rows.error();
    }
    QStringList names;
    while (rows.value().next()) {
        const QString name = rows.value().value(0).toString().mid(sessionPrefix.size()).trimmed();
        if (!name.isEmpty() && name != m_origin.author) {
            names << name;
        }
    }
    return names;
}

Result<void> Database::logChange(const ChangeTarget &target, ChangeKind kind, std::function<void()> notification)
{
    if (m_transactionDepth == 0) {
        return Error{Error::Kind::Database,
                     tr("Internal error: a change of %1 %2 was written outside a transaction.").arg(target.entity, QString::number(target.id))};
    }
    ChangeEntry entry;
    entry.target = target;
    entry.kind = kind;
    entry.origin = m_origin;
    entry.session = m_sessionId;
    entry.at = QDateTime::currentDateTimeUtc();
    const LoggedTable table = loggedTable(target.entity);
    if (kind != ChangeKind::Removed && table.table) {
        const bool byKey = QLatin1String(table.keyColumn) != QLatin1String("id");
        auto version = Sql::run(connection(),
                                QStringLiteral("SELECT version FROM %1 WHERE %2 = ?").arg(QLatin1String(table.table), QLatin1String(table.keyColumn)),
                                {byKey ? QVariant(target.key) : QVariant(target.id)});
        if (!version) {
            return version.error();
        }
        entry.version = version.value().next() ? version.value().value(0).toInt() : 0;
    }
    auto inserted = Sql::run(
            connection(),
            QStringLiteral("INSERT INTO change_log (entity, entity_id, entity_key, version, change_kind, origin, author, session_id, changed_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"),
            {target.entity, target.id, target.key, entry.version, toKey(kind), m_origin.origin, m_origin.author, m_sessionId, Sql::fromDateTime(entry.at)});
    if (!inserted) {
        return inserted.error();
    }
    entry.seq = Sql::returnedId(inserted.value());
    m_logged.push_back(entry);
    m_pending.push_back(std::move(notification));
    return {};
}

std::vector<ChangeEntry> Database::loggedSince(std::size_t mark) const
{
    if (mark >= m_logged.size()) {
        return {};
    }
    return std::vector<ChangeEntry>(m_logged.begin() + std::ptrdiff_t(mark), m_logged.end());
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_depth(db.m_transactionDepth)
    , m_pendingMark(db.m_pending.size())
    , m_loggedMark(db.m_transactionDepth == 0 ? 0 : db.m_logged.size())
{
    // SQLite: the write lock first, so a transaction never fails half-way on a busy file.
    // PostgreSQL: row versions and constraints settle who wins (read committed).
    const QString begin = db.isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    const QString statement = m_depth == 0 ? begin : QStringLiteral("SAVEPOINT lectern_%1").arg(m_depth);
    if (m_depth == 0 && !db.isOnline()) {
        m_error = db.offlineError();
        return;
    }
    auto ok = Sql::run(m_db.connection(), statement);
    if (!ok) {
        m_error = db.checkConnection() ? ok.error() : db.offlineError();
        return;
    }
    m_active = true;
    if (m_depth == 0) {
        m_db.m_logged.clear(); // loggedSince() speaks of the open transaction only
    }
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_active) {
        rollback();
    }
}

Result<void> Transaction::commit()
{
    if (!m_active) {
        return m_error;
    }
    const QString statement = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT lectern_%1").arg(m_depth);
    if (auto ok = Sql::run(m_db.connection(), statement); !ok) {
        m_error = ok.error();
        if (!m_db.checkConnection()) {
            // The server may or may not have committed before the connection went: the log,
            // read again on reconnecting, tells.
            m_error = Error{
                    Error::Kind::Database,
                    QCoreApplication::translate("Lectern::Transaction",
                                                "The connection to %1 was lost while saving, and the server did not confirm the change. Lectern reconnects "
                                                "as soon as the server answers and then shows what it holds.")
                            .arg(m_db.path())};
        }
        rollback();
        return m_error;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    if (m_depth == 0) {
        auto pending = std::move(m_db.m_pending);
        m_db.m_pending.clear();
        for (auto &notification : pending) {
            notification();
        }
    }
    return {};
}

void Transaction::rollback()
{
    const QSqlDatabase db = m_db.connection();
    if (m_depth == 0) {
        (void)Sql::run(db, QStringLiteral("ROLLBACK"));
        m_db.m_pending.clear();
        m_db.m_logged.clear();
    } else {
        (void)Sql::run(db, QStringLiteral("ROLLBACK TO SAVEPOINT lectern_%1").arg(m_depth));
        (void)Sql::run(db, QStringLiteral("RELEASE SAVEPOINT lectern_%1").arg(m_depth));
        // Drop what this savepoint queued: those rows were never written.
        m_db.m_pending.resize(m_pendingMark);
        m_db.m_logged.resize(m_loggedMark);
    }
    m_active = false;
    --m_db.m_transactionDepth;
}

} // namespace Lectern
