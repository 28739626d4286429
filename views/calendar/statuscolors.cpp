// SPDX-License-Identifier: GPL-2.0-or-later
#include "statuscolors.h"

namespace Lectern {

QColor statusColor(TalkStatus status)
{
    switch (status) {
    case TalkStatus::Tentative:
        return QColor(0xe0, 0x9a, 0x10); // amber
    case TalkStatus::Confirmed:
        return QColor(0x2e, 0x9b, 0x4f); // green
    case TalkStatus::Held:
        return QColor(0x5b, 0x7f, 0xa6); // slate blue
    case TalkStatus::Cancelled:
        return QColor(0xd1, 0x45, 0x3b); // red
    case TalkStatus::Postponed:
        return QColor(0x8e, 0x5b, 0xb5); // purple
    }
    return QColor(Qt::gray);
}

QColor chipFill(TalkStatus status, const QPalette &palette)
{
    // A quarter of the hue over the base colour: tinted, with the palette's text still legible.
    const QColor hue = statusColor(status);
    const QColor base = palette.color(QPalette::Base);
    const qreal a = 0.25;
    return QColor::fromRgbF(hue.redF() * a + base.redF() * (1 - a), hue.greenF() * a + base.greenF() * (1 - a), hue.blueF() * a + base.blueF() * (1 - a));
}

} // namespace Lectern
