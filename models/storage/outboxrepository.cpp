// SPDX-License-Identifier: GPL-2.0-or-later
#include "outboxrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>

namespace Lectern {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxRepository", text);
}

const char *const columns =
        "SELECT id, kind, talk_id, proposal_id, template, recipients, subject, body, from_name, from_address, message_id, attachment_name, attachment, "
        "tracker_status, send_at, state, tries, last_error, next_try_at, sent_at, talk_version, claimed_by, version, created_at, modified_at FROM outbox ";

OutboxEntry read(const QSqlQuery &q)
{
    OutboxEntry e;
    e.meta.id = q.value(0).toLongLong();
    const QString kind = q.value(1).toString();
    e.kind = kind == QLatin1String("tracker") ? OutboxEntry::Kind::TrackerComment
            : kind == QLatin1String("caldav") ? OutboxEntry::Kind::CalendarPublish
                                              : OutboxEntry::Kind::Email;
    e.talkId = q.value(2).toLongLong();
    e.proposalId = q.value(3).toLongLong();
    e.templateName = q.value(4).toString();
    e.recipients = q.value(5).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    e.subject = q.value(6).toString();
    e.body = q.value(7).toString();
    e.fromName = q.value(8).toString();
    e.fromAddress = q.value(9).toString();
    e.messageId = q.value(10).toString();
    e.attachmentName = q.value(11).toString();
    e.attachment = q.value(12).toByteArray();
    e.trackerStatus = q.value(13).toString();
    e.sendAt = Sql::toDateTime(q.value(14));
    e.state = outboxStateFromKey(q.value(15).toString()).value_or(OutboxEntry::State::Queued);
    e.tries = q.value(16).toInt();
    e.lastError = q.value(17).toString();
    e.nextTryAt = Sql::toDateTime(q.value(18));
    e.sentAt = Sql::toDateTime(q.value(19));
    e.talkVersion = q.value(20).toInt();
    e.claimedBy = q.value(21).toString();
    e.meta.version = q.value(22).toInt();
    e.meta.created = Sql::toDateTime(q.value(23));
    e.meta.modified = Sql::toDateTime(q.value(24));
    return e;
}

QVariant orNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant orNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(Sql::fromDateTime(at)) : QVariant();
}

Error changedElsewhere(const OutboxEntry &entry)
{
    return Error{
            Error::Kind::Conflict,
            tr("The outbox entry %1 (“%2”) was changed elsewhere since it was read; nothing was done.").arg(QString::number(entry.meta.id), entry.subject)};
}
} // namespace

