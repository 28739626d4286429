// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/talk.h"
#include "storage/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace Lectern {
class Storage;
struct Series;

// Events of an iCalendar file, as the calendar programs people have write them, become talks
// of the current series. KCalendarCore reads the file; around it, Lectern mends what those
// programs get wrong or leave out: a byte-order mark, Windows-1252 text, TZIDs that are
// quoted, prefixed, Windows names or display names, VTIMEZONEs after the events that use them,
// floating times with the calendar's X-WR-TIMEZONE. What cannot be a talk (a multi-day event,
// one without a start, a VTODO, an unresolvable zone…) is skipped with a note that names it
// and its line, and the rest is imported; a file that is not iCalendar or is cut short is
// refused with the line where reading stopped. Importing is one transaction: all of the plan
// or nothing.
namespace ICalendarImport {
struct Options
{
    // Import the occurrences of recurring events between these dates (UTC) as talks, each
    // override (RECURRENCE-ID) at its moved time, excluded dates left out. Without them a
    // recurring event is reported, not guessed at.
    std::optional<QDate> occurrencesFrom;
    std::optional<QDate> occurrencesTo;
    // Refuse the whole file when any event is skipped (the behaviour before per-event notes).
    bool strict = false;
};

// Something said about the file or one event of it: "line 12: “Weekly sync”: …".
struct Note
{
    int line = 0; // 0: about the whole file
    QString event; // the event's summary or UID, empty for the whole file
    QString message;
    QString text() const;
};

// One talk the file describes: the key it is known by (the UID, or UID#RECURRENCE-ID for an
// occurrence), and the values the file gives.
struct Candidate
{
    int line = 0;
    QString key;
    QString title;
    QString abstract;
    QDate date;
    QTime startUtc; // invalid: an all-day event, time to be announced
    std::optional<int> durationMinutes;
    std::optional<TalkStatus> status;
    QStringList topics;
    QString streamUrl;
};

// What a file says, before anything is compared with the database. Pure: no storage.
struct Reading
{
    QList<Candidate> candidates;
    QList<Note> skipped; // events that cannot be talks, and why
    QList<Note> notes; // what was mended (encoding, zones read as, floating times)
};
Result<Reading> read(const QByteArray &data, const Options &options = {});

// What importing a reading would do to the database.
struct Plan
{
    QList<Talk> creates;
    QList<std::pair<Talk, Talk>> updates; // before, after
    int unchanged = 0;
    QList<Note> skipped;
    QList<Note> notes;
};
Result<Plan> plan(Storage &storage, const Reading &reading);

struct Outcome
{
    QList<qint64> created;
    QList<qint64> updated;
    int unchanged = 0;
    QList<Note> skipped;
    QList<Note> notes;
};
// (Writing a plan is TalkOperations::importCalendar: one change, like every other.)

// "3 created, 1 updated, 0 unchanged, 2 skipped."
QString summary(int created, int updated, int unchanged, int skipped);
} // namespace ICalendarImport

} // namespace Lectern
