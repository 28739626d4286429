// SPDX-License-Identifier: GPL-2.0-or-later
#include "talk.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUrl>

namespace Lectern {

QDateTime Talk::startDateTimeUtc() const
{
    if (!date.isValid() || !startUtc.isValid()) {
        return {};
    }
    return QDateTime(date, startUtc, QTimeZone::utc());
}

QDateTime Talk::endDateTimeUtc() const
{
    const QDateTime start = startDateTimeUtc();
    return start.isValid() ? start.addSecs(qint64(durationMinutes) * 60) : QDateTime();
}

void Talk::updateSequence(const Talk &before)
{
    const bool rescheduled = date != before.date || startUtc != before.startUtc || durationMinutes != before.durationMinutes ||
            (status == TalkStatus::Cancelled && before.status != TalkStatus::Cancelled);
    sequence = rescheduled ? before.sequence + 1 : before.sequence;
}

static bool isAcceptableUrl(const QString &text)
{
    if (text.isEmpty()) {
        return true;
    }
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && (url.scheme() == QLatin1String("mailto") || !url.host().isEmpty());
}

QDate Talk::earliestDate()
{
    return QDate(1900, 1, 1);
}

QDate Talk::latestDate()
{
    return QDate(2999, 12, 31);
}

bool Talk::isRepresentableDate(const QDate &date)
{
    return date.isValid() && date >= earliestDate() && date <= latestDate();
}

QString Talk::dateRangeMessage(const QDate &date)
{
    return QCoreApplication::translate("Talk", "The date %1 is outside what Lectern can write in every format (%2 to %3).")
            .arg(date.toString(Qt::ISODate), earliestDate().toString(Qt::ISODate), latestDate().toString(Qt::ISODate));
}

QList<FieldError> Talk::validate() const
{
    QList<FieldError> errors;
    auto add = [&errors](const char *field, const QString &message) { errors.append({QString::fromLatin1(field), message}); };
    if (title.trimmed().isEmpty()) {
        add("title", QCoreApplication::translate("Talk", "A talk needs a title."));
    }
    if (durationMinutes <= 0 || durationMinutes > 24 * 60) {
        add("duration", QCoreApplication::translate("Talk", "The duration must be between 1 and 1440 minutes, not %1.").arg(durationMinutes));
    }
    if (season && *season < 1) {
        add("season", QCoreApplication::translate("Talk", "Seasons are numbered from 1."));
    }
    if (episode && *episode < 1) {
        add("episode", QCoreApplication::translate("Talk", "Episodes are numbered from 1."));
    }
    if (date.isValid() && !isRepresentableDate(date)) {
        add("date", dateRangeMessage(date));
    }
    if (startUtc.isValid() && !date.isValid()) {
        add("time", QCoreApplication::translate("Talk", "A talk without a date cannot have a start time."));
    }
    const std::pair<const char *, const QString *> urls[] = {{"stream_url", &streamUrl}, {"slides_url", &slidesUrl}, {"recording_url", &recordingUrl}};
    for (const auto &[field, value] : urls) {
        if (!isAcceptableUrl(*value)) {
            add(field, QCoreApplication::translate("Talk", "“%1” is not a web address (expected e.g. https://example.org/...).").arg(*value));
        }
    }
    return errors;
}

} // namespace Lectern
