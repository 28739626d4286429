// SPDX-License-Identifier: GPL-2.0-or-later
#include "monthgrid.h"

namespace Lectern {

MonthGrid::MonthGrid(int year, int month, Qt::DayOfWeek firstDayOfWeek)
    : m_year(year)
    , m_month(month)
    , m_firstDayOfWeek(firstDayOfWeek)
{
    const QDate first(year, month, 1);
    // Step back to the week's first day; a month starting on it starts in the first row.
    const int back = (first.dayOfWeek() - int(firstDayOfWeek) + days) % days;
    m_first = first.addDays(-back);
}

QDate MonthGrid::dateAt(int row, int column) const
{
    if (row < 0 || row >= weeks || column < 0 || column >= days) {
        return {};
    }
    return m_first.addDays(row * days + column);
}

std::optional<std::pair<int, int>> MonthGrid::cellOf(const QDate &date) const
{
    const qint64 offset = m_first.daysTo(date);
    if (!date.isValid() || offset < 0 || offset >= weeks * days) {
        return std::nullopt;
    }
    return std::make_pair(int(offset / days), int(offset % days));
}

int MonthGrid::columnOf(int isoWeekday) const
{
    return (isoWeekday - int(m_firstDayOfWeek) + days) % days;
}

int MonthGrid::weekdayOf(int column) const
{
    return (int(m_firstDayOfWeek) - 1 + column) % days + 1;
}

MonthGrid MonthGrid::next() const
{
    const QDate next = firstDayOfMonth().addMonths(1);
    return MonthGrid(next.year(), next.month(), m_firstDayOfWeek);
}

MonthGrid MonthGrid::previous() const
{
    const QDate previous = firstDayOfMonth().addMonths(-1);
    return MonthGrid(previous.year(), previous.month(), m_firstDayOfWeek);
}

ChipLayout layoutChips(const QRect &cell, const QList<int> &wantedLines, const ChipMetrics &m)
{
    ChipLayout layout;
    const int talkCount = int(wantedLines.size());
    const int top = cell.top() + m.headerHeight;
    const int room = cell.bottom() + 1 - m.margin - top;
    const int width = cell.width() - 2 * m.margin;
    // The height `lines` chips take with `textLines` lines of text in all.
    const auto height = [&m](int chips, int textLines) { return textLines * m.lineHeight + chips * (m.chipPadding + m.spacing) - m.spacing; };

    QList<int> lines;
    int total = 0;
    for (int wanted : wantedLines) {
        lines.append(qMax(1, wanted));
        total += lines.constLast();
    }
    if (talkCount > 0 && height(talkCount, total) > room) {
        // Not all in full: one line each, then the rest of the room a line at a time.
        const int oneEach = height(talkCount, talkCount);
        if (oneEach <= room) {
            const QList<int> wanted = lines;
            for (int &given : lines) {
                given = 1;
            }
            int spare = (room - oneEach) / m.lineHeight;
            for (bool grew = true; spare > 0 && grew;) {
                grew = false;
                for (int i = 0; i < talkCount && spare > 0; ++i) {
                    if (lines.at(i) < wanted.at(i)) {
                        ++lines[i];
                        --spare;
                        grew = true;
                    }
                }
            }
        } else {
            // One line each does not fit either: as many as fit, and "+N more" on the last line.
            const int line = m.chipHeight(1) + m.spacing;
            const int fitting = room >= m.chipHeight(1) ? 1 + (room - m.chipHeight(1)) / line : 0;
            layout.visible = qMax(0, fitting - 1);
            layout.hidden = talkCount - layout.visible;
            for (int i = 0; i < layout.visible; ++i) {
                layout.chips.append(QRect(cell.left() + m.margin, top + i * line, width, m.chipHeight(1)));
                layout.lines.append(1);
            }
            if (fitting > 0) {
                layout.more = QRect(cell.left() + m.margin, top + layout.visible * line, width, m.chipHeight(1));
            }
            return layout;
        }
    }
    layout.visible = talkCount;
    int y = top;
    for (int i = 0; i < talkCount; ++i) {
        layout.chips.append(QRect(cell.left() + m.margin, y, width, m.chipHeight(lines.at(i))));
        layout.lines.append(lines.at(i));
        y += m.chipHeight(lines.at(i)) + m.spacing;
    }
    return layout;
}

int wantedCellHeight(const QList<int> &wantedLines, const ChipMetrics &m)
{
    int height = m.headerHeight + m.margin;
    for (int lines : wantedLines) {
        height += m.chipHeight(qMax(1, lines)) + m.spacing;
    }
    return wantedLines.isEmpty() ? height : height - m.spacing;
}

QList<int> weekHeights(int total, const QList<int> &wanted, int minimum)
{
    const int count = int(wanted.size());
    if (count == 0) {
        return {};
    }
    const int floor = qMin(total / count, qMax(minimum, total / (2 * count)));
    QList<int> heights;
    heights.reserve(count);
    for (int i = 0; i < count; ++i) {
        heights.append(qMax(0, floor));
    }
    int left = total - floor * count;
    // Water-filling a pixel at a time (a few hundred steps): first the weeks that want more,
    // the lowest first, up to what they want; then every week, the lowest first, so the
    // weeks that fit end up equal.
    const auto grow = [&](bool onlyWanting) {
        while (left > 0) {
            int lowest = -1;
            for (int i = 0; i < count; ++i) {
                if ((!onlyWanting || heights.at(i) < wanted.at(i)) && (lowest < 0 || heights.at(i) < heights.at(lowest))) {
                    lowest = i;
                }
            }
            if (lowest < 0) {
                return;
            }
            ++heights[lowest];
            --left;
        }
    };
    grow(true);
    grow(false);
    return heights;
}

int chipAt(const ChipLayout &layout, const QPoint &point)
{
    for (int i = 0; i < layout.chips.size(); ++i) {
        if (layout.chips.at(i).contains(point)) {
            return i;
        }
    }
    return layout.more.contains(point) ? -2 : -1;
}

} // namespace Lectern
