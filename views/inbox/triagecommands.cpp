// SPDX-License-Identifier: GPL-2.0-or-later
#include "triagecommands.h"

#include "proposals/triage.h"
#include "schedule/undoablechange.h"
#include "storage/storage.h"

#include <QUndoStack>

#include <memory>

namespace Lectern {
namespace {
// Puts decisions back as they were, all in one transaction.
Result<void> restore(Storage &storage, const QList<qint64> &ids, const QList<Triage::Decision> &decisions)
{
    Transaction transaction(storage.database());
    if (!transaction.isActive()) {
        return transaction.error();
    }
    for (int i = 0; i < ids.size(); ++i) {
        if (auto ok = storage.proposals().setDecision(ids.at(i), decisions.at(i)); !ok) {
            return ok.error();
        }
    }
    return transaction.commit();
}
} // namespace

TriageCommands::TriageCommands(Storage &storage, QUndoStack &undoStack, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_undoStack(undoStack)
{
}

bool TriageCommands::decide(const QList<qint64> &ids, ProposalStatus status, const QString &reason)
{
    if (ids.isEmpty()) {
        return false;
    }
    auto before = std::make_shared<QList<Triage::Decision>>();
    Storage &storage = m_storage;
    auto apply = [&storage, before, ids, status, reason]() -> Result<void> {
        auto replaced = Triage::decide(storage, ids, status, reason);
        if (!replaced) {
            return replaced.error();
        }
        *before = replaced.value();
        return {};
    };
    auto revert = [&storage, before, ids]() { return restore(storage, ids, *before); };
    QString text;
    if (ids.size() == 1) {
        auto proposal = m_storage.proposals().find(ids.constFirst());
        text = tr("Mark “%1” as %2").arg(proposal ? proposal.value().title : QString::number(ids.constFirst()), displayName(status));
    } else {
        text = tr("Mark %n proposal(s) as %1", nullptr, int(ids.size())).arg(displayName(status));
    }
    auto change = std::make_unique<UndoableChange>(text, apply, revert);
    if (auto ok = change->execute(); !ok) {
        Q_EMIT failed(ok.error().message);
        return false;
    }
    change->setErrorSink([this](const QString &message) { Q_EMIT failed(message); });
    m_undoStack.push(change.release());
    return true;
}

qint64 TriageCommands::review(const Review &review)
{
    auto state = std::make_shared<Triage::Reviewed>();
    auto written = std::make_shared<Review>(review);
    Storage &storage = m_storage;
    auto apply = [&storage, state, written]() -> Result<void> {
        if (state->reviewId == 0) {
            auto reviewed = Triage::review(storage, *written);
            if (!reviewed) {
                return reviewed.error();
            }
            *state = reviewed.value();
            written->meta.id = state->reviewId;
            return {};
        }
        // Redo: the same review again, with its id.
        Transaction transaction(storage.database());
        if (!transaction.isActive()) {
            return transaction.error();
        }
        if (auto id = storage.proposals().addReview(*written); !id) {
            return id.error();
        }
        if (auto ok = storage.proposals().setDecision(written->proposalId, state->after); !ok) {
            return ok.error();
        }
        return transaction.commit();
    };
    auto revert = [&storage, state, written]() -> Result<void> {
        Transaction transaction(storage.database());
        if (!transaction.isActive()) {
            return transaction.error();
        }
        if (auto ok = storage.proposals().removeReview(state->reviewId); !ok) {
            return ok.error();
        }
        if (auto ok = storage.proposals().setDecision(written->proposalId, state->before); !ok) {
            return ok.error();
        }
        return transaction.commit();
    };
    auto proposal = m_storage.proposals().find(review.proposalId);
    const QString title = proposal ? proposal.value().title : QString::number(review.proposalId);
    auto change = std::make_unique<UndoableChange>(
            review.score ? tr("Score “%1” %2").arg(title, QString::number(*review.score)) : tr("Review “%1”").arg(title), apply, revert);
    if (auto ok = change->execute(); !ok) {
        Q_EMIT failed(ok.error().message);
        return 0;
    }
    change->setErrorSink([this](const QString &message) { Q_EMIT failed(message); });
    m_undoStack.push(change.release());
    return state->reviewId;
}

bool TriageCommands::addProposals(const QString &text, const QList<Proposal> &proposals)
{
    auto ids = std::make_shared<QList<qint64>>();
    Storage &storage = m_storage;
    auto apply = [&storage, ids, proposals]() -> Result<void> {
        Transaction transaction(storage.database());
        if (!transaction.isActive()) {
            return transaction.error();
        }
        ids->clear();
        for (const Proposal &proposal : proposals) {
            auto id = storage.proposals().add(proposal);
            if (!id) {
                return id.error();
            }
            ids->append(id.value());
        }
        return transaction.commit();
    };
    auto revert = [&storage, ids]() -> Result<void> {
        Transaction transaction(storage.database());
        if (!transaction.isActive()) {
            return transaction.error();
        }
        for (qint64 id : std::as_const(*ids)) {
            if (auto ok = storage.proposals().remove(id); !ok) {
                return ok.error();
            }
        }
        return transaction.commit();
    };
    auto change = std::make_unique<UndoableChange>(text, apply, revert);
    if (auto ok = change->execute(); !ok) {
        Q_EMIT failed(ok.error().message);
        return false;
    }
    change->setErrorSink([this](const QString &message) { Q_EMIT failed(message); });
    m_undoStack.push(change.release());
    return true;
}

} // namespace Lectern
