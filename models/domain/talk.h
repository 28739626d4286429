// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rowmeta.h"
#include "vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace Lectern {

// A speaker as linked to one talk: the shared record's id, its name (read along with the
// talk for display) and the role on this talk.
struct TalkSpeaker
{
    qint64 speakerId = 0;
    QString name;
    SpeakerRole role = SpeakerRole::Speaker;

    bool operator==(const TalkSpeaker &other) const { return speakerId == other.speakerId && name == other.name && role == other.role; }
};

// A problem with a field's value, named so a form or the CLI can point at it.
struct FieldError
{
    QString field;
    QString message;
};

struct Talk
{
    RowMeta meta;
    qint64 seriesId = 0;
    std::optional<int> season;
    std::optional<int> episode;
    QString title;
    QString abstract;
    QDate date; // invalid: not scheduled yet
    QTime startUtc; // invalid: time to be announced
    int durationMinutes = 45;
    TalkStatus status = TalkStatus::Tentative;
    QString streamUrl;
    QString slidesUrl;
    QString recordingUrl;
    QString notes;
    QString icalUid;
    int sequence = 0;
    qint64 proposalId = 0; // the proposal this talk came from, 0 if none
    QList<TalkSpeaker> speakers;
    QStringList topics;

    bool isScheduled() const { return date.isValid(); }
    bool hasTime() const { return startUtc.isValid(); }
    // The start as a UTC date-time; invalid when the date or the time is not known.
    QDateTime startDateTimeUtc() const;
    QDateTime endDateTimeUtc() const;

    // Calendars take an update only when SEQUENCE grows: it grows when the date, the time or
    // the length changes, or when the talk is cancelled, compared with `before`.
    void updateSequence(const Talk &before);

    // Everything wrong with the talk's own fields (not scheduling rules).
    QList<FieldError> validate() const;

    // The dates every output can write (iCalendar through KCalendarCore stops at 3000:
    // later ones came out as DTSTART:00000000T000000). One range for every way in: the
    // editor, the CLI, imports.
    static QDate earliestDate();
    static QDate latestDate();
    static bool isRepresentableDate(const QDate &date);
    // "The date 3001-01-01 is outside what Lectern can write (1900-01-01 to 2999-12-31)."
    static QString dateRangeMessage(const QDate &date);
};

} // namespace Lectern
