// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Times as people read them in the interface: the locale's short format, without seconds
// (some locales' short format, C's among them, has them).
namespace Lectern::LocaleFormat {
QString shortTimeFormat();
QString shortTime(const QTime &time);
QString shortDateTime(const QDateTime &dateTime);
// A day and a short month in the locale's order and punctuation ("1 Jun", "Jun 1", "1. Juni"),
// taken from its long date format without the weekday and the year.
QString dayMonthFormat(const QLocale &locale);
} // namespace Lectern::LocaleFormat
