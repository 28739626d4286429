// SPDX-License-Identifier: GPL-2.0-or-later
#include "monthdelegate.h"

#include "chiptext.h"

#include "itemmodels/monthmodel.h"
#include "localeformat.h"
#include "monthview.h"
#include "statuscolors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextOption>

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
    return QSize(option.fontMetrics.averageCharWidth() * 14, m.headerHeight + 3 * (m.chipHeight(1) + m.spacing) + m.margin);
}

void MonthDelegate::paintChip(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const Talk &talk,
                              const ChipText &text,
                              const QRect &chip,
                              int lines,
                              bool inMonth) const
{
    const QPalette &palette = option.palette;
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
    QFont timeFont = chipFont;
    timeFont.setBold(true);
    timeFont.setItalic(!talk.hasTime());
    const QRect textRect = chip.adjusted(7, 2, -3, -2);
    const ChipText::Lines fitted = text.fit(lines, chipFont, textRect.width());
    const int lineHeight = m_view->chipMetrics().lineHeight;
    painter->setPen(inMonth ? palette.color(QPalette::Text) : palette.color(QPalette::Disabled, QPalette::Text));
    // Absolute: with a right-to-left direction, Qt mirrors a plain AlignRight back to the left.
    QTextOption titleOption(Qt::AlignVCenter | Qt::AlignAbsolute | (text.rightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    titleOption.setTextDirection(text.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    titleOption.setWrapMode(QTextOption::NoWrap);
    if (lines <= 1) {
        painter->setFont(timeFont);
        const int timeWidth = QFontMetrics(timeFont).horizontalAdvance(fitted.first) + 4;
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, fitted.first);
        painter->setFont(chipFont);
        const QRect titleRect = textRect.adjusted(timeWidth, 0, 0, 0);
        const QString title = QFontMetrics(chipFont).elidedText(talk.title, Qt::ElideRight, titleRect.width());
        painter->drawText(QRectF(titleRect), title, titleOption);
        return;
    }
    QRect line(textRect.left(), textRect.top(), textRect.width(), lineHeight);
    painter->setFont(timeFont);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, fitted.first);
    painter->setFont(chipFont);
    for (int i = 0; i < fitted.title.size(); ++i) {
        if (i == 0 && fitted.titleOnTimeLine) {
            // beside the time, as far as ChipText measured it
            const int timeWidth = ChipText::timeColumn(chipFont, fitted.first);
            painter->drawText(QRectF(line.adjusted(timeWidth, 0, 0, 0)), fitted.title.at(i), titleOption);
            continue;
        }
        line.translate(0, lineHeight);
        painter->drawText(QRectF(line), fitted.title.at(i), titleOption);
    }
    QFont speakerFont = option.font;
    speakerFont.setItalic(true);
    painter->setFont(speakerFont);
    for (const QString &speakers : fitted.speakers) {
        line.translate(0, lineHeight);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, speakers);
    }
}

void MonthDelegate::paintOpenSlot(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const QRect &cell, bool inMonth) const
{
    // A slot is not a talk: no fill, a dashed outline in the highlight colour, and the words
    // in the text colour, so it reads in light and dark palettes alike.
    const ChipMetrics metrics = m_view->chipMetrics();
    const QString holiday = index.data(MonthModel::SlotHolidayRole).toString();
    const int lines = holiday.isEmpty() ? 2 : 3;
    const QRect chip(cell.left() + metrics.margin,
                     cell.top() + metrics.headerHeight,
                     cell.width() - 2 * metrics.margin,
                     qMin(metrics.chipHeight(lines), cell.bottom() - cell.top() - metrics.headerHeight - metrics.margin));
    const QPalette &palette = option.palette;
    QPen dashed(palette.color(QPalette::Highlight), 1.5, Qt::DashLine);
    painter->setPen(dashed);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(chip).adjusted(0.75, 0.75, -0.75, -0.75), 3, 3);
    const QTime time = index.data(MonthModel::SlotTimeRole).toTime();
    QRect line = chip.adjusted(6, 2, -3, 0);
    line.setHeight(metrics.lineHeight);
    painter->setPen(inMonth ? palette.color(QPalette::Text) : palette.color(QPalette::Disabled, QPalette::Text));
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(bold).elidedText(MonthView::tr("Open slot"), Qt::ElideRight, line.width()));
    line.translate(0, metrics.lineHeight);
    painter->setFont(option.font);
    const QString when = time.isValid() ? MonthView::tr("%1 UTC").arg(time.toString(QStringLiteral("HH:mm"))) : MonthView::tr("time to be set");
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(option.font).elidedText(when, Qt::ElideRight, line.width()));
    if (!holiday.isEmpty()) {
        line.translate(0, metrics.lineHeight);
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(italic).elidedText(holiday, Qt::ElideRight, line.width()));
    }
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
    QList<ChipText> texts;
    const ChipLayout layout = m_view->chipLayout(cell, talks, &texts);
    for (int i = 0; i < layout.visible; ++i) {
        paintChip(painter, option, talks.at(i), texts.at(i), layout.chips.at(i), layout.lines.at(i), inMonth);
    }
    if (talks.isEmpty() && index.data(MonthModel::OpenSlotRole).toBool()) {
        paintOpenSlot(painter, option, index, cell, inMonth);
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
