// SPDX-License-Identifier: GPL-2.0-or-later
#include "icalendartimezones.h"

#include <QRegularExpression>

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Lectern::ICalendarTimeZones {
namespace {
// Windows' display names of its zones (what Outlook sometimes writes as a TZID) → the
// Windows zone ID. The CLDR mapping Qt carries (windowsZones) knows the IDs but not these
// names, and no library on Linux has them, hence this short list of the common ones.
const QHash<QString, QByteArray> &displayNames()
{
    static const QHash<QString, QByteArray> names{
            {QStringLiteral("coordinated universal time"), "UTC"},
            {QStringLiteral("dublin, edinburgh, lisbon, london"), "GMT Standard Time"},
            {QStringLiteral("amsterdam, berlin, bern, rome, stockholm, vienna"), "W. Europe Standard Time"},
            {QStringLiteral("brussels, copenhagen, madrid, paris"), "Romance Standard Time"},
            {QStringLiteral("belgrade, bratislava, budapest, ljubljana, prague"), "Central Europe Standard Time"},
            {QStringLiteral("sarajevo, skopje, warsaw, zagreb"), "Central European Standard Time"},
            {QStringLiteral("athens, bucharest"), "GTB Standard Time"},
            {QStringLiteral("helsinki, kyiv, riga, sofia, tallinn, vilnius"), "FLE Standard Time"},
            {QStringLiteral("helsinki, kiev, riga, sofia, tallinn, vilnius"), "FLE Standard Time"},
            {QStringLiteral("jerusalem"), "Israel Standard Time"},
            {QStringLiteral("istanbul"), "Turkey Standard Time"},
            {QStringLiteral("cairo"), "Egypt Standard Time"},
            {QStringLiteral("harare, pretoria"), "South Africa Standard Time"},
            {QStringLiteral("nairobi"), "E. Africa Standard Time"},
            {QStringLiteral("moscow, st. petersburg"), "Russian Standard Time"},
            {QStringLiteral("moscow, st. petersburg, volgograd"), "Russian Standard Time"},
            {QStringLiteral("abu dhabi, muscat"), "Arabian Standard Time"},
            {QStringLiteral("chennai, kolkata, mumbai, new delhi"), "India Standard Time"},
            {QStringLiteral("bangkok, hanoi, jakarta"), "SE Asia Standard Time"},
            {QStringLiteral("beijing, chongqing, hong kong, urumqi"), "China Standard Time"},
            {QStringLiteral("kuala lumpur, singapore"), "Singapore Standard Time"},
            {QStringLiteral("osaka, sapporo, tokyo"), "Tokyo Standard Time"},
            {QStringLiteral("seoul"), "Korea Standard Time"},
            {QStringLiteral("perth"), "W. Australia Standard Time"},
            {QStringLiteral("adelaide"), "Cen. Australia Standard Time"},
            {QStringLiteral("brisbane"), "E. Australia Standard Time"},
            {QStringLiteral("canberra, melbourne, sydney"), "AUS Eastern Standard Time"},
            {QStringLiteral("auckland, wellington"), "New Zealand Standard Time"},
            {QStringLiteral("hawaii"), "Hawaiian Standard Time"},
            {QStringLiteral("alaska"), "Alaskan Standard Time"},
            {QStringLiteral("pacific time (us & canada)"), "Pacific Standard Time"},
            {QStringLiteral("arizona"), "US Mountain Standard Time"},
            {QStringLiteral("mountain time (us & canada)"), "Mountain Standard Time"},
            {QStringLiteral("central time (us & canada)"), "Central Standard Time"},
            {QStringLiteral("eastern time (us & canada)"), "Eastern Standard Time"},
            {QStringLiteral("atlantic time (canada)"), "Atlantic Standard Time"},
            {QStringLiteral("brasilia"), "E. South America Standard Time"},
            {QStringLiteral("buenos aires"), "Argentina Standard Time"},
            {QStringLiteral("city of buenos aires"), "Argentina Standard Time"},
    };
    return names;
}

// A TZID as written, without the quotes and backslash escapes programs put around it.
QString clean(QString tzid)
{
    tzid = tzid.trimmed();
    if (tzid.size() >= 2 && tzid.startsWith(QLatin1Char('"')) && tzid.endsWith(QLatin1Char('"'))) {
        tzid = tzid.mid(1, tzid.size() - 2);
    }
    static const QRegularExpression escape(QStringLiteral("\\\\(.)"));
    tzid.replace(escape, QStringLiteral("\\1"));
    return tzid.trimmed();
}

bool isIana(const QString &name)
{
    return !name.isEmpty() && QTimeZone::isTimeZoneIdAvailable(name.toUtf8());
}

// Splits "DTSTART;TZID=...;VALUE=DATE-TIME:2030..." into the part before the value and the
// value, with the TZID parameter's position (quotes respected).
struct TzidParameter
{
    int start = -1; // of the value of TZID=
    int end = -1;
};

TzidParameter findTzidParameter(const QString &line)
{
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char(':')) {
            return {};
        } else if (!quoted && c == QLatin1Char(';') && line.mid(i + 1, 5).compare(QLatin1String("TZID="), Qt::CaseInsensitive) == 0) {
            TzidParameter parameter;
            parameter.start = i + 6;
            bool inQuotes = false;
            int j = parameter.start;
            for (; j < line.size(); ++j) {
                const QChar d = line.at(j);
                if (d == QLatin1Char('"')) {
                    inQuotes = !inQuotes;
                } else if (!inQuotes && (d == QLatin1Char(';') || d == QLatin1Char(':'))) {
                    break;
                }
            }
            parameter.end = j;
            return parameter;
        }
    }
    return {};
}

