// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QTemporaryDir;

namespace Lectern::Test {

// Where a suite's databases live, so one suite runs against both kinds of storage: by
// default a file in the test's temporary folder; with LECTERN_TEST_BACKEND=postgresql a new
// database on a PostgreSQL server of the suite's own (PgServer, started on first use and
// stopped when the application ends). CMake registers each such suite twice.
namespace TestDatabase {

bool onServer();
// "SQLite" or "PostgreSQL", for messages.
QString backendName();
// The location of a new, empty database (a file path or a postgresql:// URI with the
// password); `name` keeps it recognisable. Empty, with `error` set, when the server could
// not be started or the database not made.
QString fresh(const QTemporaryDir &dir, const QString &name, QString *error = nullptr);
// Runs SQL as the server's superuser in the database at `location` (made by fresh()).
QString psql(const QString &location, const QString &sql, bool *ok = nullptr);

} // namespace TestDatabase
} // namespace Lectern::Test

// Inside a test function: skips a test that is about SQLite's file (locks, corrupt files,
// backups) when the suite runs against a server.
#define LECTERN_SQLITE_ONLY(why)                                                                                                                               \
    do {                                                                                                                                                       \
        if (Lectern::Test::TestDatabase::onServer()) {                                                                                                         \
            QSKIP("About SQLite's file: " why);                                                                                                                \
        }                                                                                                                                                      \
    } while (false)

// Inside a test function: a fresh database location, or the test fails with the reason.
#define LECTERN_FRESH_DATABASE(variable, dir, name)                                                                                                            \
    QString variable;                                                                                                                                          \
    do {                                                                                                                                                       \
        QString freshError;                                                                                                                                    \
        variable = Lectern::Test::TestDatabase::fresh(dir, name, &freshError);                                                                                 \
        QVERIFY2(!variable.isEmpty(), qPrintable(freshError));                                                                                                 \
    } while (false)