OutboxRepository::OutboxRepository(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

Result<void> OutboxRepository::changed(qint64 id)
{
    return m_db.logChange({Entity::outbox(), id, {}}, ChangeKind::Updated, [this, id] { Q_EMIT entryChanged(id); });
}

Result<qint64> OutboxRepository::add(const OutboxEntry &entry)
{
    if (entry.recipients.isEmpty()) {
        return Error{Error::Kind::InvalidInput,
                     entry.kind == OutboxEntry::Kind::Email ? tr("The message has no recipient.") : tr("The tracker answer names no task.")};
    }
    if (!entry.sendAt.isValid()) {
        return Error{Error::Kind::InvalidInput, tr("The outbox entry has no time to be sent at.")};
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    const QString now = Sql::nowUtc();
    auto inserted = Sql::run(m_db.connection(),
                             QStringLiteral("INSERT INTO outbox (kind, talk_id, proposal_id, template, recipients, subject, body, from_name, from_address, "
                                            "message_id, attachment_name, attachment, tracker_status, send_at, state, tries, talk_version, version, "
                                            "created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, 1, ?, ?) RETURNING id"),
                             {toKey(entry.kind),
                              orNull(entry.talkId),
                              orNull(entry.proposalId),
                              entry.templateName,
                              entry.recipients.join(QLatin1Char('\n')),
                              entry.subject,
                              entry.body,
                              entry.fromName,
                              entry.fromAddress,
                              entry.messageId,
                              entry.attachmentName,
                              entry.attachment.isEmpty() ? QVariant() : QVariant(entry.attachment),
                              entry.trackerStatus,
                              Sql::fromDateTime(entry.sendAt),
                              entry.talkVersion,
                              now,
                              now});
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = Sql::returnedId(inserted.value());
    if (auto ok = m_db.logChange({Entity::outbox(), id, {}}, ChangeKind::Added, [this, id] { Q_EMIT entryAdded(id); }); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return id;
}

Result<OutboxEntry> OutboxRepository::find(qint64 id) const
{
    auto rows = Sql::run(m_db.connection(), QString::fromLatin1(columns) + QStringLiteral("WHERE id = ?"), {id});
    if (!rows) {
        return rows.error();
    }
    if (!rows.value().next()) {
        return Error{Error::Kind::NotFound, tr("There is no outbox entry %1.").arg(id)};
    }
    return read(rows.value());
}

Result<QList<OutboxEntry>> OutboxRepository::list(std::optional<OutboxEntry::State> state) const
{
    auto rows = state
            ? Sql::run(m_db.connection(), QString::fromLatin1(columns) + QStringLiteral("WHERE state = ? ORDER BY send_at DESC, id DESC"), {toKey(*state)})
            : Sql::run(m_db.connection(), QString::fromLatin1(columns) + QStringLiteral("ORDER BY send_at DESC, id DESC"));
    if (!rows) {
        return rows.error();
    }
    QList<OutboxEntry> entries;
    while (rows.value().next()) {
        entries << read(rows.value());
    }
    return entries;
}

Result<QList<OutboxEntry>> OutboxRepository::forProposal(qint64 proposalId) const
{
    auto rows =
            Sql::run(m_db.connection(), QString::fromLatin1(columns) + QStringLiteral("WHERE proposal_id = ? ORDER BY send_at DESC, id DESC"), {proposalId});
    if (!rows) {
        return rows.error();
    }
    QList<OutboxEntry> entries;
    while (rows.value().next()) {
        entries << read(rows.value());
    }
    return entries;
}

Result<QList<OutboxEntry>> OutboxRepository::due(const QDateTime &now) const
{
    const QVariant at = Sql::fromDateTime(now);
    auto rows =
            Sql::run(m_db.connection(),
                     QString::fromLatin1(columns) +
                             QStringLiteral("WHERE (state = 'queued' AND send_at <= ?) OR (state = 'failed' AND next_try_at IS NOT NULL AND next_try_at <= ?) "
                                            "ORDER BY send_at, id"),
                     {at, at});
    if (!rows) {
        return rows.error();
    }
    QList<OutboxEntry> entries;
    while (rows.value().next()) {
        entries << read(rows.value());
    }
    return entries;
}

Result<void> OutboxRepository::update(const OutboxEntry &entry)
{
    if (entry.recipients.isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("The message has no recipient.")};
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto updated = Sql::run(m_db.connection(),
                            QStringLiteral("UPDATE outbox SET recipients = ?, subject = ?, body = ?, send_at = ?, talk_version = ?, version = version + 1, "
                                           "modified_at = ? WHERE id = ? AND version = ? AND state IN ('queued', 'failed')"),
                            {entry.recipients.join(QLatin1Char('\n')),
                             entry.subject,
                             entry.body,
                             Sql::fromDateTime(entry.sendAt),
                             entry.talkVersion,
                             Sql::nowUtc(),
                             entry.meta.id,
                             entry.meta.version});
    if (!updated) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() != 1) {
        return changedElsewhere(entry);
    }
    if (auto ok = changed(entry.meta.id); !ok) {
        return ok;
    }
    return transaction.commit();
}

Result<void> OutboxRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto removed = Sql::run(m_db.connection(), QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 'queued' AND tries = 0"), {id});
    if (!removed) {
        return removed.error();
    }
    if (removed.value().numRowsAffected() != 1) {
        return Error{Error::Kind::Conflict, tr("The outbox entry %1 has been tried or sent since; it stays.").arg(id)};
    }
    if (auto ok = m_db.logChange({Entity::outbox(), id, {}}, ChangeKind::Removed, [this, id] { Q_EMIT entryRemoved(id); }); !ok) {
        return ok;
    }
    return transaction.commit();
}

Result<OutboxEntry> OutboxRepository::claim(const OutboxEntry &entry, const QString &claimant, const QDateTime &now)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto claimed = Sql::run(m_db.connection(),
                            QStringLiteral("UPDATE outbox SET state = 'sending', tries = tries + 1, claimed_by = ?, version = version + 1, modified_at = ? "
                                           "WHERE id = ? AND version = ? AND state IN ('queued', 'failed')"),
                            {claimant, Sql::fromDateTime(now), entry.meta.id, entry.meta.version});
    if (!claimed) {
        return claimed.error();
    }
    if (claimed.value().numRowsAffected() != 1) {
        return changedElsewhere(entry);
    }
    if (auto ok = changed(entry.meta.id); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return find(entry.meta.id);
}

Result<void> OutboxRepository::finish(qint64 id, OutboxEntry::State state, const QString &error, const QDateTime &nextTry, const QDateTime &now)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto finished =
            Sql::run(m_db.connection(),
                     QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, next_try_at = ?, sent_at = ?, claimed_by = '', version = version + 1, "
                                    "modified_at = ? WHERE id = ? AND state = 'sending'"),
                     {toKey(state),
                      error,
                      orNull(nextTry),
                      state == OutboxEntry::State::Sent ? QVariant(Sql::fromDateTime(now)) : QVariant(),
                      Sql::fromDateTime(now),
                      id});
    if (!finished) {
        return finished.error();
    }
    if (finished.value().numRowsAffected() != 1) {
        return Error{Error::Kind::Conflict, tr("The outbox entry %1 was not being sent any more when its try ended.").arg(id)};
    }
    if (auto ok = changed(id); !ok) {
        return ok;
    }
    return transaction.commit();
}

