// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/series.h"
#include "domain/talk.h"
#include "holidays.h"
#include "rhythm.h"

#include <QDate>
#include <QList>
#include <QTime>

namespace Lectern {
class Storage;

// A date the series' rhythm gives, within the planning horizon.
struct Slot
{
    QDate date;
    QTime startUtc; // the series' usual time (invalid: none set)
    QList<Talk> talks; // the talks that fill it (empty: open)
    QList<PublicHoliday> holidays;

    bool isOpen() const { return talks.isEmpty(); }
};

// The rhythm's dates from `from` for `months` months, each filled by the talks nearest to
// it: every talk of the series that will happen (not cancelled or postponed) counts for the
// slot closest to its date — within its own month for a monthly rhythm — so a talk on the
// 4th Wednesday fills the month's "last Wednesday" slot and a weekly series needs a talk a
// week. Pure: the caller reads the
// talks (Slots::talksAround gives the range) and the holidays.
namespace Slots {
// The dates whose talks can fill slots from `from` to `to`: a period either side.
std::pair<QDate, QDate> talksAround(const Rhythm &rhythm, const QDate &from, const QDate &to);
QList<Slot>
compute(const Rhythm &rhythm, const Series &series, const QList<Talk> &talks, const QList<PublicHoliday> &holidays, const QDate &from, const QDate &to);
// The last day of a horizon of `months` months from `from`.
QDate horizonEnd(const QDate &from, int months);
// The current series' slots from `from` for `months` months (0: the series' horizon), with
// the talks and holidays read from the database.
Result<QList<Slot>> load(Storage &storage, const QDate &from, int months = 0);
} // namespace Slots

} // namespace Lectern
