// SPDX-License-Identifier: GPL-2.0-or-later
#include "seriesrepository.h"

#include "database.h"
#include "sqlutil.h"

#include "domain/speaker.h"
#include "schedule/holidays.h"
#include "schedule/rhythm.h"

#include <QUrl>

#include <QCoreApplication>

namespace Lectern {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SeriesRepository", text);
}

Result<void> validate(const Series &series)
{
    if (series.name.trimmed().isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("name: A series needs a name.")};
    }
    if (series.defaultDurationMinutes <= 0 || series.defaultDurationMinutes > 24 * 60) {
        return Error{Error::Kind::InvalidInput,
                     tr("duration: The usual length must be between 1 and 1440 minutes, not %1.").arg(series.defaultDurationMinutes)};
    }
    if (series.usualWeekday < 0 || series.usualWeekday > 7) {
        return Error{Error::Kind::InvalidInput, tr("weekday: Weekdays go from 1 (Monday) to 7 (Sunday).")};
    }
    if (auto rhythm = Rhythm::parse(series.recurrenceRule, series.recurrenceStart); !rhythm) {
        return rhythm.error();
    }
    if (series.horizonMonths < 1 || series.horizonMonths > 24) {
        return Error{Error::Kind::InvalidInput, tr("horizon: Talks are planned 1 to 24 months ahead, not %1.").arg(series.horizonMonths)};
    }
    if (auto regions = Holidays::normalizeRegions(series.holidayRegions); !regions) {
        return regions.error();
    }
    if (!series.organizerEmail.isEmpty() && !Speaker::isEmailAddress(series.organizerEmail)) {
        return Error{Error::Kind::InvalidInput, tr("sender email: “%1” is not an email address.").arg(series.organizerEmail)};
    }
    for (const QString &list : series.mailingLists) {
        if (!Speaker::isEmailAddress(list)) {
            return Error{Error::Kind::InvalidInput, tr("mailing list: “%1” is not an email address.").arg(list)};
        }
    }
    if (!series.streamUrl.isEmpty()) {
        const QUrl url(series.streamUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            return Error{Error::Kind::InvalidInput, tr("stream url: “%1” is not a web address (https://…).").arg(series.streamUrl)};
        }
    }
    return {};
}

QVariantList fieldValues(const Series &s)
{
    return {s.name.trimmed(),
            s.defaultDurationMinutes,
            s.usualWeekday > 0 ? QVariant(s.usualWeekday) : QVariant(),
            Sql::fromTime(s.defaultStartUtc),
            s.streamUrl,
            s.chatChannel,
            s.mailingLists.join(QLatin1Char('\n')),
            s.organizerName,
            s.organizerEmail,
            Rhythm::parse(s.recurrenceRule, s.recurrenceStart).value_or(Rhythm()).rule(),
            s.recurrenceRule.trimmed().isEmpty() ? QVariant() : Sql::fromDate(s.recurrenceStart),
            s.horizonMonths,
            Holidays::normalizeRegions(s.holidayRegions).value_or({}).join(QLatin1Char(' '))};
}
} // namespace

Result<void> SeriesRepository::validate(const Series &series)
{
    return Lectern::validate(series);
}

SeriesRepository::SeriesRepository(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

Result<QList<Series>> SeriesRepository::all() const
{
    return query(QString(), {});
}

Result<Series> SeriesRepository::find(qint64 id) const
{
    auto series = query(QStringLiteral("id = ?"), {id});
    if (!series) {
        return series.error();
    }
    if (series.value().isEmpty()) {
        return Error{Error::Kind::NotFound, tr("There is no series with id %1.").arg(id)};
    }
    return series.value().constFirst();
}

Result<Series> SeriesRepository::current() const
{
    auto series = all();
    if (!series) {
        return series.error();
    }
    if (series.value().isEmpty()) {
        return Error{Error::Kind::NotFound, tr("The database has no series yet; create one with “lectern-cli init”.")};
    }
    return series.value().constFirst();
}

Result<QList<Series>> SeriesRepository::query(const QString &where, const QVariantList &values) const
{
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    auto rows = Sql::run(m_db.connection(),
                         QStringLiteral("SELECT id, name, default_duration_minutes, usual_weekday, default_start_utc, stream_url, chat_channel, mailing_lists, "
                                        "organizer_name, organizer_email, version, created_at, modified_at, recurrence_rule, recurrence_start, "
                                        "horizon_months, holiday_regions FROM series%1 ORDER BY id")
                                 .arg(filter),
                         values);
    if (!rows) {
        return rows.error();
    }
    QList<Series> list;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        Series s;
        s.meta.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.defaultDurationMinutes = q.value(2).toInt();
        s.usualWeekday = q.value(3).toInt();
        s.defaultStartUtc = Sql::toTime(q.value(4));
        s.streamUrl = q.value(5).toString();
        s.chatChannel = q.value(6).toString();
        s.mailingLists = q.value(7).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        s.organizerName = q.value(8).toString();
        s.organizerEmail = q.value(9).toString();
        s.meta.version = q.value(10).toInt();
        s.meta.created = Sql::toDateTime(q.value(11));
        s.meta.modified = Sql::toDateTime(q.value(12));
        s.recurrenceRule = q.value(13).toString();
        s.recurrenceStart = Sql::toDate(q.value(14));
        s.horizonMonths = q.value(15).toInt();
        s.holidayRegions = q.value(16).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        list.append(s);
    }
    return list;
}

Result<qint64> SeriesRepository::add(const Series &series)
{
    if (auto ok = validate(series); !ok) {
        return ok.error();
    }
    const QString now = Sql::nowUtc();
    QVariantList values = fieldValues(series);
    values << now << now;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto inserted = Sql::run(m_db.connection(),
                             QStringLiteral("INSERT INTO series (name, default_duration_minutes, usual_weekday, default_start_utc, stream_url, chat_channel, "
                                            "mailing_lists, organizer_name, organizer_email, recurrence_rule, recurrence_start, horizon_months, "
                                            "holiday_regions, version, created_at, modified_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"),
                             values);
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = Sql::returnedId(inserted.value());
    if (auto ok = m_db.logChange({Entity::series(), id, {}}, ChangeKind::Added, [this, id] { Q_EMIT seriesChanged(id); }); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return id;
}

Result<void> SeriesRepository::update(const Series &series)
{
    if (auto ok = validate(series); !ok) {
        return ok.error();
    }
    QVariantList values = fieldValues(series);
    values << Sql::nowUtc() << series.meta.id << series.meta.version;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto updated =
            Sql::run(m_db.connection(),
                     QStringLiteral("UPDATE series SET name = ?, default_duration_minutes = ?, usual_weekday = ?, default_start_utc = ?, stream_url = ?, "
                                    "chat_channel = ?, mailing_lists = ?, organizer_name = ?, organizer_email = ?, recurrence_rule = ?, recurrence_start = ?, "
                                    "horizon_months = ?, holiday_regions = ?, version = version + 1, "
                                    "modified_at = ? WHERE id = ? AND version = ?"),
                     values);
    if (!updated) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() != 1) {
        return Error{Error::Kind::Conflict, tr("The series “%1” was changed elsewhere since it was read; reload and try again.").arg(series.name)};
    }
    const qint64 id = series.meta.id;
    if (auto ok = m_db.logChange({Entity::series(), id, {}}, ChangeKind::Updated, [this, id] { Q_EMIT seriesChanged(id); }); !ok) {
        return ok.error();
    }
    return transaction.commit();
}

} // namespace Lectern
