// SPDX-License-Identifier: GPL-2.0-or-later
#include "proposalrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Lectern {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProposalRepository", text);
}

Result<void> validate(const Proposal &proposal)
{
    if (proposal.title.trimmed().isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("title: A proposal needs a title.")};
    }
    return {};
}

QVariantList fieldValues(const Proposal &p)
{
    return {p.seriesId,
            toKey(p.source),
            p.externalId.isEmpty() ? QVariant() : QVariant(p.externalId),
            p.url,
            p.title.trimmed(),
            p.text,
            p.proposer,
            p.proposerEmail.trimmed(),
            Sql::fromDateTime(p.received),
            Sql::fromDateTime(p.updated),
            toKey(p.status),
            p.statusReason,
            Sql::fromId(p.talkId),
            p.upstreamStatus,
            int(p.upstreamClosed),
            int(p.changedUpstream)};
}
} // namespace

ProposalRepository::ProposalRepository(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

Result<QList<Proposal>> ProposalRepository::all(std::optional<ProposalStatus> status) const
{
    if (status) {
        return query(QStringLiteral("p.status = ?"), {toKey(*status)});
    }
    return query(QString(), {});
}

Result<Proposal> ProposalRepository::find(qint64 id) const
{
    auto proposals = query(QStringLiteral("p.id = ?"), {id});
    if (!proposals) {
        return proposals.error();
    }
    if (proposals.value().isEmpty()) {
        return Error{Error::Kind::NotFound, tr("There is no proposal with id %1.").arg(id)};
    }
    return proposals.value().constFirst();
}

QString ProposalRepository::matchExpression(const QString &text)
{
    QStringList terms;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QStringLiteral("\"%1\"*").arg(word);
    }
    return terms.join(QLatin1Char(' '));
}

QString ProposalRepository::tsQueryExpression(const QString &text)
{
    // The words as SQLite's unicode61 tokenizer cuts them (letters and digits), each a prefix,
    // all of them required: the same proposals as the FTS5 query on a file.
    QStringList terms;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        terms << QStringLiteral("'%1':*").arg(word.toLower());
    }
    return terms.join(QStringLiteral(" & "));
}

namespace {
// The search condition on p: FTS5 on a file, the tsvector index on a server.
QString searchCondition(bool server, bool walkReceivedIndex)
{
    if (server) {
        return QStringLiteral("lectern_search_text(p.title, p.body, p.proposer) @@ to_tsquery('simple'::regconfig, lectern_unaccent(?))");
    }
    return walkReceivedIndex ? QStringLiteral("+p.id IN (SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ?)")
                             : QStringLiteral("p.id IN (SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ?)");
}
} // namespace

Result<QList<Proposal>> ProposalRepository::search(const QString &text, std::optional<ProposalStatus> status) const
{
    QStringList conditions;
    QVariantList values;
    const bool server = m_db.isServer();
    if (server ? !tsQueryExpression(text).isEmpty() : !text.trimmed().isEmpty()) {
        conditions << searchCondition(server, false);
        values << (server ? tsQueryExpression(text) : matchExpression(text));
    }
    if (status) {
        conditions << QStringLiteral("p.status = ?");
        values << toKey(*status);
    }
    return query(conditions.join(QStringLiteral(" AND ")), values);
}

