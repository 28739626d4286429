// SPDX-License-Identifier: GPL-2.0-or-later
#include "sqlutil.h"

#include "lectern_storage_debug.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

namespace Lectern::Sql {

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
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

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QTime toTime(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    QDateTime dateTime = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return dateTime.toTimeZone(QTimeZone::utc());
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
