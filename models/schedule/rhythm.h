// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Lectern {

// The series' rhythm: an RFC 5545 RRULE ("FREQ=MONTHLY;BYDAY=-1WE") evaluated by
// KCalendarCore's recurrence code, with `start` as its DTSTART (it decides which weeks an
// every-other-week series meets in). Dates only: a slot's time is the series' UTC time, so
// it does not move with anyone's daylight saving time.
class Rhythm
{
public:
    Rhythm() = default;
    // Refused, with the text quoted, when KCalendarCore cannot read the rule.
    static Result<Rhythm> parse(const QString &rule, const QDate &start);

    bool isEmpty() const { return m_rule.isEmpty(); }
    QString rule() const { return m_rule; }
    QDate start() const { return m_start; }

    // The pattern's dates from `from` to `to`, both included.
    QList<QDate> dates(const QDate &from, const QDate &to) const;
    bool fallsOn(const QDate &date) const;
    // Whether the pattern is monthly (its periods are calendar months).
    bool isMonthly() const { return m_monthly; }
    // "the last Wednesday of each month", "every other Thursday", or the rule itself.
    QString describe() const;

    // The patterns the editor offers in words, for a weekday (1 = Monday … 7 = Sunday).
    struct Preset
    {
        QString rule;
        QString words;
    };
    static QList<Preset> presets(int weekday);

private:
    QString m_rule;
    QDate m_start;
    bool m_monthly = false;
};

} // namespace Lectern
