// SPDX-License-Identifier: GPL-2.0-or-later
#include "triagecommands.h"

#include "history.h"
#include "operations/proposaloperations.h"
#include "storage/storage.h"

#include <QUndoStack>

namespace Lectern {

TriageCommands::TriageCommands(Storage &storage, QUndoStack &undoStack, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_undoStack(undoStack)
{
}

bool TriageCommands::push(std::unique_ptr<Change> change)
{
    auto ok = History::run(m_undoStack, std::move(change), [this](const Error &error) { Q_EMIT failed(error.message); });
    if (!ok) {
        Q_EMIT failed(ok.error().message);
    }
    return ok.ok();
}

bool TriageCommands::decide(const QList<qint64> &ids, ProposalStatus status, const QString &reason, const std::optional<OutboxEntry> &answer)
{
    return !ids.isEmpty() && push(ProposalOperations::decide(m_storage, ids, status, reason, answer));
}

qint64 TriageCommands::review(const Review &review)
{
    auto change = std::make_unique<ProposalOperations::ReviewChange>(m_storage, review);
    auto *reviewing = change.get();
    return push(std::move(change)) ? reviewing->reviewId() : 0;
}

bool TriageCommands::addProposals(const QString &text, const QList<Proposal> &proposals)
{
    return push(std::make_unique<ProposalOperations::AddProposalsChange>(m_storage, text, proposals));
}

} // namespace Lectern
