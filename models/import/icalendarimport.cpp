// SPDX-License-Identifier: GPL-2.0-or-later
#include "icalendarimport.h"

#include "icalendarstructure.h"
#include "icalendartext.h"
#include "icalendartimezones.h"
#include "platform/librarymessages.h"
#include "storage/storage.h"

#include <KCalendarCore/Event>
#include <KCalendarCore/Exceptions>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace Lectern::ICalendarImport {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ICalendarImport", text);
}

std::optional<TalkStatus> statusOf(KCalendarCore::Incidence::Status status)
{
    switch (status) {
    case KCalendarCore::Incidence::StatusTentative:
        return TalkStatus::Tentative;
    case KCalendarCore::Incidence::StatusConfirmed:
        return TalkStatus::Confirmed;
    case KCalendarCore::Incidence::StatusCanceled:
        return TalkStatus::Cancelled;
    default:
        return std::nullopt;
    }
}

QString libraryReason(const KCalendarCore::ICalFormat &format)
{
    if (!format.exception()) {
        return tr("no reason given");
    }
    switch (format.exception()->code()) {
    case KCalendarCore::Exception::ParseErrorIcal:
    case KCalendarCore::Exception::ParseErrorUnableToParse:
        return tr("the iCalendar text is malformed");
    case KCalendarCore::Exception::CalVersion1:
        return tr("it is a vCalendar 1.0 file, not iCalendar 2.0");
    case KCalendarCore::Exception::CalVersionUnknown:
    case KCalendarCore::Exception::VersionPropertyMissing:
        return tr("its VERSION is missing or unknown");
    default:
        return tr("KCalendarCore error %1").arg(QString::number(int(format.exception()->code())));
    }
}

QString unescaped(QString text)
{
    text.remove(QLatin1Char('\\'));
    return text;
}

QString utcStamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// Parses iCalendar text with KCalendarCore, its own messages kept out of the user's way.
bool parse(const KCalendarCore::MemoryCalendar::Ptr &calendar, const QByteArray &utf8, KCalendarCore::ICalFormat &format)
{
    const LibraryMessages quiet;
    return format.fromRawString(calendar, utf8);
}

QString joined(const QList<ICalendarStructure::Line> &lines, int from, int to)
{
    QString text;
    for (const ICalendarStructure::Line &line : lines) {
        if (line.number >= from && line.number <= to) {
            text += line.text + QLatin1String("\r\n");
        }
    }
    return text;
}

// When KCalendarCore refuses the whole file, which component it stumbles on: each one is
// read alone (with the file's header and time zones) until one fails.
Error unreadable(const QList<ICalendarStructure::Line> &lines, const ICalendarStructure::Outline &outline, const QString &reason)
{
    const int firstComponent = outline.components.isEmpty() ? outline.endLine : outline.components.constFirst().beginLine;
    QString header = joined(lines, 1, firstComponent - 1);
    for (const ICalendarStructure::Component &component : outline.components) {
        if (component.name == QLatin1String("VTIMEZONE")) {
            header += joined(lines, component.beginLine, component.endLine);
        }
    }
    constexpr int tries = 2000; // each is a parse: enough to find it in any file people have
    for (int i = 0; i < std::min<int>(tries, int(outline.components.size())); ++i) {
        const ICalendarStructure::Component &component = outline.components.at(i);
        KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
        KCalendarCore::ICalFormat format;
        if (!parse(calendar, QString(header + joined(lines, component.beginLine, component.endLine) + QLatin1String("END:VCALENDAR\r\n")).toUtf8(), format)) {
            return Error{
                    Error::Kind::InvalidInput,
                    tr("line %1: KCalendarCore cannot read the %2 that begins here (%3).").arg(QString::number(component.beginLine), component.name, reason)};
        }
    }
    return Error{Error::Kind::InvalidInput,
                 tr("lines %1 to %2: KCalendarCore cannot read the calendar (%3).").arg(QString::number(1), QString::number(outline.endLine), reason)};
}

