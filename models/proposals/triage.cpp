// SPDX-License-Identifier: GPL-2.0-or-later
#include "triage.h"

#include "storage/database.h"
#include "storage/seriesrepository.h"
#include "storage/storage.h"
#include "storage/talkrepository.h"

#include <QCoreApplication>

namespace Lectern::Triage {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Triage", text);
}
} // namespace

bool isDecision(ProposalStatus status)
{
    return status != ProposalStatus::Scheduled;
}

Result<void> checkSchedulable(const Proposal &proposal)
{
    if (proposal.talkId != 0) {
        return Error{Error::Kind::InvalidInput, tr("The proposal “%1” is already talk %2.").arg(proposal.title, QString::number(proposal.talkId))};
    }
    if (proposal.status != ProposalStatus::Accepted && proposal.status != ProposalStatus::Shortlisted) {
        return Error{Error::Kind::InvalidInput,
                     tr("The proposal “%1” is %2; only accepted or shortlisted proposals are scheduled.").arg(proposal.title, displayName(proposal.status))};
    }
    return {};
}

Result<QList<Decision>> decide(Storage &storage, const QList<qint64> &ids, ProposalStatus status, const QString &reason)
{
    if (!isDecision(status)) {
        return Error{Error::Kind::InvalidInput, tr("status: A proposal becomes scheduled by scheduling it, not by setting its status.")};
    }
    if (status == ProposalStatus::OnHold && reason.trimmed().isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("reason: Putting a proposal on hold needs a reason (what it waits for).")};
    }
    Transaction transaction(storage.database());
    if (!transaction.isActive()) {
        return transaction.error();
    }
    QList<Decision> before;
    for (qint64 id : ids) {
        auto current = storage.proposals().decision(id);
        if (!current) {
            return current.error();
        }
        if (current.value().talkId != 0) {
            return Error{
                    Error::Kind::InvalidInput,
                    tr("Proposal %1 is talk %2 now; delete or cancel the talk instead.").arg(QString::number(id), QString::number(current.value().talkId))};
        }
        before.append(current.value());
        const Decision after{status, reason.trimmed(), 0, false};
        if (auto ok = storage.proposals().setDecision(id, after); !ok) {
            return ok.error();
        }
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return before;
}

Result<Reviewed> review(Storage &storage, const Review &review)
{
    Transaction transaction(storage.database());
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto before = storage.proposals().decision(review.proposalId);
    if (!before) {
        return before.error();
    }
    auto reviewId = storage.proposals().addReview(review);
    if (!reviewId) {
        return reviewId.error();
    }
    Decision after = before.value();
    after.changedUpstream = false;
    if (after.status == ProposalStatus::New) {
        after.status = ProposalStatus::Reviewing;
    }
    if (auto ok = storage.proposals().setDecision(review.proposalId, after); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return Reviewed{reviewId.value(), before.value(), after};
}

Result<Scheduled> schedule(Storage &storage, qint64 proposalId, const Talk &talk)
{
    Transaction transaction(storage.database());
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto proposal = storage.proposals().find(proposalId);
    if (!proposal) {
        return proposal.error();
    }
    if (auto ok = checkSchedulable(proposal.value()); !ok) {
        return ok.error();
    }
    auto before = storage.proposals().decision(proposalId);
    if (!before) {
        return before.error();
    }
    auto talkId = storage.talks().add(talk);
    if (!talkId) {
        return talkId.error();
    }
    const Decision after{ProposalStatus::Scheduled, QString(), talkId.value(), false};
    if (auto ok = storage.proposals().setDecision(proposalId, after); !ok) {
        return ok.error();
    }
    auto written = storage.talks().find(talkId.value());
    if (!written) {
        return written.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return Scheduled{written.value(), before.value(), after};
}

} // namespace Lectern::Triage