namespace {
QString sortColumn(ProposalRepository::InboxQuery::SortKey key, bool server)
{
    using Key = ProposalRepository::InboxQuery::SortKey;
    switch (key) {
    case Key::Received:
        break;
    case Key::Title:
        return server ? QStringLiteral("lower(p.title)") : QStringLiteral("p.title COLLATE NOCASE");
    case Key::Proposer:
        return server ? QStringLiteral("lower(p.proposer)") : QStringLiteral("p.proposer COLLATE NOCASE");
    case Key::Source:
        return QStringLiteral("p.source");
    case Key::Status:
        return QStringLiteral("p.status");
    case Key::Score:
        return QStringLiteral("(SELECT avg(r.score) FROM reviews r WHERE r.proposal_id = p.id)");
    }
    return QStringLiteral("p.received_at");
}

// The WHERE clause of an inbox query, with its values (or, for the benchmark's floor, the
// values written in place).
QString inboxFilter(const ProposalRepository::InboxQuery &query, QVariantList *values, bool server = false)
{
    QStringList conditions;
    if (server) {
        if (const QString words = ProposalRepository::tsQueryExpression(query.text); !words.isEmpty()) {
            if (values) {
                conditions << searchCondition(true, false);
                *values << words;
            } else {
                conditions << searchCondition(true, false)
                                      .replace(QLatin1Char('?'),
                                               QLatin1Char('\'') + QString(words).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''));
            }
        }
    } else if (!query.text.trimmed().isEmpty()) {
        const QString match = ProposalRepository::matchExpression(query.text);
        // "+p.id": not a rowid lookup per match, so that the newest-first order walks the
        // received-date index and stops after a page, rather than sorting every match (a
        // one-letter search matches nearly all of 100,000 proposals).
        if (values) {
            conditions << searchCondition(false, true);
            *values << match;
        } else {
            conditions << QStringLiteral("+p.id IN (SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH '%1')")
                                  .arg(QString(match).replace(QLatin1Char('\''), QStringLiteral("''")));
        }
    }
    if (!query.statuses.isEmpty()) {
        QStringList keys;
        for (ProposalStatus status : query.statuses) {
            keys << QLatin1Char('\'') + toKey(status) + QLatin1Char('\''); // fixed vocabulary, no user text
        }
        conditions << QStringLiteral("p.status IN (%1)").arg(keys.join(QLatin1Char(',')));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString inboxSql(const ProposalRepository::InboxQuery &query, const QString &filter, bool server = false)
{
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString order = QStringLiteral("%1 %2, p.id %2").arg(sortColumn(query.sortKey, server), direction);
    const QString speakers = server ? QStringLiteral("string_agg(s.name, ', ' ORDER BY l.position)") : QStringLiteral("group_concat(s.name, ', ')");
    // A page is chosen on ids first (index order, nothing computed), and only its rows get the
    // score and speaker columns: SQLite computes result columns before it sorts.
    const QString rows = QStringLiteral("(SELECT p.* FROM proposals p%1 ORDER BY %2 LIMIT %3 OFFSET %4)")
                                 .arg(filter,
                                      order,
                                      // No limit: -1 on SQLite, ALL on PostgreSQL (which refuses a negative one).
                                      query.limit < 0 && server ? QStringLiteral("ALL") : QString::number(query.limit),
                                      QString::number(query.offset));
    return QStringLiteral("SELECT p.id, p.title, p.proposer, p.received_at, p.source, p.status, p.talk_id, p.upstream_closed, p.changed_upstream, "
                          "(SELECT avg(r.score) FROM reviews r WHERE r.proposal_id = p.id), "
                          "(SELECT %3 FROM proposal_speakers l JOIN speakers s ON s.id = l.speaker_id WHERE l.proposal_id = p.id) "
                          "FROM %1 p ORDER BY %2")
            .arg(rows, order, speakers);
}
} // namespace

Result<QList<ProposalSummary>> ProposalRepository::inbox(const InboxQuery &query) const
{
    QVariantList values;
    const QString filter = inboxFilter(query, &values, m_db.isServer());
    auto rows = Sql::run(m_db.connection(), inboxSql(query, filter, m_db.isServer()), values);
    if (!rows) {
        return rows.error();
    }
    QList<ProposalSummary> list;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        ProposalSummary p;
        p.id = q.value(0).toLongLong();
        p.title = q.value(1).toString();
        p.proposer = q.value(2).toString();
        p.received = Sql::toDateTime(q.value(3));
        p.source = proposalSourceFromKey(q.value(4).toString()).value_or(ProposalSource::Manual);
        p.status = proposalStatusFromKey(q.value(5).toString()).value_or(ProposalStatus::New);
        p.talkId = q.value(6).toLongLong();
        p.upstreamClosed = q.value(7).toInt() != 0;
        p.changedUpstream = q.value(8).toInt() != 0;
        if (!q.value(9).isNull()) {
            p.score = q.value(9).toDouble();
        }
        p.speakers = q.value(10).toString();
        list.append(p);
    }
    return list;
}