// Reading one file: the parsed calendar with what is known of its lines.
class Reader
{
public:
    Reader(const Options &options, const ICalendarStructure::Outline &outline, const ICalendarTimeZones::Fixed &zones, const QString &calendarZone)
        : m_options(options)
        , m_outline(outline)
        , m_zones(zones)
        , m_calendarZone(calendarZone)
    {
        // Events are matched to their lines by UID (by summary when the file has no UID):
        // an index, since a file may hold tens of thousands.
        for (const ICalendarStructure::Component &component : outline.components) {
            if (component.name != QLatin1String("VEVENT")) {
                continue;
            }
            if (component.uid.isEmpty()) {
                m_withoutUid.insert(unescaped(component.summary), &component);
                m_withoutUidInOrder.append(&component);
            } else {
                m_byUid[component.uid].append(&component);
                // KCalendarCore unescapes what the file escapes ("\,", "\;", "\/").
                m_byUid[unescaped(component.uid)].append(&component);
            }
            if (!m_bySummary.contains(unescaped(component.summary))) {
                m_bySummary.insert(unescaped(component.summary), &component);
            }
        }
    }

    void read(const KCalendarCore::MemoryCalendar::Ptr &calendar, Reading &reading)
    {
        noteOtherComponents(reading);
        KCalendarCore::Event::List events = calendar->rawEvents();
        QHash<const KCalendarCore::Event *, int> lines;
        for (const KCalendarCore::Event::Ptr &event : std::as_const(events)) {
            lines.insert(event.data(), lineOf(event));
        }
        std::sort(events.begin(), events.end(), [&lines](const KCalendarCore::Event::Ptr &a, const KCalendarCore::Event::Ptr &b) {
            return lines.value(a.data()) < lines.value(b.data());
        });
        QSet<QString> masters;
        for (const KCalendarCore::Event::Ptr &event : std::as_const(events)) {
            if (!event->hasRecurrenceId()) {
                masters.insert(event->uid());
            }
        }
        for (const KCalendarCore::Event::Ptr &event : std::as_const(events)) {
            if (event->hasRecurrenceId()) {
                if (!masters.contains(event->uid())) {
                    // A moved occurrence whose series is not in the file: one talk.
                    add(event, event->dtStart(), event->dtEnd(), event->uid() + QLatin1Char('#') + utcStamp(event->recurrenceId()), reading);
                }
                continue; // otherwise it belongs to its series
            }
            if (event->recurs()) {
                readSeries(calendar, event, reading);
                continue;
            }
            add(event, event->dtStart(), event->dtEnd(), keyOf(event), reading);
        }
        if (m_floatingInCalendarZone > 0) {
            reading.notes.append({0,
                                  QString(),
                                  QCoreApplication::translate("ICalendarImport",
                                                              "%n event(s) had times without a zone; they were read in the calendar's zone %1 (X-WR-TIMEZONE).",
                                                              nullptr,
                                                              m_floatingInCalendarZone)
                                          .arg(m_calendarZone)});
        }
        if (m_floatingAsUtc > 0) {
            reading.notes.append({0,
                                  QString(),
                                  QCoreApplication::translate("ICalendarImport",
                                                              "%n event(s) had times without a zone and the calendar names none; they were read as UTC.",
                                                              nullptr,
                                                              m_floatingAsUtc)});
        }
    }

private:
    void noteOtherComponents(Reading &reading) const
    {
        for (const ICalendarStructure::Component &component : m_outline.components) {
            const QString label = component.summary.isEmpty() ? component.uid : component.summary;
            if (component.name == QLatin1String("VTODO")) {
                reading.skipped.append({component.beginLine, label, tr("a to-do (VTODO), not an event.")});
            } else if (component.name == QLatin1String("VJOURNAL")) {
                reading.skipped.append({component.beginLine, label, tr("a journal entry (VJOURNAL), not an event.")});
            }
        }
    }

