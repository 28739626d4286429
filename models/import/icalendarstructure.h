// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/result.h"

#include <QList>
#include <QString>

namespace Lectern::ICalendarStructure {
// One component of the file (VEVENT, VTODO, VTIMEZONE, …) as its lines say: where it begins
// and ends, and the properties an import needs to name it in a note. Only the components
// directly inside VCALENDAR are listed.
struct Component
{
    QString name; // "VEVENT"
    int beginLine = 0;
    int endLine = 0;
    QString uid;
    QString summary;
    QString recurrenceId;
};

// One logical line of iCalendar text: folded continuations joined, the line ending gone, with
// the number of its first physical line in the file.
struct Line
{
    int number = 0;
    QString text;
};
QList<Line> unfold(const QString &text);

struct Outline
{
    QList<Component> components;
    int endLine = 0; // of END:VCALENDAR
    bool contentAfterEnd = false; // text after END:VCALENDAR (ignored, as calendar programs do)
};

// Checks the BEGIN/END structure of iCalendar text line by line (folded lines joined) and
// lists its components. A file that is not iCalendar, is cut short or has a mismatched END
// is refused with the line where reading stopped and why. This is no parser of the content:
// KCalendarCore reads that; this only finds where a broken file breaks, which the library
// does not say.
Result<Outline> outline(const QString &text);
Result<Outline> outline(const QList<Line> &lines); // the same, on lines already unfolded
} // namespace Lectern::ICalendarStructure
