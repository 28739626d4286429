// SPDX-License-Identifier: GPL-2.0-or-later
// Slots::load: the database side of the slots (slots.cpp is pure).
#include "slots.h"

#include "storage/storage.h"

namespace Lectern::Slots {

Result<QList<Slot>> load(Storage &storage, const QDate &from, int months)
{
    auto series = storage.series().current();
    if (!series) {
        return series.error();
    }
    auto rhythm = Rhythm::parse(series.value().recurrenceRule, series.value().recurrenceStart);
    if (!rhythm) {
        return rhythm.error();
    }
    if (rhythm.value().isEmpty()) {
        return QList<Slot>();
    }
    const QDate to = horizonEnd(from, months > 0 ? months : series.value().horizonMonths);
    const auto [first, last] = talksAround(rhythm.value(), from, to);
    auto talks = storage.talks().inRange(first, last);
    if (!talks) {
        return talks.error();
    }
    return compute(rhythm.value(), series.value(), talks.value(), Holidays::between(series.value().holidayRegions, from, to), from, to);
}

} // namespace Lectern::Slots
