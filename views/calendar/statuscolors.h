// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/vocabulary.h"

#include <QColor>
#include <QPalette>

namespace Lectern {
// A hue per talk status, and a chip fill that keeps text readable on light and dark palettes.
QColor statusColor(TalkStatus status);
QColor chipFill(TalkStatus status, const QPalette &palette);
} // namespace Lectern
