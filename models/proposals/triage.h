// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/proposal.h"
#include "domain/talk.h"
#include "storage/proposalrepository.h"
#include "storage/result.h"

#include <QDate>
#include <QTime>

#include <optional>

namespace Lectern {
class Storage;

// What a coordinator does to proposals, the same from the inbox and the CLI: decide on them,
// review them, turn them into talks. Each call is one transaction and says what it replaced,
// so the GUI can undo it.
namespace Triage {

using Decision = ProposalRepository::Decision;

// Statuses given by hand; "scheduled" only comes from scheduling.
bool isDecision(ProposalStatus status);
// Whether the proposal can be scheduled: accepted or shortlisted, and no talk yet.
Result<void> checkSchedulable(const Proposal &proposal);

// Gives proposals a status (a reason is needed for "on hold"); returns each one's decision
// before, in the order of `ids`. All or nothing.
Result<QList<Decision>> decide(Storage &storage, const QList<qint64> &ids, ProposalStatus status, const QString &reason = QString());

struct Reviewed
{
    qint64 reviewId = 0;
    Decision before;
    Decision after;
};
// Adds a review; a new proposal becomes "reviewing", and the "changed upstream" mark goes
// (the coordinator has looked at it again).
Result<Reviewed> review(Storage &storage, const Review &review);

struct Scheduled
{
    Talk talk; // as written, with its id and UID
    Decision before;
    Decision after;
};
// Adds the talk and links the proposal to it (status "scheduled"), together.
Result<Scheduled> schedule(Storage &storage, qint64 proposalId, const Talk &talk);

} // namespace Triage
} // namespace Lectern
