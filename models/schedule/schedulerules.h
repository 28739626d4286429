// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/series.h"
#include "domain/talk.h"
#include "finding.h"
#include "holidays.h"

#include <QDate>
#include <QHash>

// The scheduling rules as pure functions of a candidate talk (already at its new date and
// time) and what surrounds it. The month calendar, the talk editor and lectern-cli all ask
// the same functions.
namespace Lectern::ScheduleRules {

struct Context
{
    Series series;
    // Other talks near the candidate (its month, and a day either side), of any series; the
    // candidate itself may be among them and is ignored.
    QList<Talk> nearbyTalks;
    // IANA time zone of each of the candidate's speakers whose zone is known.
    QHash<qint64, QString> speakerTimeZones;
    QDate today;
    // Public holidays in the series' regions on the candidate's date.
    QList<PublicHoliday> holidays;
};

// The rules, each on its own; all() runs every one of them.
QList<Finding> cadence(const Talk &talk, const Context &context);
QList<Finding> overlap(const Talk &talk, const Context &context);
QList<Finding> speakerBusy(const Talk &talk, const Context &context);
QList<Finding> tooFarAhead(const Talk &talk, const Context &context);
QList<Finding> inThePast(const Talk &talk, const Context &context);
QList<Finding> unusualWeekday(const Talk &talk, const Context &context);
QList<Finding> nightForSpeaker(const Talk &talk, const Context &context);
QList<Finding> publicHoliday(const Talk &talk, const Context &context);

QList<Finding> all(const Talk &talk, const Context &context);

// The window of dates whose talks the rules look at for a talk on `date`.
std::pair<QDate, QDate> neighbourhood(const QDate &date);

} // namespace Lectern::ScheduleRules
