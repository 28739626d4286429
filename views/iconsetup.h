// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace Lectern {

// The application icon, and the icons Lectern uses bundled (from Breeze) as the fallback
// theme, so that the program looks complete outside a desktop with an icon theme. Call once,
// after the QApplication exists.
void setUpIcons();

} // namespace Lectern
