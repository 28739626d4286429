// SPDX-License-Identifier: GPL-2.0-or-later
#include "publishrepository.h"

#include "changeentry.h"
#include "database.h"
#include "sqlutil.h"

#include <QSet>

namespace Lectern {

namespace {
PublishConflict conflictFrom(const QSqlQuery &q)
{
    PublishConflict c;
    c.uid = q.value(0).toString();
    c.talkId = q.value(1).toLongLong();
    c.title = q.value(2).toString();
    c.name = q.value(3).toString();
    c.serverEtag = q.value(4).toByteArray();
    c.differs = q.value(5).toString();
    c.withdrawn = q.value(6).toBool();
    c.overwrite = q.value(7).toBool();
    c.foundAt = Sql::toDateTime(q.value(8));
    return c;
}

PublishedEvent eventFrom(const QSqlQuery &q)
{
    PublishedEvent e;
    e.uid = q.value(0).toString();
    e.talkId = q.value(1).toLongLong();
    e.name = q.value(2).toString();
    e.etag = q.value(3).toByteArray();
    e.sequence = q.value(4).toInt();
    e.hash = q.value(5).toByteArray();
    return e;
}

const QString conflictColumns = QStringLiteral("uid, talk_id, title, name, server_etag, differs, withdrawn, overwrite, found_at");
const QString eventColumns = QStringLiteral("uid, talk_id, name, etag, sequence, content_hash");

// Runs one write in a transaction of its own (or the caller's) and logs it.
template<typename Write>
Result<void> inTransaction(Database &db, Write write, const std::function<Result<void>()> &log)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    if (auto ok = write(); !ok) {
        return ok.error();
    }
    if (auto ok = log(); !ok) {
        return ok;
    }
    return transaction.commit();
}
} // namespace

