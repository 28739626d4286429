// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTime>
#include <QVariant>
#include <QVariantList>

#include <optional>

// Small helpers shared by the repositories: run a prepared statement with bound values,
// and convert between domain values and the portable column formats (ISO 8601 text, UTC).
namespace Lectern::Sql {

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// The id an INSERT … RETURNING id gave (0 when it gave none). RETURNING works on SQLite
// (3.35 and later) and PostgreSQL, whose driver has no lastInsertId without OIDs.
inline qint64 returnedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish(); // SQLite keeps the statement open until it is reset, which blocks a savepoint's release
    return id;
}

QVariant fromDate(const QDate &date); // YYYY-MM-DD or NULL
QVariant fromTime(const QTime &time); // HH:MM or NULL
QVariant fromDateTime(const QDateTime &dateTime); // ISO 8601 UTC with milliseconds, or NULL
QVariant fromOptional(const std::optional<int> &value);
QVariant fromId(qint64 id); // NULL for 0

QDate toDate(const QVariant &value);
QTime toTime(const QVariant &value);
QDateTime toDateTime(const QVariant &value);
std::optional<int> toOptionalInt(const QVariant &value);

QString nowUtc();

} // namespace Lectern::Sql
