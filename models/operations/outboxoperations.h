// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "change.h"
#include "domain/outboxentry.h"
#include "domain/talk.h"

#include <QUrl>

#include <memory>
#include <optional>

namespace Lectern {
class Storage;

// The outbox's changes: queueing an announcement or a reminder, editing a waiting entry,
// cancelling it, sending it again. Each is a Change (undoable while nothing went out);
// the sending itself is OutboxSender's.
namespace OutboxOperations {

// When a reminder goes out, relative to its talk's start.
enum class When { Now, WeekBefore, DayBefore, TwoHoursBefore, At };
// The moment for `when` (`at` for When::At, UTC); an error when the talk has no start time
// for a relative time, or the moment is already past for a reminder.
Result<QDateTime> sendTime(const Talk &talk, When when, const QDateTime &at, const QDateTime &now);

// An announcement (or another template) for a talk, written now as it will go out: the
// series' sender and lists, the rendered subject and text, the talk as an .ics when asked.
// Not stored; refused while the template has errors or the series has no sender or list.
Result<OutboxEntry> announcementFor(Storage &storage, qint64 talkId, const QString &templateName, const QDateTime &sendAt, bool attachICalendar);

// What already went out or waits with this template for this talk ("sent 18 Jun to …",
// "queued for 2 Jul"), so that sending it again asks first; empty when nothing did.
Result<QString> sentBefore(Storage &storage, qint64 talkId, const QString &templateName);

// Adds an entry; undo removes it again while it has not been tried.
class QueueChange : public Change
{
public:
    QueueChange(Storage &storage, const QString &text, const OutboxEntry &entry);
    qint64 id() const { return m_id; }

protected:
    Result<void> doApply() override;
    Result<void> doRevert() override;

private:
    OutboxEntry m_entry;
    qint64 m_id = 0;
};

std::unique_ptr<QueueChange> queue(Storage &storage, const OutboxEntry &entry);
// A publish of the talks to the CalDAV collection at `collection`, due now — unless one
// already waits (then nothing is added: one publish sends every change). Returns the new
// entry's id, or 0. Not an undoable step: it follows changes the history already holds.
Result<qint64> requestPublish(Storage &storage, const QUrl &collection);
// The publish to `collection` that waits in the outbox (queued, or failed with a retry
// planned) — or, with `orSending`, is being sent now; none when there is no such entry.
Result<std::optional<OutboxEntry>> waitingPublish(Storage &storage, const QUrl &collection, bool orSending = false);
// A waiting entry's recipients, subject, text and time as `edited` has them.
std::unique_ptr<Change> edit(Storage &storage, const OutboxEntry &edited);
std::unique_ptr<Change> cancel(Storage &storage, const OutboxEntry &entry);
// Sends a failed, unknown or cancelled entry again: queued, due now. For an entry whose
// outcome is unknown this is the user's word that it may go out twice.
std::unique_ptr<Change> sendAgain(Storage &storage, const OutboxEntry &entry);

} // namespace OutboxOperations
} // namespace Lectern