    const ICalendarStructure::Component *componentOf(const KCalendarCore::Event::Ptr &event) const
    {
        const auto found = m_byUid.constFind(event->uid());
        if (found != m_byUid.cend()) {
            if (!event->hasRecurrenceId()) {
                for (const ICalendarStructure::Component *component : *found) {
                    if (component->recurrenceId.isEmpty()) {
                        return component;
                    }
                }
                return found->constFirst(); // a RECURRENCE-ID KCalendarCore could not read
            }
            const QString recurrenceDay = event->recurrenceId().toUTC().toString(QStringLiteral("yyyyMMdd"));
            const QString localDay = event->recurrenceId().toString(QStringLiteral("yyyyMMdd"));
            for (const ICalendarStructure::Component *component : *found) {
                if (component->recurrenceId.contains(recurrenceDay) || component->recurrenceId.contains(localDay)) {
                    return component;
                }
            }
            // A RECURRENCE-ID KCalendarCore read differently from how it is written: the
            // first override with that UID.
            for (const ICalendarStructure::Component *component : *found) {
                if (!component->recurrenceId.isEmpty()) {
                    return component;
                }
            }
            return found->constFirst();
        }
        // Without a UID in the file, KCalendarCore made one: find the event by its summary.
        if (const auto *component = m_withoutUid.value(unescaped(event->summary()))) {
            return component;
        }
        if (const auto found = m_byUid.constFind(unescaped(event->uid())); found != m_byUid.cend()) {
            return found->constFirst();
        }
        if (const auto *component = m_bySummary.value(unescaped(event->summary()))) {
            return component;
        }
        // An event with neither UID nor a summary as written (KCalendarCore filled one in):
        // the first such one, which is exact when there is one.
        return m_withoutUidInOrder.value(0, nullptr);
    }

    int lineOf(const KCalendarCore::Event::Ptr &event) const
    {
        const ICalendarStructure::Component *component = componentOf(event);
        return component ? component->beginLine : 0;
    }

