// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Lectern {
class Storage;

// Events of an iCalendar file (as common calendar programs write them: UTC times, TZID with
// VTIMEZONE, all-day events, folded lines) become talks of the current series. An event
// whose UID is a talk's updates that talk's title, date, time, length and status; the
// talk's own abstract and speakers stay. What cannot be a talk (a recurring event, an
// event without a start or a title) is reported, never guessed at. All or nothing: a file
// that cannot be read, or a failure while writing, changes nothing.
namespace ICalendarImport {
struct Outcome
{
    QList<qint64> created;
    QList<qint64> updated;
    QStringList skipped; // one line per event, saying which and why
};

Result<Outcome> import(Storage &storage, const QByteArray &data, const QString &fileName);
} // namespace ICalendarImport

} // namespace Lectern
