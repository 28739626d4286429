// SPDX-License-Identifier: GPL-2.0-or-later
#include "localeformat.h"

#include <QLocale>

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

} // namespace Lectern::LocaleFormat
