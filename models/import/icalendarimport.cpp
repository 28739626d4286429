// SPDX-License-Identifier: GPL-2.0-or-later
#include "icalendarimport.h"

#include "icalendarstructure.h"
#include "platform/librarymessages.h"
#include "storage/storage.h"

#include <KCalendarCore/Event>
#include <KCalendarCore/Exceptions>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

#include <QCoreApplication>
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
} // namespace

Result<Outcome> import(Storage &storage, const QByteArray &data, const QString &fileName)
{
    if (data.trimmed().isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("%1 is empty.").arg(fileName)};
    }
    const QByteArray bytes = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    const QString text = QString::fromUtf8(bytes.constData(), int(bytes.size()));
    const auto outline = ICalendarStructure::outline(text);
    if (!outline) {
        return Error{Error::Kind::InvalidInput, tr("%1: %2 Nothing was imported.").arg(fileName, outline.error().message)};
    }
    KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
    KCalendarCore::ICalFormat format;
    bool read = false;
    {
        const LibraryMessages quiet;
        read = format.fromRawString(calendar, text.toUtf8());
    }
    if (!read) {
        return Error{Error::Kind::InvalidInput,
                     tr("%1: lines %2 to %3: KCalendarCore cannot read the calendar (%4). Nothing was imported.")
                             .arg(fileName, QString::number(1), QString::number(outline.value().endLine), libraryReason(format))};
    }
    auto series = storage.series().current();
    if (!series) {
        return series.error();
    }

    KCalendarCore::Event::List events = calendar->rawEvents();
    std::sort(events.begin(), events.end(), [](const KCalendarCore::Event::Ptr &a, const KCalendarCore::Event::Ptr &b) {
        return std::make_pair(a->dtStart().toUTC(), a->uid()) < std::make_pair(b->dtStart().toUTC(), b->uid());
    });
    if (events.isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("%1 holds no events. Nothing was imported.").arg(fileName)};
    }

    Outcome outcome;
    Transaction transaction(storage.database());
    if (!transaction.isActive()) {
        return transaction.error();
    }
    const auto all = storage.talks().all();
    if (!all) {
        return all.error();
    }
    for (const KCalendarCore::Event::Ptr &event : std::as_const(events)) {
        const QString label = event->summary().isEmpty() ? event->uid() : QStringLiteral("“%1”").arg(event->summary());
        if (event->recurs()) {
            outcome.skipped << tr("%1: a recurring event; a talk happens once, so it was not imported.").arg(label);
            continue;
        }
        if (!event->dtStart().isValid()) {
            outcome.skipped << tr("%1: no start date.").arg(label);
            continue;
        }
        if (event->summary().trimmed().isEmpty()) {
            outcome.skipped << tr("Event %1: no title.").arg(event->uid());
            continue;
        }
        QDate date;
        QTime time;
        int minutes = series.value().defaultDurationMinutes;
        if (event->allDay()) {
            date = event->dtStart().date(); // the day, with the time still to be announced
        } else {
            const QDateTime start = event->dtStart().toUTC();
            date = start.date();
            time = QTime(start.time().hour(), start.time().minute());
            const QDateTime end = event->dtEnd().toUTC();
            if (end.isValid() && end > start) {
                minutes = int(start.secsTo(end) / 60);
            }
        }

        const auto existing = std::find_if(all.value().cbegin(), all.value().cend(), [&event](const Talk &talk) { return talk.icalUid == event->uid(); });
        if (existing != all.value().cend()) {
            Talk talk = *existing;
            talk.title = event->summary().trimmed();
            talk.date = date;
            talk.startUtc = time;
            talk.durationMinutes = minutes;
            talk.status = statusOf(event->status()).value_or(talk.status);
            talk.updateSequence(*existing);
            if (auto ok = storage.talks().update(talk); !ok) {
                return Error{ok.error().kind, tr("%1: %2. Nothing was imported.").arg(label, ok.error().message)};
            }
            outcome.updated << talk.meta.id;
            continue;
        }
        Talk talk;
        talk.seriesId = series.value().meta.id;
        talk.icalUid = event->uid();
        talk.title = event->summary().trimmed();
        talk.abstract = event->description();
        talk.date = date;
        talk.startUtc = time;
        talk.durationMinutes = minutes;
        talk.status = statusOf(event->status()).value_or(TalkStatus::Tentative);
        talk.topics = event->categories();
        const QString link = event->url().isValid() && !event->url().isEmpty() ? event->url().toString() : event->location();
        const QUrl url(link, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty()) {
            talk.streamUrl = link;
        }
        auto id = storage.talks().add(talk);
        if (!id) {
            return Error{id.error().kind, tr("%1: %2. Nothing was imported.").arg(label, id.error().message)};
        }
        outcome.created << id.value();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return outcome;
}

} // namespace Lectern::ICalendarImport
