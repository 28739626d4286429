// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "icalendarstructure.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Lectern::ICalendarTimeZones {
// The IANA zone a TZID names, as calendar programs write them: an IANA name ("Europe/Berlin",
// also quoted or with backslash escapes), one inside a prefixed ID
// ("/mozilla.org/20050126_1/Europe/Berlin", "/softwarestudio.org/Olson_20011030_5/Pacific/Auckland"),
// a Windows zone ("W. Europe Standard Time", through the CLDR mapping Qt has) or a Windows
// display name ("(UTC+10:00) Canberra, Melbourne, Sydney"). Empty when none fits.
QString resolve(const QString &tzid);

struct Unresolved
{
    QString tzid;
    int line = 0;
};

struct Fixed
{
    QList<ICalendarStructure::Line> lines; // the logical lines, TZID parameters rewritten
    QList<Unresolved> unresolved; // TZIDs with neither a VTIMEZONE nor a known name
    QHash<QString, QString> resolved; // TZID as written → IANA name it was read as
    bool changed = false; // whether any line was rewritten
};

// Rewrites every TZID parameter so that KCalendarCore reads the zone meant: one the file
// defines in a VTIMEZONE (wherever it sits) is kept, with the quoting made to match the
// definition; any other is replaced by the IANA name it resolves to. KCalendarCore does the
// reading; this only mends the names around it.
Fixed fix(const QList<ICalendarStructure::Line> &lines);
} // namespace Lectern::ICalendarTimeZones