Result<int> ProposalRepository::inboxCount(const InboxQuery &query) const
{
    QVariantList values;
    const QString filter = inboxFilter(query, &values, m_db.isServer());
    auto rows = Sql::run(m_db.connection(), QStringLiteral("SELECT count(*) FROM proposals p%1").arg(filter), values);
    if (!rows) {
        return rows.error();
    }
    rows.value().next();
    return rows.value().value(0).toInt();
}

Result<QMap<ProposalStatus, int>> ProposalRepository::countByStatus() const
{
    auto rows = Sql::run(m_db.connection(), QStringLiteral("SELECT status, count(*) FROM proposals GROUP BY status"));
    if (!rows) {
        return rows.error();
    }
    QMap<ProposalStatus, int> counts;
    while (rows.value().next()) {
        if (const auto status = proposalStatusFromKey(rows.value().value(0).toString())) {
            counts.insert(*status, rows.value().value(1).toInt());
        }
    }
    return counts;
}

QString ProposalRepository::inboxStatement(const InboxQuery &query, bool server)
{
    return inboxSql(query, inboxFilter(query, nullptr, server), server);
}

Result<QHash<QString, Proposal>> ProposalRepository::fromSource(ProposalSource source) const
{
    auto proposals = query(QStringLiteral("p.source = ? AND p.external_id IS NOT NULL"), {toKey(source)});
    if (!proposals) {
        return proposals.error();
    }
    QHash<QString, Proposal> byExternalId;
    byExternalId.reserve(proposals.value().size());
    for (const Proposal &proposal : std::as_const(proposals.value())) {
        byExternalId.insert(proposal.externalId, proposal);
    }
    return byExternalId;
}

Result<QHash<QString, Proposal>> ProposalRepository::fromSource(ProposalSource source, const QStringList &externalIds) const
{
    constexpr int batch = 500; // well under SQLite's limit on bound values
    QHash<QString, Proposal> byExternalId;
    for (int start = 0; start < externalIds.size(); start += batch) {
        const QStringList ids = externalIds.mid(start, batch);
        QVariantList values{toKey(source)};
        for (const QString &id : ids) {
            values << id;
        }
        QString marks = QStringLiteral("?,").repeated(int(ids.size()));
        marks.chop(1);
        auto proposals = query(QStringLiteral("p.source = ? AND p.external_id IN (%1)").arg(marks), values);
        if (!proposals) {
            return proposals.error();
        }
        for (const Proposal &proposal : std::as_const(proposals.value())) {
            byExternalId.insert(proposal.externalId, proposal);
        }
    }
    return byExternalId;
}

Result<ProposalRepository::Decision> ProposalRepository::decision(qint64 id) const
{
    auto rows = Sql::run(m_db.connection(), QStringLiteral("SELECT status, status_reason, talk_id, changed_upstream FROM proposals WHERE id = ?"), {id});
    if (!rows) {
        return rows.error();
    }
    if (!rows.value().next()) {
        return Error{Error::Kind::NotFound, tr("There is no proposal with id %1.").arg(id)};
    }
    const QSqlQuery &q = rows.value();
    return Decision{proposalStatusFromKey(q.value(0).toString()).value_or(ProposalStatus::New),
                    q.value(1).toString(),
                    q.value(2).toLongLong(),
                    q.value(3).toInt() != 0};
}

