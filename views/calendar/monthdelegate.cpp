// SPDX-License-Identifier: GPL-2.0-or-later
#include "monthdelegate.h"

#include "itemmodels/monthmodel.h"
#include "localeformat.h"
#include "monthview.h"
#include "statuscolors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Lectern {

MonthDelegate::MonthDelegate(MonthView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QSize MonthDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    const ChipMetrics m = m_view->chipMetrics();
    return QSize(option.fontMetrics.averageCharWidth() * 14, m.headerHeight + 3 * (m.chipHeight + m.spacing) + m.margin);
}

void MonthDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const MonthModel *>(index.model());
    if (!model) {
        return;
    }
    const QPalette &palette = option.palette;
    const QRect cell = option.rect;
    const QDate date = index.data(MonthModel::DateRole).toDate();
    const bool inMonth = index.data(MonthModel::InMonthRole).toBool();
    const bool today = index.data(MonthModel::TodayRole).toBool();
    const bool usualDay = index.data(MonthModel::UsualWeekdayRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const bool dropTarget = m_view->dropTarget() == index;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);

    // Background: days of other months muted, the series' usual weekday faintly tinted.
    QColor background = inMonth ? palette.color(QPalette::Base) : palette.color(QPalette::Window);
    if (usualDay && inMonth) {
        const QColor tint = palette.color(QPalette::Highlight);
        background = QColor::fromRgbF(background.redF() * 0.94 + tint.redF() * 0.06,
                                      background.greenF() * 0.94 + tint.greenF() * 0.06,
                                      background.blueF() * 0.94 + tint.blueF() * 0.06);
    }
    painter->fillRect(cell, background);
    if (selected) {
        QColor highlight = palette.color(QPalette::Highlight);
        highlight.setAlphaF(0.18);
        painter->fillRect(cell, highlight);
    }

    // The day number; today's in a filled circle.
    const ChipMetrics metrics = m_view->chipMetrics();
    QFont numberFont = option.font;
    numberFont.setBold(today);
    painter->setFont(numberFont);
    const QString number = date.day() == 1 ? QLocale().toString(date, LocaleFormat::dayMonthFormat(QLocale())) : QString::number(date.day());
    const QRect numberRect(cell.left() + metrics.margin + 2, cell.top() + 1, cell.width() - 2 * metrics.margin - 4, metrics.headerHeight - 2);
    if (today) {
        const int width = option.fontMetrics.horizontalAdvance(number) + 8;
        const QRect badge(numberRect.left() - 2, numberRect.top() + 1, qMax(width, numberRect.height() - 2), numberRect.height() - 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setPen(palette.color(QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, number);
    } else {
        painter->setPen(inMonth ? palette.color(QPalette::Text) : palette.color(QPalette::Disabled, QPalette::Text));
        painter->drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, number);
    }

    // The talks.
    const QList<Talk> talks = model->talksOn(date);
    const ChipLayout layout = layoutChips(cell, int(talks.size()), metrics);
    for (int i = 0; i < layout.visible; ++i) {
        const Talk &talk = talks.at(i);
        const QRect chip = layout.chips.at(i);
        const QColor hue = statusColor(talk.status);
        painter->setPen(Qt::NoPen);
        painter->setBrush(chipFill(talk.status, palette));
        painter->drawRoundedRect(chip, 3, 3);
        painter->setBrush(hue);
        painter->drawRoundedRect(QRect(chip.left(), chip.top(), 4, chip.height()), 2, 2);
        if (!talk.hasTime()) {
            QPen dashed(hue, 1, Qt::DashLine);
            painter->setPen(dashed);
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        }
        QFont chipFont = option.font;
        chipFont.setStrikeOut(talk.status == TalkStatus::Cancelled);
        const QString time =
                talk.hasTime() ? LocaleFormat::shortTime(talk.startDateTimeUtc().toLocalTime().time()) : MonthView::tr("TBA", "time to be announced");
        QFont timeFont = chipFont;
        timeFont.setBold(true);
        timeFont.setItalic(!talk.hasTime());
        const QRect textRect = chip.adjusted(7, 1, -3, -1);
        painter->setPen(inMonth ? palette.color(QPalette::Text) : palette.color(QPalette::Disabled, QPalette::Text));
        painter->setFont(timeFont);
        const QFontMetrics timeMetrics(timeFont);
        const QFontMetrics titleMetrics(chipFont);
        if (chip.height() >= 2 * titleMetrics.height()) {
            // Tall chip: the time on the first line, the title below it.
            painter->drawText(QRect(textRect.topLeft(), QSize(textRect.width(), timeMetrics.height())), Qt::AlignLeft | Qt::AlignVCenter, time);
            painter->setFont(chipFont);
            const QRect titleRect(textRect.left(), textRect.top() + timeMetrics.height(), textRect.width(), textRect.height() - timeMetrics.height());
            painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignTop, titleMetrics.elidedText(talk.title, Qt::ElideRight, titleRect.width()));
        } else {
            const int timeWidth = timeMetrics.horizontalAdvance(time) + 4;
            painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, time);
            painter->setFont(chipFont);
            const QRect titleRect = textRect.adjusted(timeWidth, 0, 0, 0);
            painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(talk.title, Qt::ElideRight, titleRect.width()));
        }
    }
    if (!layout.more.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(palette.color(QPalette::Link));
        painter->drawText(layout.more.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, MonthView::tr("+%n more", nullptr, layout.hidden));
    }

    // Where a dragged talk would land.
    if (dropTarget) {
        QPen pen(palette.color(QPalette::Highlight), 3);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(cell.adjusted(1, 1, -2, -2));
    }
    if (option.state & QStyle::State_HasFocus) {
        QPen pen(palette.color(QPalette::Highlight), 1, Qt::DotLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(cell.adjusted(2, 2, -3, -3));
    }
    painter->restore();
}

} // namespace Lectern