Result<void> OutboxRepository::setState(const OutboxEntry &entry, OutboxEntry::State state)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    // Sending again: due now, the reason of the last try kept for the record until it is tried.
    const bool again = state == OutboxEntry::State::Queued;
    const QString now = Sql::nowUtc();
    auto updated = Sql::run(m_db.connection(),
                            QStringLiteral("UPDATE outbox SET state = ?, next_try_at = NULL, send_at = CASE WHEN ? AND send_at > ? THEN ? ELSE send_at END, "
                                           "version = version + 1, modified_at = ? WHERE id = ? AND version = ? AND state <> 'sending'"),
                            {toKey(state), again, now, now, now, entry.meta.id, entry.meta.version});
    if (!updated) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() != 1) {
        return changedElsewhere(entry);
    }
    if (auto ok = changed(entry.meta.id); !ok) {
        return ok;
    }
    return transaction.commit();
}

Result<int> OutboxRepository::recoverInterrupted(const std::function<bool(const OutboxEntry &entry)> &isGone)
{
    auto sending = list(OutboxEntry::State::Sending);
    if (!sending) {
        return sending.error();
    }
    int recovered = 0;
    for (const OutboxEntry &entry : sending.value()) {
        if (!isGone(entry)) {
            continue;
        }
        Transaction transaction(m_db);
        if (!transaction.isActive()) {
            return transaction.error();
        }
        auto updated = Sql::run(m_db.connection(),
                                QStringLiteral("UPDATE outbox SET state = 'unknown', last_error = ?, claimed_by = '', version = version + 1, modified_at = ? "
                                               "WHERE id = ? AND version = ? AND state = 'sending'"),
                                {tr("The sender stopped while sending (%1); the message may have gone out.").arg(entry.claimedBy),
                                 Sql::nowUtc(),
                                 entry.meta.id,
                                 entry.meta.version});
        if (!updated) {
            return updated.error();
        }
        if (updated.value().numRowsAffected() == 1) {
            if (auto ok = changed(entry.meta.id); !ok) {
                return ok.error();
            }
            ++recovered;
        }
        if (auto ok = transaction.commit(); !ok) {
            return ok.error();
        }
    }
    return recovered;
}

Result<OutboxRepository::Summary> OutboxRepository::summary(const QDateTime &now) const
{
    const QVariant at = Sql::fromDateTime(now);
    auto rows = Sql::run(m_db.connection(),
                         QStringLiteral("SELECT "
                                        "SUM(CASE WHEN state = 'queued' OR (state = 'failed' AND next_try_at IS NOT NULL) THEN 1 ELSE 0 END), "
                                        "SUM(CASE WHEN (state = 'queued' AND send_at <= ?) OR (state = 'failed' AND next_try_at <= ?) THEN 1 ELSE 0 END), "
                                        "SUM(CASE WHEN state = 'unknown' OR (state = 'failed' AND next_try_at IS NULL) THEN 1 ELSE 0 END) FROM outbox"),
                         {at, at});
    if (!rows) {
        return rows.error();
    }
    Summary summary;
    if (rows.value().next()) {
        summary.waiting = rows.value().value(0).toInt();
        summary.due = rows.value().value(1).toInt();
        summary.needsAttention = rows.value().value(2).toInt();
    }
    auto last = Sql::run(m_db.connection(), QStringLiteral("SELECT state, last_error FROM outbox WHERE tries > 0 ORDER BY modified_at DESC, id DESC LIMIT 1"));
    if (!last) {
        return last.error();
    }
    if (last.value().next() && last.value().value(0).toString() != QLatin1String("sent")) {
        summary.lastError = last.value().value(1).toString();
    }
    return summary;
}

} // namespace Lectern
