// SPDX-License-Identifier: GPL-2.0-or-later
#include "proposaloperations.h"

#include "export/announcementrenderer.h"

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

std::unique_ptr<Change>
decide(Storage &storage, const QList<qint64> &ids, ProposalStatus status, const QString &reason, const std::optional<OutboxEntry> &answer)
{
    auto before = std::make_shared<QList<Triage::Decision>>();
    auto answerId = std::make_shared<qint64>(0);
    auto apply = [&storage, before, answerId, ids, status, reason, answer]() -> Result<void> {
        auto replaced = Triage::decide(storage, ids, status, reason);
        if (!replaced) {
            return replaced.error();
        }
        *before = replaced.value();
        if (answer) {
            auto queued = storage.outbox().add(*answer);
            if (!queued) {
                return queued.error();
            }
            *answerId = queued.value();
        }
        return {};
    };
    auto revert = [&storage, before, answerId, ids]() -> Result<void> {
        // An answer already posted cannot be taken back: then the decision stays too.
        if (*answerId > 0) {
            if (auto ok = storage.outbox().remove(*answerId); !ok) {
                return ok;
            }
        }
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

Result<OutboxEntry>
trackerAnswer(Storage &storage, qint64 proposalId, ProposalStatus status, const QString &message, const QString &trackerStatus, bool *changedUpstream)
{
    auto proposal = storage.proposals().find(proposalId);
    if (!proposal) {
        return proposal.error();
    }
    const Proposal &p = proposal.value();
    if (p.source != ProposalSource::Phabricator || p.url.isEmpty() || p.externalId.isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("“%1” did not come from Phabricator, so there is no task to answer on.").arg(p.title)};
    }
    if (changedUpstream) {
        *changedUpstream = p.changedUpstream;
    }
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::TrackerComment;
    entry.proposalId = proposalId;
    entry.recipients = QStringList{p.url};
    entry.subject = p.externalId;
    entry.trackerStatus = trackerStatus;
    entry.sendAt = QDateTime::currentDateTimeUtc();
    entry.body = message.trimmed();
    if (entry.body.isEmpty()) {
        const QString templateName = status == ProposalStatus::Accepted ? QStringLiteral("accepted") : QStringLiteral("declined");
        if (status != ProposalStatus::Accepted && status != ProposalStatus::Declined) {
            return Error{Error::Kind::InvalidInput, tr("There is no template for a “%1” answer; give the message.").arg(displayName(status))};
        }
        auto series = storage.series().find(p.seriesId);
        if (!series) {
            return series.error();
        }
        auto emailTemplate = storage.templates().find(p.seriesId, templateName);
        if (!emailTemplate) {
            return emailTemplate.error();
        }
        RenderContext context;
        context.series = series.value();
        context.proposalTitle = p.title;
        if (p.talkId > 0) {
            if (auto talk = storage.talks().find(p.talkId)) {
                context.talk = talk.value();
            }
        }
        const RenderedEmail rendered = AnnouncementRenderer::render(emailTemplate.value(), context);
        if (rendered.hasErrors()) {
            return Error{Error::Kind::InvalidInput, tr("The “%1” template cannot be used as it is; give the message instead.").arg(templateName)};
        }
        entry.templateName = templateName;
        entry.body = rendered.body.trimmed();
    }
    return entry;
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