// A parameter value as iCalendar wants it: quoted when it holds , ; or :.
QString parameterValue(const QString &name)
{
    static const QRegularExpression special(QStringLiteral("[,;:]"));
    return name.contains(special) ? QStringLiteral("\"%1\"").arg(name) : name;
}
// "TZID" in any case (names are case-insensitive), without the cost of case folding every
// character: this runs over every line of files with tens of thousands of events.
bool containsTzid(QStringView text)
{
    const auto is = [](QChar c, char upper) { return c.unicode() == ushort(upper) || c.unicode() == ushort(upper + ('a' - 'A')); };
    for (qsizetype i = 0; i + 3 < text.size(); ++i) {
        if (is(text[i], 'T') && is(text[i + 1], 'Z') && is(text[i + 2], 'I') && is(text[i + 3], 'D')) {
            return true;
        }
    }
    return false;
}
} // namespace

QString resolve(const QString &written)
{
    const QString tzid = clean(written);
    if (isIana(tzid)) {
        return tzid;
    }
    // A prefixed ID: the longest tail that is a zone name.
    const QStringList parts = tzid.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 1; i + 1 < parts.size(); ++i) {
        const QString tail = parts.mid(i).join(QLatin1Char('/'));
        if (isIana(tail)) {
            return tail;
        }
    }
    const QByteArray fromWindows = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8());
    if (!fromWindows.isEmpty()) {
        return QString::fromUtf8(fromWindows);
    }
    static const QRegularExpression offsetPrefix(QStringLiteral("^\\((UTC|GMT)([+-]\\d{1,2}(:\\d{2})?)?\\)\\s*"));
    const QString displayName = QString(tzid).remove(offsetPrefix).toLower();
    const auto windowsId = displayNames().constFind(displayName);
    if (windowsId != displayNames().cend()) {
        return QString::fromUtf8(QTimeZone::windowsIdToDefaultIanaId(*windowsId));
    }
    return {};
}

Fixed fix(const QList<ICalendarStructure::Line> &lines)
{
    Fixed fixed;
    fixed.lines = lines;
    if (!std::any_of(lines.cbegin(), lines.cend(), [](const ICalendarStructure::Line &line) { return containsTzid(line.text); })) {
        return fixed; // UTC and floating times only: nothing to mend
    }
    // The zones the file defines, as their TZID property says (escapes removed).
    QHash<QString, QString> defined; // cleaned → as written in the VTIMEZONE
    bool inTimeZone = false;
    const auto isLine = [](const QString &text, QLatin1String what) { return text.trimmed().compare(what, Qt::CaseInsensitive) == 0; };
    // TZID is a parameter (before the value) or the property of a VTIMEZONE.
    const auto mentionsTzid = [](const QString &text) {
        const int colon = int(text.indexOf(QLatin1Char(':')));
        return containsTzid(QStringView(text).left(colon < 0 ? text.size() : colon));
    };
    for (const ICalendarStructure::Line &line : lines) {
        if (!line.text.startsWith(QLatin1String("BEGIN:VT"), Qt::CaseInsensitive) && !line.text.startsWith(QLatin1String("END:VT"), Qt::CaseInsensitive) &&
            !(inTimeZone && mentionsTzid(line.text))) {
            continue;
        }
        const QString upper = line.text.trimmed().toUpper();
        if (upper == QLatin1String("BEGIN:VTIMEZONE")) {
            inTimeZone = true;
        } else if (upper == QLatin1String("END:VTIMEZONE")) {
            inTimeZone = false;
        } else if (inTimeZone && upper.startsWith(QLatin1String("TZID"))) {
            const int colon = int(line.text.indexOf(QLatin1Char(':')));
            if (colon > 0) {
                const QString value = line.text.mid(colon + 1);
                defined.insert(clean(value), clean(value));
            }
        }
    }

    QSet<QString> reported;
    inTimeZone = false;
    for (ICalendarStructure::Line &line : fixed.lines) {
        if (isLine(line.text, QLatin1String("BEGIN:VTIMEZONE"))) {
            inTimeZone = true;
        } else if (isLine(line.text, QLatin1String("END:VTIMEZONE"))) {
            inTimeZone = false;
        }
        if (!mentionsTzid(line.text)) {
            continue;
        }
        if (inTimeZone && line.text.startsWith(QLatin1String("TZID"), Qt::CaseInsensitive)) {
            const int colon = int(line.text.indexOf(QLatin1Char(':')));
            const QString mended = QStringLiteral("TZID:") + clean(line.text.mid(colon + 1));
            fixed.changed = fixed.changed || mended != line.text;
            line.text = mended;
            continue;
        }
        const TzidParameter parameter = findTzidParameter(line.text);
        if (parameter.start < 0) {
            continue;
        }
        const QString written = line.text.mid(parameter.start, parameter.end - parameter.start);
        const QString tzid = clean(written);
        QString name;
        if (defined.contains(tzid)) {
            name = tzid;
        } else {
            name = resolve(written);
            if (name.isEmpty()) {
                fixed.unresolved.append({tzid, line.number});
                continue;
            }
            if (name != tzid && !reported.contains(tzid)) {
                fixed.resolved.insert(tzid, name);
                reported.insert(tzid);
            }
        }
        const QString value = parameterValue(name);
        if (value != written) {
            line.text.replace(parameter.start, parameter.end - parameter.start, value);
            fixed.changed = true;
        }
    }
    return fixed;
}

} // namespace Lectern::ICalendarTimeZones
