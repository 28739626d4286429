// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rowmeta.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Lectern {

// One thing to send when Lectern is online: an email (an announcement, a reminder) or an
// answer on the tracker (a comment on the proposal's task, perhaps its new status). Written
// in the same transaction as the decision or announcement that made it; sent once.
struct OutboxEntry
{
    enum class Kind { Email, TrackerComment, CalendarPublish };
    enum class State {
        Queued, // waits for its time
        Sending, // handed to a sender right now (or the sender was stopped while sending)
        Sent,
        Failed, // the last try failed; retried at nextTryAt when that is set
        Unknown, // the connection broke after the message was handed over: never resent unasked
        Cancelled,
    };

    RowMeta meta;
    Kind kind = Kind::Email;
    qint64 talkId = 0;
    qint64 proposalId = 0;
    QString templateName;
    // Email: the addresses. Tracker: the task ("T123"). Calendar: the collection's URL.
    QStringList recipients;
    QString subject;
    QString body;
    // Email: the sender and the Message-ID (kept, so a message sent again is recognisably
    // the same one), an attached calendar. Tracker: the status to set, if any.
    QString fromName;
    QString fromAddress;
    QString messageId;
    QString attachmentName;
    QByteArray attachment; // text/calendar, METHOD:PUBLISH
    QString trackerStatus;
    QDateTime sendAt; // UTC
    State state = State::Queued;
    int tries = 0;
    QString lastError;
    QDateTime nextTryAt; // UTC; invalid when no retry is planned
    QDateTime sentAt;
    int talkVersion = 0; // the talk's version when the text was written
    QString claimedBy; // "host pid" of the sender while sending

    bool isWaiting() const { return state == State::Queued || (state == State::Failed && nextTryAt.isValid()); }
};

QString toKey(OutboxEntry::Kind kind);
QString toKey(OutboxEntry::State state);
std::optional<OutboxEntry::State> outboxStateFromKey(const QString &key);
// For people: "queued", "sent", "outcome unknown" (translated).
QString displayName(OutboxEntry::State state);

} // namespace Lectern
