// SPDX-License-Identifier: GPL-2.0-or-later
#include "holidays.h"

#include <KHolidays/HolidayRegion>

#include <QCoreApplication>

#include <algorithm>

namespace Lectern::Holidays {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Holidays", text);
}

// The known codes that share the longest beginning with `code` ("dx_zz" → de_…, dk_…).
QStringList nearby(const QString &code)
{
    const QString wanted = code.toLower();
    const QStringList all = KHolidays::HolidayRegion::regionCodes();
    const auto common = [&wanted](const QString &known) {
        int n = 0;
        while (n < wanted.size() && n < known.size() && wanted.at(n) == known.at(n)) {
            ++n;
        }
        return n;
    };
    int best = 0;
    for (const QString &known : all) {
        best = std::max(best, common(known));
    }
    QStringList close;
    for (const QString &known : all) {
        if (common(known) == best) {
            close << known;
        }
    }
    close.sort();
    return close.mid(0, 12);
}
} // namespace

Result<QString> normalizeRegion(const QString &input)
{
    const QString code = input.trimmed();
    if (KHolidays::HolidayRegion::isValid(code)) {
        return code;
    }
    if (KHolidays::HolidayRegion::isValid(code.toLower())) {
        return code.toLower();
    }
    if (code.size() >= 2 && code.size() <= 6 && !code.contains(QLatin1Char('_'))) {
        const QString fallback = KHolidays::HolidayRegion::defaultRegionCode(code.toLower());
        if (!fallback.isEmpty() && KHolidays::HolidayRegion::isValid(fallback)) {
            return fallback;
        }
    }
    return Error{Error::Kind::InvalidInput,
                 tr("holiday region: “%1” is not a region Lectern knows. Known ones nearby: %2.").arg(code, nearby(code).join(QStringLiteral(", ")))};
}

Result<QStringList> normalizeRegions(const QStringList &codes)
{
    QStringList out;
    for (const QString &code : codes) {
        if (code.trimmed().isEmpty()) {
            continue;
        }
        auto normal = normalizeRegion(code);
        if (!normal) {
            return normal.error();
        }
        if (!out.contains(normal.value())) {
            out << normal.value();
        }
    }
    return out;
}

QList<PublicHoliday> between(const QStringList &regions, const QDate &from, const QDate &to)
{
    QList<PublicHoliday> out;
    for (const QString &code : regions) {
        const KHolidays::HolidayRegion region(code);
        if (!region.isValid()) {
            continue;
        }
        const auto holidays = region.rawHolidays(from, to, QStringLiteral("public"));
        for (const KHolidays::Holiday &holiday : holidays) {
            if (holiday.dayType() != KHolidays::Holiday::NonWorkday) {
                continue;
            }
            for (QDate day = holiday.observedStartDate(); day.isValid() && day <= holiday.observedEndDate(); day = day.addDays(1)) {
                if (day >= from && day <= to) {
                    out.append({day, holiday.name(), code, region.name()});
                }
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const PublicHoliday &a, const PublicHoliday &b) { return a.date != b.date ? a.date < b.date : a.region < b.region; });
    return out;
}

} // namespace Lectern::Holidays
