// SPDX-License-Identifier: GPL-2.0-or-later
#include "schedulerules.h"

#include "rhythm.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>

namespace Lectern::ScheduleRules {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ScheduleRules", text);
}

// Talks that will not happen do not occupy a month, a day or a speaker.
bool occupies(const Talk &other, const Talk &talk)
{
    return other.meta.id != talk.meta.id && other.date.isValid() && other.status != TalkStatus::Cancelled && other.status != TalkStatus::Postponed;
}

bool isUpcoming(const Talk &talk)
{
    return talk.status == TalkStatus::Tentative || talk.status == TalkStatus::Confirmed;
}

bool timesOverlap(const Talk &a, const Talk &b)
{
    if (!a.hasTime() || !b.hasTime()) {
        return false; // a time to be announced cannot be said to clash
    }
    return a.startDateTimeUtc() < b.endDateTimeUtc() && b.startDateTimeUtc() < a.endDateTimeUtc();
}

QString when(const Talk &talk)
{
    const QString date = QLocale().toString(talk.date, QLocale::LongFormat);
    return talk.hasTime() ? tr("%1 at %2 UTC").arg(date, talk.startUtc.toString(QStringLiteral("HH:mm"))) : date;
}

Finding warning(const char *rule, const QString &message)
{
    return {Finding::Severity::Warning, QString::fromLatin1(rule), message};
}
} // namespace

std::pair<QDate, QDate> neighbourhood(const QDate &date)
{
    const QDate first(date.year(), date.month(), 1);
    return {first.addDays(-1), first.addMonths(1)};
}

QList<Finding> cadence(const Talk &talk, const Context &context)
{
    QList<Finding> findings;
    if (!talk.isScheduled()) {
        return findings;
    }
    const Rhythm rhythm = Rhythm::parse(context.series.recurrenceRule, context.series.recurrenceStart).value_or(Rhythm());
    if (!rhythm.isEmpty() && !rhythm.isMonthly()) {
        // A weekly or fortnightly series expects a talk per slot: two talks nearest to the
        // same date of the pattern share a slot.
        const QList<QDate> dates = rhythm.dates(talk.date.addDays(-21), talk.date.addDays(21));
        const auto nearest = [&dates](const QDate &date) {
            QDate best;
            for (const QDate &d : dates) {
                if (!best.isValid() || std::abs(d.daysTo(date)) < std::abs(best.daysTo(date))) {
                    best = d;
                }
            }
            return best;
        };
        const QDate slot = nearest(talk.date);
        for (const Talk &other : context.nearbyTalks) {
            if (occupies(other, talk) && other.seriesId == talk.seriesId && slot.isValid() && nearest(other.date) == slot) {
                findings << warning("cadence",
                                    tr("The series' slot of %1 already has a talk: “%2” on %3.")
                                            .arg(QLocale().toString(slot, QLocale::LongFormat), other.title, when(other)));
            }
        }
        return findings;
    }
    for (const Talk &other : context.nearbyTalks) {
        if (occupies(other, talk) && other.seriesId == talk.seriesId && other.date.year() == talk.date.year() && other.date.month() == talk.date.month()) {
            findings << warning("cadence",
                                tr("%1 already has a talk of this series: “%2” on %3.")
                                        .arg(QLocale().standaloneMonthName(talk.date.month()) + QLatin1Char(' ') + QString::number(talk.date.year()),
                                             other.title,
                                             when(other)));
        }
    }
    return findings;
}

QList<Finding> overlap(const Talk &talk, const Context &context)
{
    QList<Finding> findings;
    for (const Talk &other : context.nearbyTalks) {
        if (occupies(other, talk) && timesOverlap(talk, other)) {
            findings << warning("overlap", tr("It overlaps “%1” (%2, %3 minutes).").arg(other.title, when(other), QString::number(other.durationMinutes)));
        }
    }
    return findings;
}

