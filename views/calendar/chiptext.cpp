// SPDX-License-Identifier: GPL-2.0-or-later
#include "chiptext.h"

#include "localeformat.h"
#include "monthview.h"

#include <QFontMetrics>
#include <QTextLayout>

namespace Lectern {
namespace {
QString statusWord(TalkStatus status)
{
    switch (status) {
    case TalkStatus::Tentative:
        return MonthView::tr("Tentative", "a talk's status on its chip");
    case TalkStatus::Cancelled:
        return MonthView::tr("Cancelled", "a talk's status on its chip");
    case TalkStatus::Postponed:
        return MonthView::tr("Postponed", "a talk's status on its chip");
    case TalkStatus::Confirmed:
    case TalkStatus::Held:
        break;
    }
    return {};
}
} // namespace

QStringList wrapText(const QString &text, const QFont &font, int width, int firstWidth)
{
    QStringList lines;
    if (text.isEmpty() || width <= 0) {
        return lines;
    }
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    bool first = true;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(first && firstWidth > 0 ? firstWidth : width);
        first = false;
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    lines.removeAll(QString());
    return lines;
}

ChipText chipText(const Talk &talk, const QFont &font, int width)
{
    ChipText text;
    text.time = talk.hasTime() ? LocaleFormat::shortTime(talk.startDateTimeUtc().toLocalTime().time()) : MonthView::tr("TBA", "time to be announced");
    text.status = statusWord(talk.status);
    text.rightToLeft = talk.title.isRightToLeft();
    const int timeWidth = ChipText::timeColumn(font, text.time);
    // The title beside the time when there is no status word and its first word fits there.
    const QString firstWord = talk.title.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    text.titleOnTimeLine = !text.rightToLeft && text.status.isEmpty() && QFontMetrics(font).horizontalAdvance(firstWord) <= width - timeWidth;
    text.titleLines = text.titleOnTimeLine ? wrapText(talk.title, font, width, width - timeWidth) : wrapText(talk.title, font, width);
    QStringList names;
    for (const TalkSpeaker &speaker : talk.speakers) {
        names << speaker.name;
    }
    text.speakers = names.join(MonthView::tr(", ", "between speakers' names on a chip"));
    return text;
}

int ChipText::timeColumn(const QFont &font, const QString &time)
{
    QFont bold = font;
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(time) + QFontMetrics(font).horizontalAdvance(QLatin1Char(' '));
}

ChipText::Lines ChipText::fit(int lines, const QFont &font, int width) const
{
    const QFontMetrics metrics(font);
    Lines fitted;
    const QString title = titleLines.join(QLatin1Char(' '));
    if (lines <= 1) {
        fitted.first = time;
        fitted.title << metrics.elidedText(title, Qt::ElideRight, width);
        return fitted;
    }
    fitted.first = status.isEmpty() ? time : MonthView::tr("%1 · %2", "time · status on a chip").arg(time, status);
    fitted.titleOnTimeLine = titleOnTimeLine;
    // The whole title first; the speakers when there is a line left after it.
    const int timeLine = titleOnTimeLine ? 0 : 1;
    const bool withSpeakers = !speakers.isEmpty() && lines - timeLine > titleLines.size();
    const int titleRoom = lines - timeLine - (withSpeakers ? 1 : 0);
    const int firstWidth = titleOnTimeLine ? width - timeColumn(font, fitted.first) : width;
    for (int i = 0; i < titleLines.size() && i < titleRoom; ++i) {
        if (i == titleRoom - 1 && titleLines.size() > titleRoom) {
            // The last line there is room for: the rest of the title, elided.
            fitted.title << metrics.elidedText(QStringList(titleLines.mid(i)).join(QLatin1Char(' ')), Qt::ElideRight, i == 0 ? firstWidth : width);
        } else {
            fitted.title << titleLines.at(i);
        }
    }
    if (withSpeakers) {
        fitted.speakers = metrics.elidedText(speakers, Qt::ElideRight, width);
    }
    return fitted;
}

} // namespace Lectern
