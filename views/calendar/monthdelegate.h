// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "chiptext.h"
#include "domain/talk.h"

#include <QStyledItemDelegate>

namespace Lectern {
class MonthView;

// Paints one day of the month: its number, its talks as chips and "+N more". Where things
// go comes from layoutChips(); this only draws.
class MonthDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MonthDelegate(MonthView *view);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void
    paintChip(QPainter *painter, const QStyleOptionViewItem &option, const Talk &talk, const ChipText &text, const QRect &chip, int lines, bool inMonth) const;
    void paintOpenSlot(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const QRect &cell, bool inMonth) const;

    MonthView *m_view;
};

} // namespace Lectern
