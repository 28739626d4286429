// SPDX-License-Identifier: GPL-2.0-or-later
#include "icalendarexport.h"

#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace Lectern::ICalendarExport {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ICalendarExport", text);
}

KCalendarCore::Incidence::Status statusOf(TalkStatus status)
{
    switch (status) {
    case TalkStatus::Tentative:
        return KCalendarCore::Incidence::StatusTentative;
    case TalkStatus::Confirmed:
    case TalkStatus::Held:
        return KCalendarCore::Incidence::StatusConfirmed;
    case TalkStatus::Cancelled:
    case TalkStatus::Postponed:
        return KCalendarCore::Incidence::StatusCanceled;
    }
    return KCalendarCore::Incidence::StatusNone;
}

QString description(const Series &series, const Talk &talk)
{
    QStringList parts;
    if (!talk.abstract.trimmed().isEmpty()) {
        parts << talk.abstract.trimmed();
    }
    QStringList speakers;
    for (const TalkSpeaker &speaker : talk.speakers) {
        speakers << (speaker.role == SpeakerRole::Speaker ? speaker.name : QStringLiteral("%1 (%2)").arg(speaker.name, displayName(speaker.role).toLower()));
    }
    if (!speakers.isEmpty()) {
        parts << tr("Speakers: %1").arg(speakers.join(QStringLiteral(", ")));
    }
    if (!talk.streamUrl.isEmpty()) {
        parts << tr("Stream: %1").arg(talk.streamUrl);
    }
    if (!talk.slidesUrl.isEmpty()) {
        parts << tr("Slides: %1").arg(talk.slidesUrl);
    }
    if (!talk.recordingUrl.isEmpty()) {
        parts << tr("Recording: %1").arg(talk.recordingUrl);
    }
    if (!series.chatChannel.isEmpty()) {
        parts << tr("Questions during the talk: %1").arg(series.chatChannel);
    }
    return parts.join(QStringLiteral("\n\n"));
}
} // namespace

QString productId()
{
    return QStringLiteral("-//Lectern//Lectern %1//EN").arg(QStringLiteral(LECTERN_VERSION_STRING));
}

Result write(const Series &series, const QList<Talk> &input)
{
    Result result;
    QList<Talk> talks = input;
    std::stable_sort(talks.begin(), talks.end(), [](const Talk &a, const Talk &b) {
        return std::make_pair(a.startDateTimeUtc(), a.meta.id) < std::make_pair(b.startDateTimeUtc(), b.meta.id);
    });

    KCalendarCore::CalFormat::setApplication(QStringLiteral("Lectern"), productId());
    KCalendarCore::ICalFormat format;
    // MemoryCalendar keeps events in a hash, so a calendar of many events would come out in
    // a different order each run. Each event is written by KCalendarCore in a calendar of
    // its own, and the events are gathered, in date order, into one calendar written by
    // KCalendarCore too; nothing here writes iCalendar text itself.
    QList<QByteArray> events;
    for (const Talk &talk : std::as_const(talks)) {
        if (!talk.isScheduled()) {
            result.notes << ExportNote{talk.meta.id, tr("“%1” has no date yet and was left out.").arg(talk.title)};
            continue;
        }
        if (!talk.hasTime()) {
            result.notes << ExportNote{talk.meta.id, tr("“%1” on %2 has no time yet (TBA) and was left out.").arg(talk.title, talk.date.toString(Qt::ISODate))};
            continue;
        }
        KCalendarCore::Event::Ptr event(new KCalendarCore::Event);
        event->setUid(talk.icalUid);
        event->setRevision(talk.sequence);
        event->setDtStart(talk.startDateTimeUtc());
        event->setDtEnd(talk.endDateTimeUtc());
        event->setSummary(talk.title);
        event->setDescription(description(series, talk));
        event->setCategories(talk.topics);
        event->setStatus(statusOf(talk.status));
        if (!talk.streamUrl.isEmpty()) {
            event->setLocation(talk.streamUrl);
            event->setUrl(QUrl(talk.streamUrl));
        }
        if (!series.organizerEmail.isEmpty() || !series.organizerName.isEmpty()) {
            event->setOrganizer(KCalendarCore::Person(series.organizerName, series.organizerEmail));
        }
        if (talk.meta.created.isValid()) {
            event->setCreated(talk.meta.created);
        }
        // Last: setting other properties updates LAST-MODIFIED.
        event->setLastModified(talk.meta.modified.isValid() ? talk.meta.modified : QDateTime(talk.date, QTime(0, 0), QTimeZone::utc()));

        KCalendarCore::MemoryCalendar::Ptr single(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
        single->addEvent(event);
        events << format.toString(single).toUtf8();
        ++result.events;
    }

    const QByteArray empty = format.toString(KCalendarCore::MemoryCalendar::Ptr(new KCalendarCore::MemoryCalendar(QTimeZone::utc()))).toUtf8();
    const int end = empty.lastIndexOf("END:VCALENDAR");
    QByteArray data = empty.left(end);
    for (const QByteArray &calendar : std::as_const(events)) {
        const int begin = calendar.indexOf("BEGIN:VEVENT");
        const int stop = calendar.lastIndexOf("END:VEVENT");
        if (begin >= 0 && stop > begin) {
            data += calendar.mid(begin, stop - begin) + "END:VEVENT\r\n";
        }
    }
    data += empty.mid(end);
    result.data = data;
    return result;
}

} // namespace Lectern::ICalendarExport
