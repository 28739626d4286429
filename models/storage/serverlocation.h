// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace Lectern {

// A shared schedule on a PostgreSQL server, as --database, LECTERN_DATABASE and the recent
// list name it: a connection URI (postgresql://ana@db.example.org:5432/techtalks?sslmode=require)
// or a libpq service (service=techtalks). The password is taken from the URI when it has one
// (the tests), else libpq finds it as psql does (~/.pgpass, PGPASSFILE, the service file);
// the window passes one it asked for or read from the keyring.
struct ServerLocation
{
    QString host;
    int port = -1;
    QString database;
    QString user;
    QString password;
    QString options; // libpq keywords for QPSQL's connect options: "sslmode=require service=x"

    // Whether `location` names a server rather than a file.
    static bool isServer(const QString &location);
    static Result<ServerLocation> parse(const QString &location);
    // For messages and the title bar: the location without its password.
    QString displayName() const;
    // What --database takes for host, port, database, user and password (percent-encoded);
    // `options` are not part of it.
    QString uri() const;
};

} // namespace Lectern