    // The UID, or for an event without one (KCalendarCore then invents a new one on every
    // read) a key made of what it says, so that importing the file again finds it.
    QString keyOf(const KCalendarCore::Event::Ptr &event) const
    {
        const ICalendarStructure::Component *component = componentOf(event);
        if (component && component->uid.isEmpty()) {
            const QByteArray identity = (event->summary() + QLatin1Char('\n') + utcStamp(event->dtStart())).toUtf8();
            return QStringLiteral("lectern-import-") + QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(24));
        }
        return event->uid();
    }

    QString unresolvedZoneOf(const KCalendarCore::Event::Ptr &event) const
    {
        const ICalendarStructure::Component *component = componentOf(event);
        if (!component) {
            return {};
        }
        for (const ICalendarTimeZones::Unresolved &zone : m_zones.unresolved) {
            if (zone.line >= component->beginLine && zone.line <= component->endLine) {
                return zone.tzid;
            }
        }
        return {};
    }

    static QString labelOf(const KCalendarCore::Event::Ptr &event) { return event->summary().trimmed().isEmpty() ? event->uid() : event->summary().trimmed(); }

    // A time written without a zone: in the calendar's X-WR-TIMEZONE, else UTC (noted).
    QDateTime anchored(const QDateTime &when)
    {
        if (!when.isValid() || when.timeSpec() != Qt::LocalTime) {
            return when;
        }
        const QTimeZone zone(m_calendarZone.toUtf8());
        if (!m_calendarZone.isEmpty() && zone.isValid()) {
            return QDateTime(when.date(), when.time(), zone);
        }
        return QDateTime(when.date(), when.time(), Qt::UTC);
    }

    void readSeries(const KCalendarCore::MemoryCalendar::Ptr &calendar, const KCalendarCore::Event::Ptr &event, Reading &reading)
    {
        const int line = lineOf(event);
        if (!m_options.occurrencesFrom || !m_options.occurrencesTo) {
            reading.skipped.append({line, labelOf(event), tr("a recurring event; choose a range of its occurrences to import them as talks.")});
            return;
        }
        const QDateTime from(*m_options.occurrencesFrom, QTime(0, 0), Qt::UTC);
        const QDateTime to(*m_options.occurrencesTo, QTime(23, 59, 59), Qt::UTC);
        const qint64 length = event->dtStart().secsTo(event->dtEnd());
        QHash<QString, KCalendarCore::Event::Ptr> overrides;
        const KCalendarCore::Incidence::List exceptions = calendar->instances(event);
        for (const KCalendarCore::Incidence::Ptr &incidence : exceptions) {
            if (auto moved = incidence.dynamicCast<KCalendarCore::Event>()) {
                overrides.insert(utcStamp(moved->recurrenceId()), moved);
            }
        }
        QSet<QString> done;
        // One occurrence after the other, and no more than a series of talks could hold: a
        // rule every minute over a year would otherwise make half a million talks.
        constexpr int most = 1000;
        QList<QDateTime> times;
        const KCalendarCore::Recurrence *recurrence = event->recurrence();
        for (QDateTime next = recurrence->getNextDateTime(from.addSecs(-1)); next.isValid() && next <= to; next = recurrence->getNextDateTime(next)) {
            if (times.size() == most) {
                reading.notes.append(
                        {line,
                         labelOf(event),
                         tr("only its first %1 occurrences in the range were imported; choose a shorter range for the others.").arg(QString::number(most))});
                break;
            }
            times.append(next);
        }
        for (const QDateTime &start : std::as_const(times)) {
            const QString stamp = utcStamp(start);
            done.insert(stamp);
            const QString key = event->uid() + QLatin1Char('#') + stamp;
            if (const auto moved = overrides.value(stamp)) {
                add(moved, moved->dtStart(), moved->dtEnd(), key, reading);
            } else {
                add(event, start, start.addSecs(length), key, reading);
            }
        }
        // An occurrence moved into the range from outside it.
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
            const QDateTime start = it.value()->dtStart().toUTC();
            if (!done.contains(it.key()) && start >= from && start <= to) {
                add(it.value(), it.value()->dtStart(), it.value()->dtEnd(), event->uid() + QLatin1Char('#') + it.key(), reading);
            }
        }
    }

    void add(const KCalendarCore::Event::Ptr &event, const QDateTime &startAsWritten, const QDateTime &endAsWritten, const QString &key, Reading &reading)
    {
        const int line = lineOf(event);
        const QString label = labelOf(event);
        auto skip = [&](const QString &why) { reading.skipped.append({line, label, why}); };
        if (const QString zone = unresolvedZoneOf(event); !zone.isEmpty()) {
            skip(tr("its time zone “%1” is neither defined in the file (VTIMEZONE) nor a zone Lectern knows, so its time cannot be known.").arg(zone));
            return;
        }
        if (!startAsWritten.isValid()) {
            skip(tr("no start (DTSTART)."));
            return;
        }
        if (event->summary().trimmed().isEmpty()) {
            skip(tr("no title (SUMMARY)."));
            return;
        }
        if (m_keys.contains(key)) {
            skip(tr("a second event with the UID “%1”; the first one was imported.").arg(key));
            return;
        }
        Candidate candidate;
        candidate.line = line;
        candidate.key = key;
        candidate.title = event->summary().trimmed();
        candidate.abstract = event->description();
        candidate.status = statusOf(event->status());
        candidate.topics = event->categories();
        const QString link = event->url().isValid() && !event->url().isEmpty() ? event->url().toString() : event->location();
        const QUrl url(link, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))) {
            candidate.streamUrl = link;
        }
        if (event->allDay()) {
            candidate.date = startAsWritten.date(); // the day, with the time still to be announced
            if (endAsWritten.isValid() && endAsWritten.date() > startAsWritten.date()) {
                skip(tr("an all-day event over %1 days; a talk is on one day.").arg(QString::number(startAsWritten.date().daysTo(endAsWritten.date()) + 1)));
                return;
            }
        } else {
            const bool floating = startAsWritten.timeSpec() == Qt::LocalTime;
            const QDateTime start = anchored(startAsWritten).toUTC();
            const QDateTime end = anchored(endAsWritten).toUTC();
            if (floating) {
                ++(m_calendarZone.isEmpty() ? m_floatingAsUtc : m_floatingInCalendarZone);
            }
            candidate.date = start.date();
            candidate.startUtc = QTime(start.time().hour(), start.time().minute());
            if (end.isValid() && end > start) {
                const qint64 minutes = start.secsTo(end) / 60;
                if (minutes > 24 * 60) {
                    skip(tr("it lasts %1 hours, over more than a day; a talk lasts a day at most.").arg(QString::number(minutes / 60)));
                    return;
                }
                candidate.durationMinutes = int(std::max<qint64>(1, minutes));
            }
        }
        if (!Talk::isRepresentableDate(candidate.date)) {
            skip(Talk::dateRangeMessage(candidate.date));
            return;
        }
        m_keys.insert(key);
        reading.candidates.append(candidate);
    }

    const Options &m_options;
    const ICalendarStructure::Outline &m_outline;
    const ICalendarTimeZones::Fixed &m_zones;
    QString m_calendarZone;
    QHash<QString, QList<const ICalendarStructure::Component *>> m_byUid;
    QHash<QString, const ICalendarStructure::Component *> m_withoutUid;
    QHash<QString, const ICalendarStructure::Component *> m_bySummary;
    QList<const ICalendarStructure::Component *> m_withoutUidInOrder;
    QSet<QString> m_keys;
    int m_floatingInCalendarZone = 0;
    int m_floatingAsUtc = 0;
};