Result<void> ProposalRepository::setDecision(qint64 id, const Decision &decision)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto updated = Sql::run(m_db.connection(),
                            QStringLiteral("UPDATE proposals SET status = ?, status_reason = ?, talk_id = ?, changed_upstream = ?, version = version + 1, "
                                           "modified_at = ? WHERE id = ?"),
                            {toKey(decision.status), decision.reason, Sql::fromId(decision.talkId), int(decision.changedUpstream), Sql::nowUtc(), id});
    if (!updated) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() != 1) {
        return Error{Error::Kind::NotFound, tr("There is no proposal with id %1.").arg(id)};
    }
    if (auto ok = notifyChanged(id); !ok) {
        return ok.error();
    }
    return transaction.commit();
}

Result<void> ProposalRepository::notifyChanged(qint64 id)
{
    return m_db.logChange({Entity::proposal(), id, {}}, ChangeKind::Updated, [this, id] { Q_EMIT proposalUpdated(id); });
}

Result<QList<Proposal>> ProposalRepository::forSpeaker(qint64 speakerId) const
{
    return query(QStringLiteral("p.id IN (SELECT proposal_id FROM proposal_speakers WHERE speaker_id = ?)"), {speakerId});
}

Result<QList<Proposal>> ProposalRepository::query(const QString &where, const QVariantList &values) const
{
    const QSqlDatabase db = m_db.connection();
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    auto rows = Sql::run(db,
                         QStringLiteral("SELECT p.id, p.series_id, p.source, p.external_id, p.url, p.title, p.body, p.proposer, p.received_at, p.updated_at, "
                                        "p.status, p.status_reason, p.talk_id, p.version, p.created_at, p.modified_at, p.proposer_email, p.upstream_status, "
                                        "p.upstream_closed, p.changed_upstream FROM proposals p%1 "
                                        "ORDER BY CASE WHEN p.received_at IS NULL THEN 1 ELSE 0 END, p.received_at DESC, p.id DESC")
                                 .arg(filter),
                         values);
    if (!rows) {
        return rows.error();
    }
    QList<Proposal> proposals;
    QHash<qint64, int> indexById;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        Proposal p;
        p.meta.id = q.value(0).toLongLong();
        p.seriesId = q.value(1).toLongLong();
        p.source = proposalSourceFromKey(q.value(2).toString()).value_or(ProposalSource::Manual);
        p.externalId = q.value(3).toString();
        p.url = q.value(4).toString();
        p.title = q.value(5).toString();
        p.text = q.value(6).toString();
        p.proposer = q.value(7).toString();
        p.received = Sql::toDateTime(q.value(8));
        p.updated = Sql::toDateTime(q.value(9));
        p.status = proposalStatusFromKey(q.value(10).toString()).value_or(ProposalStatus::New);
        p.statusReason = q.value(11).toString();
        p.talkId = q.value(12).toLongLong();
        p.meta.version = q.value(13).toInt();
        p.meta.created = Sql::toDateTime(q.value(14));
        p.meta.modified = Sql::toDateTime(q.value(15));
        p.proposerEmail = q.value(16).toString();
        p.upstreamStatus = q.value(17).toString();
        p.upstreamClosed = q.value(18).toInt() != 0;
        p.changedUpstream = q.value(19).toInt() != 0;
        indexById.insert(p.meta.id, proposals.size());
        proposals.append(p);
    }
    if (proposals.isEmpty()) {
        return proposals;
    }
    const QString subset = where.isEmpty() ? QString() : QStringLiteral(" WHERE l.proposal_id IN (SELECT p.id FROM proposals p%1)").arg(filter);
    auto speakers = Sql::run(
            db,
            QStringLiteral(
                    "SELECT l.proposal_id, s.id, s.name FROM proposal_speakers l JOIN speakers s ON s.id = l.speaker_id%1 ORDER BY l.proposal_id, l.position")
                    .arg(subset),
            values);
    if (!speakers) {
        return speakers.error();
    }
    while (speakers.value().next()) {
        const auto it = indexById.constFind(speakers.value().value(0).toLongLong());
        if (it != indexById.constEnd()) {
            proposals[*it].proposedSpeakers.append({speakers.value().value(1).toLongLong(), speakers.value().value(2).toString()});
        }
    }
    const QString reviewSubset = where.isEmpty() ? QString() : QStringLiteral(" WHERE r.proposal_id IN (SELECT p.id FROM proposals p%1)").arg(filter);
    auto reviews = Sql::run(db,
                            QStringLiteral("SELECT r.id, r.proposal_id, r.reviewer, r.score, r.note, r.reviewed_at, r.version, r.created_at, r.modified_at "
                                           "FROM reviews r%1 ORDER BY r.proposal_id, r.reviewed_at, r.id")
                                    .arg(reviewSubset),
                            values);
    if (!reviews) {
        return reviews.error();
    }
    while (reviews.value().next()) {
        const QSqlQuery &q = reviews.value();
        Review r;
        r.meta.id = q.value(0).toLongLong();
        r.proposalId = q.value(1).toLongLong();
        r.reviewer = q.value(2).toString();
        r.score = Sql::toOptionalInt(q.value(3));
        r.note = q.value(4).toString();
        r.reviewedAt = Sql::toDateTime(q.value(5));
        r.meta.version = q.value(6).toInt();
        r.meta.created = Sql::toDateTime(q.value(7));
        r.meta.modified = Sql::toDateTime(q.value(8));
        const auto it = indexById.constFind(r.proposalId);
        if (it != indexById.constEnd()) {
            proposals[*it].reviews.append(r);
        }
    }
    return proposals;
}

