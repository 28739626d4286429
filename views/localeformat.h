// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Times as people read them in the interface: the locale's short format, without seconds
// (some locales' short format, C's among them, has them).
namespace Lectern::LocaleFormat {
QString shortTimeFormat();
QString shortTime(const QTime &time);
QString shortDateTime(const QDateTime &dateTime);
} // namespace Lectern::LocaleFormat
