// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/proposal.h"
#include "result.h"

#include <QObject>

#include <optional>

namespace Lectern {
class Database;

// Proposals with their proposed speakers and reviews.
class ProposalRepository : public QObject
{
    Q_OBJECT
public:
    explicit ProposalRepository(Database &db, QObject *parent = nullptr);

    // Newest first; only those with the given status when one is given.
    Result<QList<Proposal>> all(std::optional<ProposalStatus> status = std::nullopt) const;
    Result<Proposal> find(qint64 id) const;
    // Proposals whose title, text or proposer has every word typed (prefixes count: "lax"
    // finds "Laxström"; accents and case are ignored), newest first.
    Result<QList<Proposal>> search(const QString &text, std::optional<ProposalStatus> status = std::nullopt) const;
    // The inbox's lean lines for the same search (all proposals when `text` is empty), newest
    // first; `limit` lines from `offset` (a page), or all when limit < 0.
    Result<QList<ProposalSummary>> inbox(const QString &text, std::optional<ProposalStatus> status = std::nullopt, int limit = -1, int offset = 0) const;
    // The statement inbox() runs, values in place, for the benchmark's sqlite3 floor.
    static QString inboxStatement(const QString &text, int limit = -1);
    // What the user typed as an FTS5 query: each word quoted (no operators), as a prefix.
    static QString matchExpression(const QString &text);
    // The proposals that name a speaker.
    Result<QList<Proposal>> forSpeaker(qint64 speakerId) const;

    Result<qint64> count() const;

    Result<qint64> add(const Proposal &proposal);
    // Writes the proposal's fields and proposed speakers (not its reviews).
    Result<void> update(const Proposal &proposal);
    Result<void> remove(qint64 id);
    Result<qint64> addReview(const Review &review);

Q_SIGNALS:
    void proposalAdded(qint64 id);
    void proposalUpdated(qint64 id);
    void proposalRemoved(qint64 id);

private:
    Result<QList<Proposal>> query(const QString &where, const QVariantList &values) const;
    Result<void> writeSpeakers(const Proposal &proposal, qint64 id);
    Database &m_db;
};

} // namespace Lectern