Result<void> ProposalRepository::writeSpeakers(const Proposal &proposal, qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    if (auto ok = Sql::run(db, QStringLiteral("DELETE FROM proposal_speakers WHERE proposal_id = ?"), {id}); !ok) {
        return ok.error();
    }
    const QString now = Sql::nowUtc();
    int position = 0;
    for (const ProposedSpeaker &speaker : proposal.proposedSpeakers) {
        auto ok = Sql::run(db,
                           QStringLiteral("INSERT INTO proposal_speakers (proposal_id, speaker_id, position, created_at, modified_at) VALUES (?, ?, ?, ?, ?) "
                                          "ON CONFLICT DO NOTHING"),
                           {id, speaker.speakerId, position++, now, now});
        if (!ok) {
            return ok.error();
        }
    }
    return {};
}

Result<qint64> ProposalRepository::count() const
{
    auto rows = Sql::run(m_db.connection(), QStringLiteral("SELECT count(*) FROM proposals"));
    if (!rows) {
        return rows.error();
    }
    rows.value().next();
    return rows.value().value(0).toLongLong();
}

Result<qint64> ProposalRepository::add(const Proposal &proposal)
{
    if (auto ok = validate(proposal); !ok) {
        return ok.error();
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    const QString now = Sql::nowUtc();
    QVariantList values = fieldValues(proposal);
    values << now << now;
    auto inserted = Sql::run(
            m_db.connection(),
            QStringLiteral(
                    "INSERT INTO proposals (series_id, source, external_id, url, title, body, proposer, proposer_email, received_at, updated_at, status, "
                    "status_reason, talk_id, upstream_status, upstream_closed, changed_upstream, version, created_at, modified_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"),
            values);
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = Sql::returnedId(inserted.value());
    if (auto ok = writeSpeakers(proposal, id); !ok) {
        return ok.error();
    }
    if (auto ok = m_db.logChange({Entity::proposal(), id, {}}, ChangeKind::Added, [this, id] { Q_EMIT proposalAdded(id); }); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return id;
}

Result<void> ProposalRepository::update(const Proposal &proposal)
{
    if (auto ok = validate(proposal); !ok) {
        return ok.error();
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    QVariantList values = fieldValues(proposal);
    values << Sql::nowUtc() << proposal.meta.id << proposal.meta.version;
    auto updated = Sql::run(
            m_db.connection(),
            QStringLiteral("UPDATE proposals SET series_id = ?, source = ?, external_id = ?, url = ?, title = ?, body = ?, proposer = ?, proposer_email = ?, "
                           "received_at = ?, updated_at = ?, status = ?, status_reason = ?, talk_id = ?, upstream_status = ?, upstream_closed = ?, "
                           "changed_upstream = ?, version = version + 1, modified_at = ? "
                           "WHERE id = ? AND version = ?"),
            values);
    if (!updated) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() != 1) {
        auto current = find(proposal.meta.id);
        if (!current) {
            return current.error();
        }
        return Error{Error::Kind::Conflict, tr("The proposal “%1” was changed elsewhere since it was read; reload and try again.").arg(current.value().title)};
    }
    if (auto ok = writeSpeakers(proposal, proposal.meta.id); !ok) {
        return ok.error();
    }
    if (auto ok = notifyChanged(proposal.meta.id); !ok) {
        return ok.error();
    }
    return transaction.commit();
}

Result<void> ProposalRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto removed = Sql::run(m_db.connection(), QStringLiteral("DELETE FROM proposals WHERE id = ?"), {id});
    if (!removed) {
        return removed.error();
    }
    if (removed.value().numRowsAffected() != 1) {
        return Error{Error::Kind::NotFound, tr("There is no proposal with id %1.").arg(id)};
    }
    if (auto ok = m_db.logChange({Entity::proposal(), id, {}}, ChangeKind::Removed, [this, id] { Q_EMIT proposalRemoved(id); }); !ok) {
        return ok.error();
    }
    return transaction.commit();
}

Result<qint64> ProposalRepository::addReview(const Review &review)
{
    if (review.reviewer.trimmed().isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("reviewer: A review needs the reviewer's name.")};
    }
    if (review.score && (*review.score < 1 || *review.score > 5)) {
        return Error{Error::Kind::InvalidInput, tr("score: Scores go from 1 to 5, not %1.").arg(*review.score)};
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    const QString now = Sql::nowUtc();
    const QDateTime when = review.reviewedAt.isValid() ? review.reviewedAt : QDateTime::currentDateTimeUtc();
    // The id column only when one is given (undo puts a review back): a server's identity
    // column takes no NULL.
    const bool withId = review.meta.id > 0;
    QVariantList values;
    if (withId) {
        values << review.meta.id;
    }
    values << QVariantList{review.proposalId, review.reviewer.trimmed(), Sql::fromOptional(review.score), review.note, Sql::fromDateTime(when), now, now};
    auto inserted = Sql::run(m_db.connection(),
                             QStringLiteral("INSERT INTO reviews (%1proposal_id, reviewer, score, note, reviewed_at, version, created_at, modified_at) "
                                            "VALUES (%2?, ?, ?, ?, ?, 1, ?, ?) RETURNING id")
                                     .arg(withId ? QStringLiteral("id, ") : QString(), withId ? QStringLiteral("?, ") : QString()),
                             values);
    if (!inserted) {
        return Error{Error::Kind::InvalidInput,
                     tr("Cannot add the review to proposal %1: %2").arg(QString::number(review.proposalId), inserted.error().message)};
    }
    const qint64 reviewId = Sql::returnedId(inserted.value());
    if (auto ok = notifyChanged(review.proposalId); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return reviewId;
}

Result<void> ProposalRepository::removeReview(qint64 reviewId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto owner = Sql::run(m_db.connection(), QStringLiteral("SELECT proposal_id FROM reviews WHERE id = ?"), {reviewId});
    if (!owner) {
        return owner.error();
    }
    if (!owner.value().next()) {
        return Error{Error::Kind::NotFound, tr("There is no review with id %1.").arg(reviewId)};
    }
    const qint64 proposalId = owner.value().value(0).toLongLong();
    if (auto removed = Sql::run(m_db.connection(), QStringLiteral("DELETE FROM reviews WHERE id = ?"), {reviewId}); !removed) {
        return removed.error();
    }
    if (auto ok = notifyChanged(proposalId); !ok) {
        return ok.error();
    }
    return transaction.commit();
}

} // namespace Lectern
