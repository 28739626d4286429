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

ChipLayout layoutChips(const QRect &cell, int talkCount, const ChipMetrics &metrics)
{
    ChipLayout layout;
    ChipMetrics m = metrics;
    const int top = cell.top() + m.headerHeight;
    const int room = cell.bottom() + 1 - m.margin - top;
    if (m.tallChipHeight > m.chipHeight && talkCount > 0 && talkCount * (m.tallChipHeight + m.spacing) - m.spacing <= room) {
        m.chipHeight = m.tallChipHeight;
    }
    const int line = m.chipHeight + m.spacing;
    const int lines = room >= m.chipHeight ? 1 + (room - m.chipHeight) / line : 0;
    if (talkCount <= lines) {
        layout.visible = talkCount;
    } else {
        layout.visible = qMax(0, lines - 1); // the last line says "+N more"
    }
    layout.hidden = talkCount - layout.visible;
    const int width = cell.width() - 2 * m.margin;
    for (int i = 0; i < layout.visible; ++i) {
        layout.chips.append(QRect(cell.left() + m.margin, top + i * line, width, m.chipHeight));
    }
    if (layout.hidden > 0 && lines > 0) {
        layout.more = QRect(cell.left() + m.margin, top + layout.visible * line, width, m.chipHeight);
    }
    return layout;
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
