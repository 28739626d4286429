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
