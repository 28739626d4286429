// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "change.h"
#include "domain/outboxentry.h"
#include "domain/proposal.h"
#include "proposals/triage.h"

#include <memory>

namespace Lectern {
class Storage;

// The inbox's changes as Changes for the history (the CLI makes them the same way): a
// decision on a selection, a review, proposals added from a file. The rules are Triage's.
namespace ProposalOperations {

// With `answer`, the decision's message to the proposer goes into the outbox in the same
// transaction (and out of it on undo, while it has not been posted).
std::unique_ptr<Change> decide(Storage &storage,
                               const QList<qint64> &ids,
                               ProposalStatus status,
                               const QString &reason = QString(),
                               const std::optional<OutboxEntry> &answer = std::nullopt);

// The answer on a tracker-sourced proposal's task: `message`, or when empty the series'
// "accepted" or "declined" template for `status`, rendered for the proposal; `trackerStatus`
// (a Phabricator status such as "resolved" or "declined") is set with it when not empty.
// Refused for a proposal that did not come from Phabricator. `changedUpstream` learns
// whether the task changed upstream since the coordinator last looked (asked about first).
Result<OutboxEntry> trackerAnswer(Storage &storage,
                                  qint64 proposalId,
                                  ProposalStatus status,
                                  const QString &message,
                                  const QString &trackerStatus,
                                  bool *changedUpstream = nullptr);
// Proposals added from a file or typed in; undo removes them again. Speakers named without
// a record (id 0) get one when the change is made.
class AddProposalsChange : public Change
{
public:
    AddProposalsChange(Storage &storage, const QString &text, const QList<Proposal> &proposals);
    QList<qint64> ids() const { return m_ids; }

protected:
    Result<void> doApply() override;
    Result<void> doRevert() override;

private:
    QList<Proposal> m_proposals;
    QList<qint64> m_ids;
};

// A review: a new proposal becomes "reviewing". Redo brings back the same review (its id).
class ReviewChange : public Change
{
public:
    ReviewChange(Storage &storage, const Review &review);
    qint64 reviewId() const { return m_state.reviewId; }

protected:
    Result<void> doApply() override;
    Result<void> doRevert() override;

private:
    Review m_review;
    Triage::Reviewed m_state;
};

} // namespace ProposalOperations
} // namespace Lectern
