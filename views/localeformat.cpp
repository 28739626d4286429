// SPDX-License-Identifier: GPL-2.0-or-later
#include "localeformat.h"

#include <QLocale>
#include <QRegularExpression>

namespace Lectern::LocaleFormat {

QString shortTimeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return format;
}

QString shortTime(const QTime &time)
{
    return QLocale().toString(time, shortTimeFormat());
}

QString shortDateTime(const QDateTime &dateTime)
{
    return QLocale().toString(dateTime.date(), QLocale::ShortFormat) + QLatin1Char(' ') + shortTime(dateTime.time());
}

QString dayMonthFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    // Weekday and year go with the separators that tie them to the rest ("dddd, ", " yyyy",
    // "yyyy年"); what is left is the day and the month as the language writes them.
    static const QRegularExpression weekday(QStringLiteral("d{3,4}[,.]?\\s*|\\s*,?\\s*d{3,4}"));
    static const QRegularExpression year(QStringLiteral("[,.]?\\s*y+[^dM]*|y+[^dM\\s]*\\s*"));
    format.remove(weekday);
    format.remove(year);
    format = format.trimmed();
    while (!format.isEmpty() && (format.endsWith(QLatin1Char(',')) || format.endsWith(QLatin1Char(' ')))) {
        format.chop(1);
    }
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    if (!format.contains(QLatin1Char('d')) || !format.contains(QLatin1Char('M'))) {
        return QStringLiteral("d MMM");
    }
    return format;
}

} // namespace Lectern::LocaleFormat
