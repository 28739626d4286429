// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "change.h"
#include "domain/proposal.h"
#include "proposals/triage.h"

#include <memory>

namespace Lectern {
class Storage;

// The inbox's changes as Changes for the history (the CLI makes them the same way): a
// decision on a selection, a review, proposals added from a file. The rules are Triage's.
namespace ProposalOperations {

std::unique_ptr<Change> decide(Storage &storage, const QList<qint64> &ids, ProposalStatus status, const QString &reason = QString());
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
