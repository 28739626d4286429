// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QApplication>
#include <QPalette>

namespace TestUtil {
// Breeze Dark's main colours, for the tests that render a screen in a dark palette.
inline QPalette darkPalette()
{
    QPalette palette = QApplication::palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        palette.setColor(group, QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
        palette.setColor(group, QPalette::Window, QColor(0x2a, 0x2e, 0x32));
        palette.setColor(group, QPalette::Button, QColor(0x31, 0x36, 0x3b));
        palette.setColor(group, QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        palette.setColor(group, QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        palette.setColor(group, QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
        palette.setColor(group, QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        palette.setColor(group, QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    }
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x71, 0x75));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x71, 0x75));
    return palette;
}
} // namespace TestUtil
