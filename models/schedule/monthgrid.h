// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QRect>

#include <optional>

namespace Lectern {

// The dates of a month as the calendar shows them: six weeks of seven days, starting on
// the locale's first day of the week, with the days of the neighbouring months around.
// Pure date arithmetic, so the widget only paints what this says.
class MonthGrid
{
public:
    static constexpr int weeks = 6;
    static constexpr int days = 7;

    MonthGrid(int year, int month, Qt::DayOfWeek firstDayOfWeek);

    int year() const { return m_year; }
    int month() const { return m_month; }
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDayOfWeek; }
    QDate firstDayOfMonth() const { return QDate(m_year, m_month, 1); }
    QDate firstVisibleDate() const { return m_first; }
    QDate lastVisibleDate() const { return m_first.addDays(weeks * days - 1); }

    QDate dateAt(int row, int column) const;
    // The cell (row = week, column = day) a date is in, if it is visible.
    std::optional<std::pair<int, int>> cellOf(const QDate &date) const;
    bool isInMonth(const QDate &date) const { return date.year() == m_year && date.month() == m_month; }
    // The column that shows an ISO weekday (1 = Monday ... 7 = Sunday).
    int columnOf(int isoWeekday) const;
    // The ISO weekday shown in a column.
    int weekdayOf(int column) const;

    MonthGrid next() const;
    MonthGrid previous() const;

private:
    int m_year;
    int m_month;
    Qt::DayOfWeek m_firstDayOfWeek;
    QDate m_first;
};

// How the talks of one day fit in its cell: chips one under the other below the day number,
// each with as many lines of text as it wants (time, the title wrapped, the speakers) when
// the cell has room for all of them. When it has not, every chip gets one line and the room
// left is shared out a line at a time, from the first chip on; when not even one line each
// fits, the last line says "+N more" instead of a chip.
struct ChipLayout
{
    int visible = 0; // chips drawn
    int hidden = 0; // talks behind "+N more"
    QList<QRect> chips; // one per visible chip, in the cell's coordinates
    QList<int> lines; // the lines of text each visible chip has room for
    QRect more; // the "+N more" line, empty when everything fits
};

struct ChipMetrics
{
    int headerHeight = 20; // the day number's line
    int lineHeight = 14; // one line of chip text
    int spacing = 2; // between chips
    int margin = 2; // around the chips, inside the cell
    int chipPadding = 4; // a chip's height is lines × lineHeight + chipPadding
    int chipHeight(int lines) const { return lines * lineHeight + chipPadding; }
};

// `wantedLines`: for each talk of the day, in order, the lines its whole text takes (≥ 1).
ChipLayout layoutChips(const QRect &cell, const QList<int> &wantedLines, const ChipMetrics &metrics);

// The height a day's cell needs to show each of its chips with `wantedLines` lines.
int wantedCellHeight(const QList<int> &wantedLines, const ChipMetrics &metrics);

// How the calendar's height is shared among its weeks. Each week starts with an equal share;
// a week whose talks want more (a long title, two speakers) takes it from the weeks that need
// less, down to `minimum` pixels and never below half an equal share, so an empty week stays
// a drop target of a sensible size and a month of one or two talks shows them whole. The
// heights add up to `total` exactly; when every week fits in an equal share, all are equal.
QList<int> weekHeights(int total, const QList<int> &wanted, int minimum);

// Index of the chip at a point in the cell, or -1; -2 when the point is on "+N more".
int chipAt(const ChipLayout &layout, const QPoint &point);

} // namespace Lectern
