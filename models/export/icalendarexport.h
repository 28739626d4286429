// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/series.h"
#include "domain/talk.h"

#include <KCalendarCore/Event>

#include <QByteArray>
#include <QList>

namespace Lectern {

// Something the export left out or wants the user to know, about one talk.
struct ExportNote
{
    qint64 talkId = 0;
    QString message;
};

// Talks as iCalendar, written by KCalendarCore: one VEVENT per talk with its stable UID,
// SEQUENCE from the talk's sequence number, DTSTART/DTEND in UTC, and the series' organizer.
//
// Decisions (also in README.md, "Export"):
// - A talk whose time is to be announced is left out, with a note: an all-day entry would
//   put a wrong time into people's calendars, and a time that is not known is not written.
// - A talk without a date is left out.
// - Cancelled talks stay in, with STATUS:CANCELLED, so subscribed calendars remove them;
//   a postponed talk will not happen at its old time, so it is written as cancelled too.
// - Held and confirmed talks are CONFIRMED, tentative ones TENTATIVE.
// - Events are in date order, so the same data gives the same file (but for DTSTAMP).
namespace ICalendarExport {
struct Result
{
    QByteArray data;
    int events = 0;
    QList<ExportNote> notes;
};

Result write(const Series &series, const QList<Talk> &talks);
// The event for one talk with a date and a time, as write() puts it in the calendar.
KCalendarCore::Event::Ptr toEvent(const Series &series, const Talk &talk);
QString productId();
} // namespace ICalendarExport

} // namespace Lectern
