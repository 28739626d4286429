// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/proposal.h"
#include "result.h"

#include <QHash>
#include <QMap>
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
    // What the inbox shows: the lines matching a search (all when `text` is empty) with one of
    // `statuses` (any when empty), in an order, `limit` lines from `offset` (a page; all when
    // limit < 0).
    struct InboxQuery
    {
        enum class SortKey { Received, Title, Proposer, Source, Status, Score };
        QString text;
        QList<ProposalStatus> statuses;
        SortKey sortKey = SortKey::Received;
        Qt::SortOrder order = Qt::DescendingOrder;
        int limit = -1;
        int offset = 0;
    };
    Result<QList<ProposalSummary>> inbox(const InboxQuery &query) const;
    // How many lines the query has without its page limits.
    Result<int> inboxCount(const InboxQuery &query) const;
    // How many proposals have each status.
    Result<QMap<ProposalStatus, int>> countByStatus() const;
    // The statement inbox() runs, values in place, for the benchmark's sqlite3 floor.
    static QString inboxStatement(const InboxQuery &query, bool server = false);

    // A tracker's proposals by external id, for a sync to compare against.
    Result<QHash<QString, Proposal>> fromSource(ProposalSource source) const;
    // The ones among `externalIds` (any number; read in batches).
    Result<QHash<QString, Proposal>> fromSource(ProposalSource source, const QStringList &externalIds) const;

    // The coordinator's part of a proposal: written by decisions, restored by undo, never by a sync.
    struct Decision
    {
        ProposalStatus status = ProposalStatus::New;
        QString reason;
        qint64 talkId = 0;
        bool changedUpstream = false;
    };
    Result<Decision> decision(qint64 id) const;
    Result<void> setDecision(qint64 id, const Decision &decision);
    // What the user typed as an FTS5 query: each word quoted (no operators), as a prefix.
    static QString matchExpression(const QString &text);
    // The same words as a PostgreSQL tsquery ('word':* & 'other':*), lower case; empty when
    // the text has no letters or digits.
    static QString tsQueryExpression(const QString &text);
    // The proposals that name a speaker.
    Result<QList<Proposal>> forSpeaker(qint64 speakerId) const;

    Result<qint64> count() const;

    Result<qint64> add(const Proposal &proposal);
    // Writes the proposal's fields and proposed speakers (not its reviews).
    Result<void> update(const Proposal &proposal);
    Result<void> remove(qint64 id);
    // Adds a review (with its own id again when review.meta.id is set: redo after undo).
    Result<qint64> addReview(const Review &review);
    Result<void> removeReview(qint64 reviewId);
    // Logs and announces a change to a proposal's rows made outside this class (a speaker
    // merge moving its links), inside the caller's transaction.
    Result<void> notifyChanged(qint64 id);

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