// What iCalendar can say of a status: a held talk is CONFIRMED in a file, a postponed one
// CANCELLED, so reading them back must not turn "held" into "confirmed".
int icalendarGroup(TalkStatus status)
{
    switch (status) {
    case TalkStatus::Tentative:
        return 0;
    case TalkStatus::Confirmed:
    case TalkStatus::Held:
        return 1;
    case TalkStatus::Cancelled:
    case TalkStatus::Postponed:
        return 2;
    }
    return -1;
}

Talk applied(const Talk &existing, const Candidate &candidate)
{
    Talk talk = existing;
    talk.title = candidate.title;
    talk.date = candidate.date;
    talk.startUtc = candidate.startUtc;
    if (candidate.durationMinutes) {
        talk.durationMinutes = *candidate.durationMinutes;
    }
    if (candidate.status && icalendarGroup(*candidate.status) != icalendarGroup(existing.status)) {
        talk.status = *candidate.status;
    }
    talk.updateSequence(existing);
    return talk;
}

bool sameSchedule(const Talk &a, const Talk &b)
{
    return a.title == b.title && a.date == b.date && a.startUtc == b.startUtc && a.durationMinutes == b.durationMinutes && a.status == b.status;
}
} // namespace

QString Note::text() const
{
    if (line <= 0) {
        return message;
    }
    return event.isEmpty() ? tr("line %1: %2").arg(QString::number(line), message) : tr("line %1: “%2”: %3").arg(QString::number(line), event, message);
}

QString summary(int created, int updated, int unchanged, int skipped)
{
    return tr("%1 created, %2 updated, %3 unchanged, %4 skipped.")
            .arg(QString::number(created), QString::number(updated), QString::number(unchanged), QString::number(skipped));
}

