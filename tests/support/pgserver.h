// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Lectern::Test {

// A PostgreSQL server of the test's own: a cluster made with initdb in a temporary folder,
// started with pg_ctl on a private port of 127.0.0.1 and a socket in that folder, stopped
// (and the folder removed) with the object. Never a system cluster. When the tests run as
// root, the server's programs run as the `postgres` user, as PostgreSQL requires. The
// superuser is `lectern_test` with a password, so the password paths are real ones.
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Makes and starts the cluster; false (with error()) when PostgreSQL is not installed or
    // did not start.
    bool start();
    void stop();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

    int port() const { return m_port; }
    static QString superuser() { return QStringLiteral("lectern_test"); }
    static QString password() { return QStringLiteral("s3cret-pg"); }
    // A new empty database; false on failure.
    bool createDatabase(const QString &name);
    // A role that may log in with `password`, owning nothing.
    bool createRole(const QString &name, const QString &password);
    // Runs SQL as the superuser in `database` with psql; its output, or empty on failure.
    QString psql(const QString &database, const QString &sql, bool *ok = nullptr) const;
    // One of the server's programs (psql, pg_dump) of the version that runs it.
    QString binary(const QString &name) const;
    // postgresql://USER:PASSWORD@127.0.0.1:PORT/DATABASE
    QString uri(const QString &database, const QString &user = superuser(), const QString &password = PgServer::password()) const;

private:
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_data;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgres = false;
    QString m_error;
};

} // namespace Lectern::Test
