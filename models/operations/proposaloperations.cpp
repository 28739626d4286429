// SPDX-License-Identifier: GPL-2.0-or-later
#include "proposaloperations.h"

#include "storage/storage.h"

#include <QCoreApplication>

namespace Lectern::ProposalOperations {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ProposalOperations", text, disambiguation, n);
}

QString titleOf(Storage &storage, qint64 id)
{
    auto proposal = storage.proposals().find(id);
    return proposal ? proposal.value().title : QString::number(id);
}
} // namespace

std::unique_ptr<Change> decide(Storage &storage, const QList<qint64> &ids, ProposalStatus status, const QString &reason)
{
    auto before = std::make_shared<QList<Triage::Decision>>();
    auto apply = [&storage, before, ids, status, reason]() -> Result<void> {
        auto replaced = Triage::decide(storage, ids, status, reason);
        if (!replaced) {
            return replaced.error();
        }
        *before = replaced.value();
        return {};
    };
    auto revert = [&storage, before, ids]() -> Result<void> {
        for (int i = 0; i < ids.size(); ++i) {
            if (auto ok = storage.proposals().setDecision(ids.at(i), before->at(i)); !ok) {
                return ok;
            }
        }
        return {};
    };
    const QString text = ids.size() == 1 ? tr("Mark “%1” as %2").arg(titleOf(storage, ids.constFirst()), displayName(status))
                                         : tr("Mark %n proposal(s) as %1", nullptr, int(ids.size())).arg(displayName(status));
    return std::make_unique<StepChange>(storage, text, apply, revert);
}

AddProposalsChange::AddProposalsChange(Storage &storage, const QString &text, const QList<Proposal> &proposals)
    : Change(storage, text)
    , m_proposals(proposals)
{
}

Result<void> AddProposalsChange::doApply()
{
    m_ids.clear();
    for (Proposal proposal : std::as_const(m_proposals)) {
        // Speakers named without a record get one (or the record of that name).
        for (ProposedSpeaker &speaker : proposal.proposedSpeakers) {
            if (speaker.speakerId <= 0 && !speaker.name.trimmed().isEmpty()) {
                auto found = m_storage.speakers().findOrAdd(speaker.name);
                if (!found) {
                    return found.error();
                }
                speaker.speakerId = found.value();
            }
        }
        auto id = m_storage.proposals().add(proposal);
        if (!id) {
            return id.error();
        }
        m_ids.append(id.value());
    }
    return {};
}

Result<void> AddProposalsChange::doRevert()
{
    for (qint64 id : std::as_const(m_ids)) {
        if (auto ok = m_storage.proposals().remove(id); !ok) {
            return ok;
        }
    }
    return {};
}

ReviewChange::ReviewChange(Storage &storage, const Review &review)
    : Change(storage,
             review.score ? tr("Score “%1” %2").arg(titleOf(storage, review.proposalId), QString::number(*review.score))
                          : tr("Review “%1”").arg(titleOf(storage, review.proposalId)))
    , m_review(review)
{
}

Result<void> ReviewChange::doApply()
{
    if (m_state.reviewId == 0) {
        auto reviewed = Triage::review(m_storage, m_review);
        if (!reviewed) {
            return reviewed.error();
        }
        m_state = reviewed.value();
        m_review.meta.id = m_state.reviewId;
        return {};
    }
    // Redo: the same review again, with its id.
    if (auto id = m_storage.proposals().addReview(m_review); !id) {
        return id.error();
    }
    return m_storage.proposals().setDecision(m_review.proposalId, m_state.after);
}

Result<void> ReviewChange::doRevert()
{
    if (auto ok = m_storage.proposals().removeReview(m_state.reviewId); !ok) {
        return ok;
    }
    return m_storage.proposals().setDecision(m_review.proposalId, m_state.before);
}

} // namespace Lectern::ProposalOperations
