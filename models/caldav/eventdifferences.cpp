// SPDX-License-Identifier: GPL-2.0-or-later
#include "eventdifferences.h"

#include "platform/librarymessages.h"

#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace Lectern {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EventDifferences", text);
}

KCalendarCore::Event::Ptr firstEvent(const QByteArray &ics)
{
    if (ics.isEmpty()) {
        return {};
    }
    KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
    KCalendarCore::ICalFormat format;
    const LibraryMessages quiet;
    if (!format.fromRawString(calendar, ics)) {
        return {};
    }
    const auto events = calendar->rawEvents();
    return events.isEmpty() ? KCalendarCore::Event::Ptr() : events.constFirst();
}

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : tr("none");
}

QString status(KCalendarCore::Incidence::Status status)
{
    switch (status) {
    case KCalendarCore::Incidence::StatusCanceled:
        return tr("cancelled");
    case KCalendarCore::Incidence::StatusTentative:
        return tr("tentative");
    case KCalendarCore::Incidence::StatusConfirmed:
        return tr("confirmed");
    default:
        return tr("none");
    }
}

QString quoted(const QString &text)
{
    return tr("“%1”").arg(text);
}
} // namespace

QStringList eventDifferences(const QByteArray &server, const QByteArray &ours)
{
    const KCalendarCore::Event::Ptr theirs = firstEvent(server);
    if (!theirs) {
        return {tr("The server's copy is not an event Lectern can read.")};
    }
    const KCalendarCore::Event::Ptr mine = firstEvent(ours);
    if (!mine) {
        return {tr("On the server: %1, starting %2.").arg(quoted(theirs->summary()), when(theirs->dtStart()))};
    }
    QStringList lines;
    auto compare = [&lines](const QString &field, const QString &onServer, const QString &here) {
        if (onServer != here) {
            lines << tr("%1: %2 on the server, %3 here.").arg(field, onServer, here);
        }
    };
    compare(tr("Title"), quoted(theirs->summary()), quoted(mine->summary()));
    compare(tr("Start"), when(theirs->dtStart()), when(mine->dtStart()));
    compare(tr("End"), when(theirs->dtEnd()), when(mine->dtEnd()));
    compare(tr("Location"), quoted(theirs->location()), quoted(mine->location()));
    compare(tr("Status"), status(theirs->status()), status(mine->status()));
    if (theirs->description() != mine->description()) {
        lines << tr("The description differs.");
    }
    if (lines.isEmpty()) {
        lines << tr("The same title, times, place and text; other details differ.");
    }
    return lines;
}

} // namespace Lectern