Result<Reading> read(const QByteArray &data, const Options &options)
{
    if (data.trimmed().isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("the file is empty.")};
    }
    if (options.occurrencesFrom && options.occurrencesTo && *options.occurrencesFrom > *options.occurrencesTo) {
        return Error{Error::Kind::InvalidInput,
                     tr("the range of occurrences ends (%1) before it begins (%2).")
                             .arg(options.occurrencesTo->toString(Qt::ISODate), options.occurrencesFrom->toString(Qt::ISODate))};
    }
    Reading reading;
    // The lines and the decoded text are gone before KCalendarCore builds its calendar:
    // only the outline, the zones' findings and the text to parse are kept.
    ICalendarStructure::Outline outline;
    ICalendarTimeZones::Fixed zones;
    QString calendarZone;
    QByteArray text;
    {
        const ICalendarText::Decoded decoded = ICalendarText::decode(data);
        if (decoded.windows1252) {
            reading.notes.append(
                    {0, QString(), tr("The file is not UTF-8; it was read as Windows-1252 (Western European), as older Outlook and Sunbird write.")});
        }
        const QList<ICalendarStructure::Line> lines = ICalendarStructure::unfold(decoded.text);
        auto outlined = ICalendarStructure::outline(lines);
        if (!outlined) {
            return outlined.error();
        }
        outline = std::move(outlined).value();
        if (outline.contentAfterEnd) {
            reading.notes.append({0, QString(), tr("Text after END:VCALENDAR (line %1) was ignored.").arg(QString::number(outline.endLine))});
        }
        zones = ICalendarTimeZones::fix(lines);
        // The calendar's own zone, for floating times.
        for (const ICalendarStructure::Line &line : lines) {
            if (line.text.startsWith(QLatin1String("X-WR-TIMEZONE:"), Qt::CaseInsensitive)) {
                calendarZone = ICalendarTimeZones::resolve(line.text.mid(int(qstrlen("X-WR-TIMEZONE:"))));
                break;
            }
        }
        for (auto it = zones.resolved.cbegin(); it != zones.resolved.cend(); ++it) {
            reading.notes.append({0, QString(), tr("The time zone “%1” was read as %2.").arg(it.key(), it.value())});
        }
        // KCalendarCore reads the file as it is when nothing was mended (the common case),
        // else the mended lines; never what follows END:VCALENDAR.
        const bool asIs = !zones.changed && !outline.contentAfterEnd && !decoded.windows1252;
        text = asIs ? (data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data) : joined(zones.lines, 1, outline.endLine).toUtf8();
        zones.lines.clear();
    }

    KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
    KCalendarCore::ICalFormat format;
    if (!parse(calendar, text, format)) {
        // Where it stumbles, read again: the rare path may take its time.
        const QList<ICalendarStructure::Line> lines = ICalendarTimeZones::fix(ICalendarStructure::unfold(ICalendarText::decode(data).text)).lines;
        return unreadable(lines, outline, libraryReason(format));
    }
    text.clear();
    Reader reader(options, outline, zones, calendarZone);
    reader.read(calendar, reading);
    std::sort(reading.skipped.begin(), reading.skipped.end(), [](const Note &a, const Note &b) { return a.line < b.line; });
    if (reading.candidates.isEmpty() && reading.skipped.isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("lines %1 to %2: the calendar holds no events.").arg(QString::number(1), QString::number(outline.endLine))};
    }
    return reading;
}

Result<Plan> plan(Storage &storage, const Reading &reading)
{
    auto series = storage.series().current();
    if (!series) {
        return series.error();
    }
    const auto all = storage.talks().all();
    if (!all) {
        return all.error();
    }
    QHash<QString, const Talk *> byUid;
    for (const Talk &talk : all.value()) {
        byUid.insert(talk.icalUid, &talk);
    }
    Plan plan;
    plan.skipped = reading.skipped;
    plan.notes = reading.notes;
    for (const Candidate &candidate : reading.candidates) {
        Talk talk;
        if (const Talk *existing = byUid.value(candidate.key)) {
            talk = applied(*existing, candidate);
            if (sameSchedule(talk, *existing)) {
                ++plan.unchanged;
                continue;
            }
        } else {
            talk.seriesId = series.value().meta.id;
            talk.icalUid = candidate.key;
            talk.title = candidate.title;
            talk.abstract = candidate.abstract;
            talk.date = candidate.date;
            talk.startUtc = candidate.startUtc;
            talk.durationMinutes = candidate.durationMinutes.value_or(series.value().defaultDurationMinutes);
            talk.status = candidate.status.value_or(TalkStatus::Tentative);
            talk.topics = candidate.topics;
            talk.streamUrl = candidate.streamUrl;
        }
        if (const QList<FieldError> errors = talk.validate(); !errors.isEmpty()) {
            plan.skipped.append({candidate.line, candidate.title, errors.constFirst().message});
            continue;
        }
        if (const Talk *existing = byUid.value(candidate.key)) {
            plan.updates.append({*existing, talk});
        } else {
            plan.creates.append(talk);
        }
    }
    return plan;
}

} // namespace Lectern::ICalendarImport
