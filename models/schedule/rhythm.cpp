// SPDX-License-Identifier: GPL-2.0-or-later
#include "rhythm.h"

#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/RecurrenceRule>

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace Lectern {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Rhythm", text, disambiguation, n);
}

// The rule KCalendarCore reads, DTSTART at midnight UTC of `start`.
bool read(const QString &text, const QDate &start, KCalendarCore::RecurrenceRule *rule)
{
    KCalendarCore::ICalFormat format;
    if (!format.fromString(rule, text)) {
        return false;
    }
    rule->setStartDt(QDateTime(start, QTime(0, 0), Qt::UTC));
    return rule->recurrenceType() != KCalendarCore::RecurrenceRule::rNone;
}

QString ordinal(int position)
{
    switch (position) {
    case 1:
        return tr("first");
    case 2:
        return tr("second");
    case 3:
        return tr("third");
    case 4:
        return tr("fourth");
    case 5:
        return tr("fifth");
    case -1:
        return tr("last");
    case -2:
        return tr("second to last");
    }
    return QString();
}
} // namespace

Result<Rhythm> Rhythm::parse(const QString &text, const QDate &start)
{
    Rhythm rhythm;
    QString rule = text.trimmed();
    if (rule.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive)) {
        rule = rule.mid(6);
    }
    if (rule.isEmpty()) {
        return rhythm; // no pattern
    }
    KCalendarCore::RecurrenceRule parsed;
    if (!read(rule.toUpper(), start.isValid() ? start : QDate(2000, 1, 1), &parsed)) {
        return Error{Error::Kind::InvalidInput,
                     tr("pattern: “%1” is not a recurrence rule Lectern can read (RFC 5545 RRULE, such as FREQ=MONTHLY;BYDAY=-1WE).").arg(text.trimmed())};
    }
    const auto type = parsed.recurrenceType();
    if (type != KCalendarCore::RecurrenceRule::rWeekly && type != KCalendarCore::RecurrenceRule::rMonthly) {
        return Error{Error::Kind::InvalidInput,
                     tr("pattern: “%1” repeats neither weekly nor monthly; a talk series meets every week or two, or every month.").arg(text.trimmed())};
    }
    rhythm.m_rule = rule.toUpper();
    rhythm.m_start = start.isValid() ? start : QDate(2000, 1, 1);
    rhythm.m_monthly = type == KCalendarCore::RecurrenceRule::rMonthly;
    return rhythm;
}

QList<QDate> Rhythm::dates(const QDate &from, const QDate &to) const
{
    QList<QDate> out;
    KCalendarCore::RecurrenceRule rule;
    if (isEmpty() || !read(m_rule, m_start, &rule) || !from.isValid() || !to.isValid() || to < from) {
        return out;
    }
    const auto times = rule.timesInInterval(QDateTime(from, QTime(0, 0), Qt::UTC), QDateTime(to, QTime(23, 59, 59), Qt::UTC));
    for (const QDateTime &time : times) {
        out << time.toUTC().date();
    }
    return out;
}

bool Rhythm::fallsOn(const QDate &date) const
{
    KCalendarCore::RecurrenceRule rule;
    return !isEmpty() && read(m_rule, m_start, &rule) && rule.recursOn(date, QTimeZone::utc());
}

QString Rhythm::describe() const
{
    KCalendarCore::RecurrenceRule rule;
    if (isEmpty() || !read(m_rule, m_start, &rule)) {
        return tr("no fixed rhythm");
    }
    const QList<KCalendarCore::RecurrenceRule::WDayPos> days = rule.byDays();
    const QList<int> positions = rule.bySetPos();
    if (days.size() != 1) {
        return m_rule;
    }
    const QString weekday = QLocale().dayName(days.constFirst().day());
    if (rule.recurrenceType() == KCalendarCore::RecurrenceRule::rWeekly) {
        switch (rule.frequency()) {
        case 1:
            return tr("every %1").arg(weekday);
        case 2:
            return tr("every other %1").arg(weekday);
        default:
            return tr("every %1 weeks on %2").arg(QString::number(rule.frequency()), weekday);
        }
    }
    const int position = days.constFirst().pos() != 0 ? days.constFirst().pos() : (positions.size() == 1 ? positions.constFirst() : 0);
    if (rule.frequency() != 1 || ordinal(position).isEmpty()) {
        return m_rule;
    }
    return tr("the %1 %2 of each month").arg(ordinal(position), weekday);
}

QList<Rhythm::Preset> Rhythm::presets(int weekday)
{
    static const char *const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    const QString day = QString::fromLatin1(codes[qBound(1, weekday, 7) - 1]);
    QList<Preset> out;
    for (const QString &rule : {QStringLiteral("FREQ=MONTHLY;BYDAY=-1%1"),
                                QStringLiteral("FREQ=MONTHLY;BYDAY=1%1"),
                                QStringLiteral("FREQ=MONTHLY;BYDAY=2%1"),
                                QStringLiteral("FREQ=MONTHLY;BYDAY=3%1"),
                                QStringLiteral("FREQ=MONTHLY;BYDAY=4%1"),
                                QStringLiteral("FREQ=WEEKLY;BYDAY=%1"),
                                QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=%1")}) {
        auto rhythm = parse(rule.arg(day), QDate::currentDate());
        if (rhythm) {
            out.append({rhythm.value().rule(), rhythm.value().describe()});
        }
    }
    return out;
}

} // namespace Lectern
