// SPDX-License-Identifier: GPL-2.0-or-later
#include "outboxentry.h"

#include <QCoreApplication>

namespace Lectern {

QString toKey(OutboxEntry::Kind kind)
{
    switch (kind) {
    case OutboxEntry::Kind::Email:
        return QStringLiteral("email");
    case OutboxEntry::Kind::TrackerComment:
        return QStringLiteral("tracker");
    case OutboxEntry::Kind::CalendarPublish:
        return QStringLiteral("caldav");
    }
    return QStringLiteral("email");
}

QString toKey(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Queued:
        return QStringLiteral("queued");
    case OutboxEntry::State::Sending:
        return QStringLiteral("sending");
    case OutboxEntry::State::Sent:
        return QStringLiteral("sent");
    case OutboxEntry::State::Failed:
        return QStringLiteral("failed");
    case OutboxEntry::State::Unknown:
        return QStringLiteral("unknown");
    case OutboxEntry::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("queued");
}

std::optional<OutboxEntry::State> outboxStateFromKey(const QString &key)
{
    for (const auto state : {OutboxEntry::State::Queued,
                             OutboxEntry::State::Sending,
                             OutboxEntry::State::Sent,
                             OutboxEntry::State::Failed,
                             OutboxEntry::State::Unknown,
                             OutboxEntry::State::Cancelled}) {
        if (toKey(state) == key) {
            return state;
        }
    }
    return std::nullopt;
}

QString displayName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Queued:
        return QCoreApplication::translate("OutboxEntry", "queued");
    case OutboxEntry::State::Sending:
        return QCoreApplication::translate("OutboxEntry", "sending");
    case OutboxEntry::State::Sent:
        return QCoreApplication::translate("OutboxEntry", "sent");
    case OutboxEntry::State::Failed:
        return QCoreApplication::translate("OutboxEntry", "failed");
    case OutboxEntry::State::Unknown:
        return QCoreApplication::translate("OutboxEntry", "outcome unknown");
    case OutboxEntry::State::Cancelled:
        return QCoreApplication::translate("OutboxEntry", "cancelled");
    }
    return {};
}

} // namespace Lectern
