// SPDX-License-Identifier: GPL-2.0-or-later
#include "schedulechecker.h"

#include "holidays.h"
#include "schedulerules.h"
#include "storage/storage.h"

namespace Lectern {

ScheduleChecker::ScheduleChecker(Storage &storage)
    : m_storage(storage)
{
}

Result<QList<Finding>> ScheduleChecker::check(const Talk &candidate, const QDate &today) const
{
    ScheduleRules::Context context;
    context.today = today;
    auto series = m_storage.series().find(candidate.seriesId);
    if (!series) {
        return series.error();
    }
    context.series = series.value();
    if (candidate.isScheduled()) {
        const auto [from, to] = ScheduleRules::neighbourhood(candidate.date);
        auto nearby = m_storage.talks().inRange(from, to);
        if (!nearby) {
            return nearby.error();
        }
        context.nearbyTalks = nearby.value();
        context.holidays = Holidays::between(context.series.holidayRegions, candidate.date, candidate.date);
    }
    for (const TalkSpeaker &speaker : candidate.speakers) {
        auto record = m_storage.speakers().find(speaker.speakerId);
        if (record && !record.value().timeZone.isEmpty()) {
            context.speakerTimeZones.insert(speaker.speakerId, record.value().timeZone);
        }
    }
    return ScheduleRules::all(candidate, context);
}

} // namespace Lectern
