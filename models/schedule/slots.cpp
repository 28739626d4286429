// SPDX-License-Identifier: GPL-2.0-or-later
#include "slots.h"

#include <cstdlib>

namespace Lectern::Slots {
namespace {
bool happens(const Talk &talk)
{
    return talk.date.isValid() && talk.status != TalkStatus::Cancelled && talk.status != TalkStatus::Postponed;
}
} // namespace

QDate horizonEnd(const QDate &from, int months)
{
    return from.addMonths(qMax(1, months)).addDays(-1);
}

std::pair<QDate, QDate> talksAround(const Rhythm &rhythm, const QDate &from, const QDate &to)
{
    const int margin = rhythm.isMonthly() ? 31 : 14;
    return {from.addDays(-margin), to.addDays(margin)};
}

QList<Slot>
compute(const Rhythm &rhythm, const Series &series, const QList<Talk> &talks, const QList<PublicHoliday> &holidays, const QDate &from, const QDate &to)
{
    QList<Slot> slots;
    if (rhythm.isEmpty()) {
        return slots;
    }
    // The pattern's dates a period beyond the range too, so that a talk just outside is
    // counted for its own slot, not for the first or last one inside.
    const auto [before, after] = talksAround(rhythm, from, to);
    const QList<QDate> dates = rhythm.dates(before, after);
    if (dates.isEmpty()) {
        return slots;
    }
    QVector<QList<Talk>> filled(dates.size());
    for (const Talk &talk : talks) {
        if (!happens(talk) || talk.seriesId != series.meta.id || talk.date < before || talk.date > after) {
            continue;
        }
        // A monthly series' talk counts for a slot of its own month (a talk on 4 September
        // is September's, however near the end of August); a weekly one's for the nearest.
        int nearest = -1;
        for (int i = 0; i < dates.size(); ++i) {
            const bool candidate = !rhythm.isMonthly() || (dates.at(i).year() == talk.date.year() && dates.at(i).month() == talk.date.month());
            if (candidate && (nearest < 0 || std::abs(dates.at(i).daysTo(talk.date)) < std::abs(dates.at(nearest).daysTo(talk.date)))) {
                nearest = i;
            }
        }
        if (nearest >= 0) {
            filled[nearest].append(talk);
        }
    }
    for (int i = 0; i < dates.size(); ++i) {
        if (dates.at(i) < from || dates.at(i) > to) {
            continue;
        }
        Slot slot;
        slot.date = dates.at(i);
        slot.startUtc = series.defaultStartUtc;
        slot.talks = filled.at(i);
        for (const PublicHoliday &holiday : holidays) {
            if (holiday.date == slot.date) {
                slot.holidays << holiday;
            }
        }
        slots << slot;
    }
    return slots;
}

} // namespace Lectern::Slots
