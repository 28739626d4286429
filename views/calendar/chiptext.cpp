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

QStringList wrapText(const QString &text, const QFont &font, int width)
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
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
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
    text.titleLines = wrapText(talk.title, font, width);
    QStringList names;
    for (const TalkSpeaker &speaker : talk.speakers) {
        names << speaker.name;
    }
    text.speakers = names.join(MonthView::tr(", ", "between speakers' names on a chip"));
    text.rightToLeft = talk.title.isRightToLeft();
    return text;
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
    // The whole title first; the speakers when there is a line left after it.
    const bool withSpeakers = !speakers.isEmpty() && lines - 1 > titleLines.size();
    const int titleRoom = lines - 1 - (withSpeakers ? 1 : 0);
    for (int i = 0; i < titleLines.size() && i < titleRoom; ++i) {
        if (i == titleRoom - 1 && titleLines.size() > titleRoom) {
            // The last line there is room for: the rest of the title, elided.
            fitted.title << metrics.elidedText(QStringList(titleLines.mid(i)).join(QLatin1Char(' ')), Qt::ElideRight, width);
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
