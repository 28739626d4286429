// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace Lectern {

struct PublicHoliday
{
    QDate date;
    QString name; // as the region calls it ("1. Weihnachtsfeiertag", "Christmas Day")
    QString region; // KHolidays' code, "de_de"
    QString regionName; // "Germany"
};

// Public holidays of the series' regions, from KHolidays' data (no table of our own).
namespace Holidays {
// "de" or "DE" becomes KHolidays' "de_de"; a full code stays. Unknown codes are refused
// with the known ones nearby (the same country first).
Result<QString> normalizeRegion(const QString &code);
Result<QStringList> normalizeRegions(const QStringList &codes);
// Public (non-working) holidays in `regions` from `from` to `to`, by date.
QList<PublicHoliday> between(const QStringList &regions, const QDate &from, const QDate &to);
} // namespace Holidays

} // namespace Lectern
