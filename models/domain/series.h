// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rowmeta.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Lectern {

// A recurring programme of talks and the defaults every new talk of it starts from.
struct Series
{
    RowMeta meta;
    QString name;
    int defaultDurationMinutes = 45;
    int usualWeekday = 0; // ISO 8601: 1 = Monday ... 7 = Sunday; 0 = none
    QTime defaultStartUtc; // invalid: no usual time
    QString streamUrl;
    QString chatChannel;
    QStringList mailingLists;
    QString organizerName;
    QString organizerEmail;
    // The rhythm: an RFC 5545 RRULE ("FREQ=MONTHLY;BYDAY=-1WE"), empty for none, evaluated
    // from `recurrenceStart` (which weeks an every-other-week series meets in).
    QString recurrenceRule;
    QDate recurrenceStart;
    int horizonMonths = 6; // talks are planned this far ahead; open slots show within it
    QStringList holidayRegions; // KHolidays codes ("de_de", "us_en-us")
};

} // namespace Lectern
