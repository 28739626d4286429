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

namespace {
bool hyphenates(QChar c)
{
    if (!c.isLetter()) {
        return false;
    }
    switch (c.script()) {
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
        return true;
    default:
        return false;
    }
}

// Wrapped lines joined again: a line that ends in a hyphen goes on without a space.
QString joinLines(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines) {
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('-'))) {
            text += QLatin1Char(' ');
        }
        text += line;
    }
    return text;
}

// The first line of `text` in `width` pixels, as QTextLayout breaks it (Unicode's line
// breaking: spaces, hyphens, slashes, any character of a script without spaces).
int firstLineLength(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    int length = int(text.size());
    if (line.isValid()) {
        line.setLineWidth(width);
        length = line.textLength();
    }
    layout.endLayout();
    return qMax(1, length);
}
} // namespace

QStringList wrapText(const QString &text, const QFont &font, int width, int firstWidth)
{
    QStringList lines;
    if (text.isEmpty() || width <= 0) {
        return lines;
    }
    const QFontMetrics metrics(font);
    const QString hyphen = QStringLiteral("-");
    constexpr int keep = 3; // letters on each side of a hyphen
    int position = 0;
    while (position < text.size()) {
        const int lineWidth = lines.isEmpty() && firstWidth > 0 ? firstWidth : width;
        const QString rest = text.mid(position);
        int length = firstLineLength(rest, font, lineWidth);
        const bool midWord = length < rest.size() && hyphenates(rest.at(length - 1)) && hyphenates(rest.at(length));
        if (!midWord) {
            lines << rest.left(length).trimmed();
        } else {
            // Where the word starts and ends on this line, so both parts keep some letters.
            int wordStart = length;
            while (wordStart > 0 && !rest.at(wordStart - 1).isSpace()) {
                --wordStart;
            }
            int wordEnd = length;
            while (wordEnd < rest.size() && rest.at(wordEnd).isLetterOrNumber()) {
                ++wordEnd;
            }
            int cut = length;
            while (cut > wordStart + 1 && metrics.horizontalAdvance(rest.left(cut) + hyphen) > lineWidth) {
                --cut;
            }
            cut = qMax(wordStart + 1, qMin(cut, wordEnd - keep)); // "Wikime-/dia", not "Wikimedi-/a"
            if (cut - wordStart < keep && wordStart > 0) {
                cut = wordStart; // too little of the word would stay here: it starts the next line
                lines << rest.left(cut).trimmed();
            } else {
                lines << rest.left(cut) + hyphen;
            }
            length = cut;
        }
        position += length;
        while (position < text.size() && text.at(position).isSpace()) {
            ++position;
        }
    }
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
    text.speakerLines = wrapText(text.speakers, font, width);
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
    const QString title = joinLines(titleLines);
    if (lines <= 1) {
        fitted.first = time;
        fitted.title << metrics.elidedText(title, Qt::ElideRight, width);
        return fitted;
    }
    fitted.first = status.isEmpty() ? time : MonthView::tr("%1 · %2", "time · status on a chip").arg(time, status);
    fitted.titleOnTimeLine = titleOnTimeLine;
    // The whole title first; the speakers when there is a line left after it.
    const int timeLine = titleOnTimeLine ? 0 : 1;
    const int speakerRoom = qMin(int(speakerLines.size()), lines - timeLine - int(qMax<qsizetype>(1, titleLines.size())));
    const bool withSpeakers = speakerRoom > 0;
    const int titleRoom = lines - timeLine - qMax(0, speakerRoom);
    const int firstWidth = titleOnTimeLine ? width - timeColumn(font, fitted.first) : width;
    for (int i = 0; i < titleLines.size() && i < titleRoom; ++i) {
        if (i == titleRoom - 1 && titleLines.size() > titleRoom) {
            // The last line there is room for: the rest of the title, elided.
            fitted.title << metrics.elidedText(joinLines(titleLines.mid(i)), Qt::ElideRight, i == 0 ? firstWidth : width);
        } else {
            fitted.title << titleLines.at(i);
        }
    }
    for (int i = 0; withSpeakers && i < speakerRoom; ++i) {
        if (i == speakerRoom - 1 && speakerLines.size() > speakerRoom) {
            fitted.speakers << metrics.elidedText(joinLines(speakerLines.mid(i)), Qt::ElideRight, width);
        } else {
            fitted.speakers << speakerLines.at(i);
        }
    }
    return fitted;
}

} // namespace Lectern
