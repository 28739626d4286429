// SPDX-License-Identifier: GPL-2.0-or-later
#include "sqlutil.h"

#include "lectern_storage_debug.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

namespace Lectern::Sql {

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    const bool server = db.driverName() == QLatin1String("QPSQL");
    // A server connection libpq saw fail (isOpen() is its PQstatus): said once, plainly,
    // rather than as every statement's own failure.
    if (server && !db.isOpen()) {
        return Error{
                Error::Kind::Database,
                QCoreApplication::translate("Storage", "Lectern is offline: the connection to the database %1 on %2 was lost. Nothing was read or written.")
                        .arg(db.databaseName(), db.hostName().isEmpty() ? QStringLiteral("localhost") : db.hostName())};
    }
    QSqlQuery query(db);
    // QPSQL prepares with SQL PREPARE, which takes no DDL, transaction control or SET: a
    // statement without values runs as it is.
    if (values.isEmpty() && server) {
        if (!query.exec(sql)) {
            qCWarning(LECTERN_STORAGE) << "exec failed:" << sql << query.lastError().text();
            return Error{Error::Kind::Database,
                         QCoreApplication::translate("Storage", "The database %1 failed: %2").arg(db.databaseName(), query.lastError().text())};
        }
        return query;
    }
    if (!query.prepare(sql)) {
        qCWarning(LECTERN_STORAGE) << "prepare failed:" << sql << query.lastError().text();
        return Error{Error::Kind::Database,
                     QCoreApplication::translate("Storage", "The database %1 refused a statement: %2").arg(db.databaseName(), query.lastError().text())};
    }
    for (const QVariant &value : values) {
        // A null QString would bind as SQL NULL; text columns mean "empty" by it.
        if (value.userType() == QMetaType::QString && value.toString().isNull()) {
            query.addBindValue(QStringLiteral(""));
        } else {
            query.addBindValue(value);
        }
    }
    if (!query.exec()) {
        qCWarning(LECTERN_STORAGE) << "exec failed:" << sql << query.lastError().text();
        return Error{Error::Kind::Database,
                     QCoreApplication::translate("Storage", "The database %1 failed: %2").arg(db.databaseName(), query.lastError().text())};
    }
    return query;
}

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant fromTime(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QVariant fromDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant fromOptional(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

namespace {
// The columns hold fixed formats written by this code; reading them digit by digit is many
// times faster than QDateTime's general parser, which matters when loading 10,000 talks.
int digits(const QString &text, int from, int count, bool *ok)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar();
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

QDate parseDate(const QString &text)
{
    bool ok = text.size() >= 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-');
    const QDate date(digits(text, 0, 4, &ok), digits(text, 5, 2, &ok), digits(text, 8, 2, &ok));
    return ok ? date : QDate();
}
} // namespace

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : parseDate(value.toString());
}

QTime toTime(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    const QString text = value.toString();
    bool ok = text.size() == 5 && text.at(2) == QLatin1Char(':');
    const QTime time(digits(text, 0, 2, &ok), digits(text, 3, 2, &ok));
    return ok ? time : QTime();
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    // "YYYY-MM-DDTHH:MM:SS.zzzZ", as fromDateTime() writes it; anything else takes the slow path.
    const QString text = value.toString();
    bool ok = text.size() == 24 && text.at(10) == QLatin1Char('T') && text.at(19) == QLatin1Char('.') && text.at(23) == QLatin1Char('Z');
    const QDate date = ok ? parseDate(text) : QDate();
    const QTime time(digits(text, 11, 2, &ok), digits(text, 14, 2, &ok), digits(text, 17, 2, &ok), digits(text, 20, 3, &ok));
    if (ok && date.isValid() && time.isValid()) {
        return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

std::optional<int> toOptionalInt(const QVariant &value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toInt();
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace Lectern::Sql
