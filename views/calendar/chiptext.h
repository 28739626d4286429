// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/talk.h"

#include <QFont>
#include <QStringList>

namespace Lectern {
// What a talk's chip in the month calendar says, broken into lines for its width: the start
// (local time, or TBA) with the status where it matters, the title wrapped, the speakers.
// The month view asks it how many lines each chip wants (for layoutChips) and the delegate
// what to draw in the lines it got.
struct ChipText
{
    QString time;
    QString status; // "Tentative", "Cancelled", "Postponed"; empty for confirmed and held talks
    QStringList titleLines;
    QString speakers; // the names, joined
    QStringList speakerLines; // the same, wrapped to the chip's width
    bool rightToLeft = false; // the title's own direction
    // The title starts on the time's line (a left-to-right title, no status word to show),
    // so a small cell gives it one line more; titleLines' first line is the shorter one then.
    bool titleOnTimeLine = false;

    int wantedLines() const { return (titleOnTimeLine ? 0 : 1) + int(qMax<qsizetype>(titleOnTimeLine ? 1 : 0, titleLines.size())) + int(speakerLines.size()); }

    struct Lines
    {
        QString first; // time and status (or, in a one-line chip, time and title)
        QStringList title; // with titleOnTimeLine, its first line goes after `first`
        bool titleOnTimeLine = false;
        QStringList speakers; // the speakers' lines; empty when there is no room for them
    };
    // Where the title starts on the time's line: the time in bold and a space.
    static int timeColumn(const QFont &font, const QString &time);
    // The text for a chip that has room for `lines` lines, `width` pixels wide.
    Lines fit(int lines, const QFont &font, int width) const;
};

ChipText chipText(const Talk &talk, const QFont &font, int width);

// Text broken into lines of at most `width` pixels (the first of them `firstWidth` when
// given), at word boundaries where it can be, inside a word where one word is wider than the
// line (URLs, long compounds). A word broken in a script that hyphenates (Latin, Greek,
// Cyrillic) gets a hyphen and keeps at least three letters on each side where it can.
QStringList wrapText(const QString &text, const QFont &font, int width, int firstWidth = -1);
} // namespace Lectern