QList<Finding> speakerBusy(const Talk &talk, const Context &context)
{
    QList<Finding> findings;
    if (!talk.isScheduled()) {
        return findings;
    }
    for (const TalkSpeaker &speaker : talk.speakers) {
        for (const Talk &other : context.nearbyTalks) {
            if (!occupies(other, talk)) {
                continue;
            }
            const bool shares =
                    std::any_of(other.speakers.cbegin(), other.speakers.cend(), [&speaker](const TalkSpeaker &s) { return s.speakerId == speaker.speakerId; });
            if (!shares) {
                continue;
            }
            if (other.date == talk.date) {
                findings << warning("speaker-busy", tr("%1 is already in “%2” that day (%3).").arg(speaker.name, other.title, when(other)));
            } else if (timesOverlap(talk, other)) {
                findings << warning("speaker-busy", tr("%1 is in “%2” at the same time (%3).").arg(speaker.name, other.title, when(other)));
            }
        }
    }
    return findings;
}

QList<Finding> tooFarAhead(const Talk &talk, const Context &context)
{
    if (!talk.isScheduled() || !isUpcoming(talk) || talk.date <= context.today.addMonths(6)) {
        return {};
    }
    return {warning("too-far-ahead",
                    tr("%1 is more than six months ahead; talks are usually scheduled at most six months in advance.")
                            .arg(QLocale().toString(talk.date, QLocale::LongFormat)))};
}

QList<Finding> inThePast(const Talk &talk, const Context &context)
{
    if (!talk.isScheduled() || !isUpcoming(talk) || talk.date >= context.today) {
        return {};
    }
    return {warning(
            "in-the-past",
            tr("%1 is in the past, but the talk is still %2.").arg(QLocale().toString(talk.date, QLocale::LongFormat), displayName(talk.status).toLower()))};
}

QList<Finding> unusualWeekday(const Talk &talk, const Context &context)
{
    const Rhythm rhythm = Rhythm::parse(context.series.recurrenceRule, context.series.recurrenceStart).value_or(Rhythm());
    if (!rhythm.isEmpty()) {
        if (!talk.isScheduled() || rhythm.fallsOn(talk.date)) {
            return {};
        }
        return {{Finding::Severity::Info,
                 QStringLiteral("weekday"),
                 tr("%1 is not on the series' usual day (%2).").arg(QLocale().toString(talk.date, QLocale::LongFormat), rhythm.describe())}};
    }
    if (!talk.isScheduled() || context.series.usualWeekday < 1 || talk.date.dayOfWeek() == context.series.usualWeekday) {
        return {};
    }
    return {{Finding::Severity::Info,
             QStringLiteral("weekday"),
             tr("%1 is a %2; this series usually meets on %3.")
                     .arg(QLocale().toString(talk.date, QLocale::LongFormat),
                          QLocale().dayName(talk.date.dayOfWeek()),
                          QLocale().dayName(context.series.usualWeekday))}};
}

QList<Finding> nightForSpeaker(const Talk &talk, const Context &context)
{
    QList<Finding> findings;
    const QDateTime start = talk.startDateTimeUtc();
    if (!start.isValid()) {
        return findings;
    }
    for (const TalkSpeaker &speaker : talk.speakers) {
        const QString zoneId = context.speakerTimeZones.value(speaker.speakerId);
        if (zoneId.isEmpty()) {
            continue;
        }
        const QTimeZone zone(zoneId.toUtf8());
        if (!zone.isValid()) {
            continue;
        }
        const QDateTime local = start.toTimeZone(zone);
        if (local.time() < QTime(7, 0) || local.time() >= QTime(22, 0)) {
            findings << warning("night",
                                tr("The talk starts at %1 (%2) for %3, at night in their time zone.")
                                        .arg(local.time().toString(QStringLiteral("HH:mm")), zoneId, speaker.name));
        }
    }
    return findings;
}

QList<Finding> publicHoliday(const Talk &talk, const Context &context)
{
    QList<Finding> findings;
    if (!talk.isScheduled()) {
        return findings;
    }
    for (const PublicHoliday &holiday : context.holidays) {
        if (holiday.date == talk.date) {
            findings << warning(
                    "holiday",
                    tr("%1 is a public holiday in %2: %3.").arg(QLocale().toString(talk.date, QLocale::LongFormat), holiday.regionName, holiday.name));
        }
    }
    return findings;
}

QList<Finding> all(const Talk &talk, const Context &context)
{
    QList<Finding> findings;
    for (auto rule : {cadence, overlap, speakerBusy, tooFarAhead, inThePast, nightForSpeaker, unusualWeekday, publicHoliday}) {
        findings << rule(talk, context);
    }
    return findings;
}

} // namespace Lectern::ScheduleRules
