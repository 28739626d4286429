// SPDX-License-Identifier: GPL-2.0-or-later
#include "icalendarexport.h"

#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

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

KCalendarCore::Event::Ptr toEvent(const Series &series, const Talk &talk)
{
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
    return event;
}

QString productId()
{
    return QStringLiteral("-//Lectern//Lectern %1//EN").arg(QStringLiteral(LECTERN_VERSION_STRING));
}

Result write(const Series &series, const QList<Talk> &input)
{
    Result result;
    QList<Talk> talks = input;
    // Date order, on plain numbers: building date-times in every comparison costs more than
    // writing the file.
    std::stable_sort(talks.begin(), talks.end(), [](const Talk &a, const Talk &b) {
        return std::make_tuple(a.date.toJulianDay(), a.startUtc.msecsSinceStartOfDay(), a.meta.id) <
                std::make_tuple(b.date.toJulianDay(), b.startUtc.msecsSinceStartOfDay(), b.meta.id);
    });

    KCalendarCore::CalFormat::setApplication(QStringLiteral("Lectern"), productId());
    KCalendarCore::ICalFormat format;
    KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
    QStringList order; // UIDs in date order
    for (const Talk &talk : std::as_const(talks)) {
        if (!talk.isScheduled()) {
            result.notes << ExportNote{talk.meta.id, tr("“%1” has no date yet and was left out.").arg(talk.title)};
            continue;
        }
        if (!talk.hasTime()) {
            result.notes << ExportNote{talk.meta.id, tr("“%1” on %2 has no time yet (TBA) and was left out.").arg(talk.title, talk.date.toString(Qt::ISODate))};
            continue;
        }
        // Never an invalid property (a row written by an older Lectern may hold such a date).
        if (!Talk::isRepresentableDate(talk.date)) {
            result.notes << ExportNote{talk.meta.id, tr("“%1” was left out: %2").arg(talk.title, Talk::dateRangeMessage(talk.date))};
            continue;
        }
        const KCalendarCore::Event::Ptr event = toEvent(series, talk);
        if (calendar->addEvent(event)) {
            order << talk.icalUid;
            ++result.events;
        }
    }

    // KCalendarCore writes the whole calendar. Its events come out in hash order, different
    // in every run; to give the same file for the same data, its VEVENT blocks are put back
    // in date order (by UID). Every line is KCalendarCore's; nothing here writes iCalendar.
    const QByteArray written = format.toString(calendar).toUtf8();
    QHash<QString, QByteArray> blocks;
    int firstEvent = -1;
    int afterLastEvent = -1;
    for (int begin = written.indexOf("BEGIN:VEVENT\r\n"); begin >= 0; begin = written.indexOf("BEGIN:VEVENT\r\n", begin + 1)) {
        const int end = written.indexOf("END:VEVENT\r\n", begin);
        if (end < 0) {
            break;
        }
        const QByteArray block = written.mid(begin, end + 12 - begin);
        const QByteArray unfolded = QByteArray(block).replace("\r\n ", "");
        const int uid = unfolded.indexOf("\r\nUID:");
        const QString key = uid < 0 ? QString() : QString::fromUtf8(unfolded.mid(uid + 6, unfolded.indexOf("\r\n", uid + 6) - uid - 6));
        blocks.insert(key, block);
        firstEvent = firstEvent < 0 ? begin : firstEvent;
        afterLastEvent = end + 12;
    }
    QByteArray data;
    if (firstEvent < 0) {
        data = written;
    } else {
        data = written.left(firstEvent);
        for (const QString &uid : std::as_const(order)) {
            data += blocks.value(uid);
        }
        data += written.mid(afterLastEvent);
    }
    result.data = data;
    return result;
}

} // namespace Lectern::ICalendarExport