PublishRepository::PublishRepository(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

Result<void> PublishRepository::logged(const QString &collection, const QString &uid)
{
    // One record per event (so undoing the answer to one conflict is not refused because
    // another event was published since), or the collection for its last run.
    const QString key = uid.isEmpty() ? collection : collection + QLatin1Char('\n') + uid;
    return m_db.logChange({Entity::publish(), 0, key}, ChangeKind::Updated, [this, collection] { Q_EMIT changed(collection); });
}

QString PublishRepository::collectionOfKey(const QString &key)
{
    return key.section(QLatin1Char('\n'), 0, 0);
}

Result<QHash<QString, PublishedEvent>> PublishRepository::published(const QString &collection) const
{
    auto rows = Sql::run(m_db.connection(), QStringLiteral("SELECT %1 FROM published_events WHERE collection = ?").arg(eventColumns), {collection});
    if (!rows) {
        return rows.error();
    }
    QHash<QString, PublishedEvent> all;
    while (rows.value().next()) {
        PublishedEvent e = eventFrom(rows.value());
        all.insert(e.uid, e);
    }
    return all;
}

Result<std::optional<PublishedEvent>> PublishRepository::findPublished(const QString &collection, const QString &uid) const
{
    auto rows = Sql::run(
            m_db.connection(), QStringLiteral("SELECT %1 FROM published_events WHERE collection = ? AND uid = ?").arg(eventColumns), {collection, uid});
    if (!rows) {
        return rows.error();
    }
    if (!rows.value().next()) {
        return std::optional<PublishedEvent>();
    }
    return std::optional<PublishedEvent>(eventFrom(rows.value()));
}

Result<void> PublishRepository::remember(const QString &collection, const PublishedEvent &e)
{
    const QString now = Sql::nowUtc();
    return inTransaction(
            m_db,
            [&]() -> Result<void> {
                auto written = Sql::run(m_db.connection(),
                                        QStringLiteral("INSERT INTO published_events (collection, uid, talk_id, name, etag, sequence, content_hash, "
                                                       "published_at, version, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
                                                       "ON CONFLICT (collection, uid) DO UPDATE SET talk_id = excluded.talk_id, name = excluded.name, "
                                                       "etag = excluded.etag, sequence = excluded.sequence, content_hash = excluded.content_hash, "
                                                       "published_at = excluded.published_at, version = published_events.version + 1, "
                                                       "modified_at = excluded.modified_at"),
                                        {collection,
                                         e.uid,
                                         Sql::fromId(e.talkId),
                                         e.name,
                                         QString::fromLatin1(e.etag),
                                         e.sequence,
                                         QString::fromLatin1(e.hash),
                                         now,
                                         now,
                                         now});
                if (!written) {
                    return written.error();
                }
                auto dropped =
                        Sql::run(m_db.connection(), QStringLiteral("DELETE FROM publish_conflicts WHERE collection = ? AND uid = ?"), {collection, e.uid});
                return dropped ? Result<void>() : Result<void>(dropped.error());
            },
            [&] { return logged(collection, e.uid); });
}

Result<void> PublishRepository::forget(const QString &collection, const QString &uid)
{
    return inTransaction(
            m_db,
            [&]() -> Result<void> {
                for (const QString &table : {QStringLiteral("published_events"), QStringLiteral("publish_conflicts")}) {
                    auto removed = Sql::run(m_db.connection(), QStringLiteral("DELETE FROM %1 WHERE collection = ? AND uid = ?").arg(table), {collection, uid});
                    if (!removed) {
                        return removed.error();
                    }
                }
                return {};
            },
            [&] { return logged(collection, uid); });
}

Result<QList<PublishConflict>> PublishRepository::conflicts(const QString &collection) const
{
    auto rows = Sql::run(
            m_db.connection(), QStringLiteral("SELECT %1 FROM publish_conflicts WHERE collection = ? ORDER BY title, uid").arg(conflictColumns), {collection});
    if (!rows) {
        return rows.error();
    }
    QList<PublishConflict> all;
    while (rows.value().next()) {
        all.append(conflictFrom(rows.value()));
    }
    return all;
}

Result<std::optional<PublishConflict>> PublishRepository::findConflict(const QString &collection, const QString &uid) const
{
    auto rows = Sql::run(
            m_db.connection(), QStringLiteral("SELECT %1 FROM publish_conflicts WHERE collection = ? AND uid = ?").arg(conflictColumns), {collection, uid});
    if (!rows) {
        return rows.error();
    }
    if (!rows.value().next()) {
        return std::optional<PublishConflict>();
    }
    return std::optional<PublishConflict>(conflictFrom(rows.value()));
}

Result<void> PublishRepository::saveConflict(const QString &collection, const PublishConflict &c)
{
    const QString now = Sql::nowUtc();
    return inTransaction(
            m_db,
            [&]() -> Result<void> {
                // The coordinator's "overwrite" holds for the server copy it was given for only.
                auto written = Sql::run(m_db.connection(),
                                        QStringLiteral("INSERT INTO publish_conflicts (collection, uid, talk_id, title, name, server_etag, differs, withdrawn, "
                                                       "overwrite, found_at, version, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
                                                       "ON CONFLICT (collection, uid) DO UPDATE SET talk_id = excluded.talk_id, title = excluded.title, "
                                                       "name = excluded.name, differs = excluded.differs, withdrawn = excluded.withdrawn, "
                                                       "overwrite = CASE WHEN publish_conflicts.server_etag = excluded.server_etag "
                                                       "THEN publish_conflicts.overwrite ELSE excluded.overwrite END, "
                                                       "server_etag = excluded.server_etag, found_at = excluded.found_at, "
                                                       "version = publish_conflicts.version + 1, modified_at = excluded.modified_at"),
                                        {collection,
                                         c.uid,
                                         Sql::fromId(c.talkId),
                                         c.title,
                                         c.name,
                                         QString::fromLatin1(c.serverEtag),
                                         c.differs,
                                         c.withdrawn ? 1 : 0,
                                         c.overwrite ? 1 : 0,
                                         Sql::fromDateTime(c.foundAt.isValid() ? c.foundAt : QDateTime::currentDateTimeUtc()),
                                         now,
                                         now});
                return written ? Result<void>() : Result<void>(written.error());
            },
            [&] { return logged(collection, c.uid); });
}

Result<void> PublishRepository::removeConflict(const QString &collection, const QString &uid)
{
    return inTransaction(
            m_db,
            [&]() -> Result<void> {
                auto removed = Sql::run(m_db.connection(), QStringLiteral("DELETE FROM publish_conflicts WHERE collection = ? AND uid = ?"), {collection, uid});
                return removed ? Result<void>() : Result<void>(removed.error());
            },
            [&] { return logged(collection, uid); });
}

Result<void> PublishRepository::keepOnlyConflicts(const QString &collection, const QSet<QString> &current)
{
    auto all = conflicts(collection);
    if (!all) {
        return all.error();
    }
    for (const PublishConflict &c : all.value()) {
        if (!current.contains(c.uid)) {
            if (auto ok = removeConflict(collection, c.uid); !ok) {
                return ok;
            }
        }
    }
    return {};
}

Result<void> PublishRepository::setOverwrite(const QString &collection, const QString &uid, bool overwrite)
{
    return inTransaction(
            m_db,
            [&]() -> Result<void> {
                auto written = Sql::run(m_db.connection(),
                                        QStringLiteral("UPDATE publish_conflicts SET overwrite = ?, version = version + 1, modified_at = ? "
                                                       "WHERE collection = ? AND uid = ?"),
                                        {overwrite ? 1 : 0, Sql::nowUtc(), collection, uid});
                if (!written) {
                    return written.error();
                }
                if (written.value().numRowsAffected() != 1) {
                    return Error{Error::Kind::NotFound, tr("No conflict is left for the event %1 in %2.").arg(uid, collection)};
                }
                return {};
            },
            [&] { return logged(collection, uid); });
}

Result<std::optional<PublishRun>> PublishRepository::lastRun(const QString &collection) const
{
    auto rows = Sql::run(m_db.connection(),
                         QStringLiteral("SELECT finished_at, created, updated, deleted, unchanged, error FROM publish_runs WHERE collection = ?"),
                         {collection});
    if (!rows) {
        return rows.error();
    }
    if (!rows.value().next()) {
        return std::optional<PublishRun>();
    }
    const QSqlQuery &q = rows.value();
    PublishRun run;
    run.finishedAt = Sql::toDateTime(q.value(0));
    run.created = q.value(1).toInt();
    run.updated = q.value(2).toInt();
    run.deleted = q.value(3).toInt();
    run.unchanged = q.value(4).toInt();
    run.error = q.value(5).toString();
    return std::optional<PublishRun>(run);
}

Result<void> PublishRepository::recordRun(const QString &collection, const PublishRun &run)
{
    const QString now = Sql::nowUtc();
    return inTransaction(
            m_db,
            [&]() -> Result<void> {
                auto written =
                        Sql::run(m_db.connection(),
                                 QStringLiteral("INSERT INTO publish_runs (collection, finished_at, created, updated, deleted, unchanged, error, "
                                                "version, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
                                                "ON CONFLICT (collection) DO UPDATE SET finished_at = excluded.finished_at, "
                                                "created = excluded.created, updated = excluded.updated, deleted = excluded.deleted, "
                                                "unchanged = excluded.unchanged, error = excluded.error, version = publish_runs.version + 1, "
                                                "modified_at = excluded.modified_at"),
                                 {collection, Sql::fromDateTime(run.finishedAt), run.created, run.updated, run.deleted, run.unchanged, run.error, now, now});
                return written ? Result<void>() : Result<void>(written.error());
            },
            [&] { return logged(collection); });
}

} // namespace Lectern
