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
    QString speakers;
    bool rightToLeft = false; // the title's own direction

    int wantedLines() const { return 1 + int(titleLines.size()) + (speakers.isEmpty() ? 0 : 1); }

    struct Lines
    {
        QString first; // time and status (or, in a one-line chip, time and title)
        QStringList title;
        QString speakers; // empty when there is no room for them
    };
    // The text for a chip that has room for `lines` lines, `width` pixels wide.
    Lines fit(int lines, const QFont &font, int width) const;
};

ChipText chipText(const Talk &talk, const QFont &font, int width);

// Text broken into lines of at most `width` pixels, at word boundaries where it can be, inside
// a word where one word is wider than the line (URLs, long compounds).
QStringList wrapText(const QString &text, const QFont &font, int width);
} // namespace Lectern
