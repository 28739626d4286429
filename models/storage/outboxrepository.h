// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/outboxentry.h"
#include "result.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Lectern {
class Database;

// The outbox table. Every state change is one version-checked write, so two senders (the
// window and `lectern-cli outbox send`) can never both claim an entry, and an entry the user
// edited or cancelled in the meantime is not sent.
class OutboxRepository : public QObject
{
    Q_OBJECT
public:
    explicit OutboxRepository(Database &db, QObject *parent = nullptr);

    // A new entry, queued (whatever state it carries).
    Result<qint64> add(const OutboxEntry &entry);
    Result<OutboxEntry> find(qint64 id) const;
    // Newest first; only those in `state` when given.
    Result<QList<OutboxEntry>> list(std::optional<OutboxEntry::State> state = std::nullopt) const;
    // The entries a proposal's decisions made (its answers on the tracker), newest first.
    Result<QList<OutboxEntry>> forProposal(qint64 proposalId) const;
    // What a sender should try now: queued entries whose time has come, and failed ones
    // whose retry is due; oldest first.
    Result<QList<OutboxEntry>> due(const QDateTime &now) const;
    // The text, the recipients, the time: only while the entry waits (queued or failed).
    Result<void> update(const OutboxEntry &entry);
    // Only an entry never tried (the undo of queueing it).
    Result<void> remove(qint64 id);
    // Takes a waiting entry for sending: `sending`, one try more, claimed by `claimant`.
    // Refused (Conflict) when it changed since it was read or is no longer waiting.
    Result<OutboxEntry> claim(const OutboxEntry &entry, const QString &claimant, const QDateTime &now);
    // What the try came to.
    Result<void> finish(qint64 id, OutboxEntry::State state, const QString &error, const QDateTime &nextTry, const QDateTime &now);
    // The user's choice: cancel, send again (an unknown or failed entry becomes queued, due
    // now). Version-checked.
    Result<void> setState(const OutboxEntry &entry, OutboxEntry::State state);
    // Entries left `sending` by a sender that is gone (killed, crashed, the machine off)
    // become `unknown`: it may have handed the message over. Returns how many.
    Result<int> recoverInterrupted(const std::function<bool(const OutboxEntry &entry)> &isGone);

    struct Summary
    {
        int waiting = 0; // queued or failed with a retry planned
        int due = 0; // of those, due now
        int needsAttention = 0; // failed for good or outcome unknown
        QString lastError; // of the latest failed try, if the latest try failed
    };
    Result<Summary> summary(const QDateTime &now) const;

Q_SIGNALS:
    void entryAdded(qint64 id);
    void entryChanged(qint64 id);
    void entryRemoved(qint64 id);

private:
    Result<void> changed(qint64 id);
    Database &m_db;
};

} // namespace Lectern
