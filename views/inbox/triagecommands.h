// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/outboxentry.h"
#include "domain/proposal.h"

#include <QObject>

#include <memory>
#include <optional>

class QUndoStack;

namespace Lectern {
class Change;
class Storage;

// The inbox's edits (ProposalOperations) as steps of the shared undo history: decisions
// (one step for a whole selection), reviews and imports. Each is made once, and only a
// change that worked is pushed; the reasons for a refusal come out through failed().
class TriageCommands : public QObject
{
    Q_OBJECT
public:
    TriageCommands(Storage &storage, QUndoStack &undoStack, QObject *parent = nullptr);

    // With `answer`, the message to the proposer goes into the outbox in the same step.
    bool decide(const QList<qint64> &ids, ProposalStatus status, const QString &reason = QString(), const std::optional<OutboxEntry> &answer = std::nullopt);
    // Returns the new review's id, or 0.
    qint64 review(const Review &review);
    // Adds the proposals; undo removes them again.
    bool addProposals(const QString &text, const QList<Proposal> &proposals);

Q_SIGNALS:
    void failed(const QString &message);

private:
    bool push(std::unique_ptr<Change> change);

    Storage &m_storage;
    QUndoStack &m_undoStack;
};

} // namespace Lectern
