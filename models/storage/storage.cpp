// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage.h"

#include "serverlocation.h"

#include "sqlutil.h"

namespace Lectern {

Storage::Storage(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_series(*m_database)
    , m_talks(*m_database)
    , m_speakers(*m_database)
    , m_proposals(*m_database)
    , m_templates(*m_database)
    , m_syncStates(*m_database)
    , m_settings(*m_database)
    , m_changeLog(*m_database)
    , m_announcements(*m_database)
    , m_outbox(*m_database)
    , m_publishing(*m_database)
{
}

void Storage::announce(const ChangeEntry &entry)
{
    const qint64 id = entry.target.id;
    const QString &entity = entry.target.entity;
    if (entity == Entity::talk()) {
        switch (entry.kind) {
        case ChangeKind::Added:
            Q_EMIT m_talks.talkAdded(id);
            break;
        case ChangeKind::Updated:
            Q_EMIT m_talks.talkUpdated(id);
            break;
        case ChangeKind::Removed:
            Q_EMIT m_talks.talkRemoved(id);
            break;
        }
    } else if (entity == Entity::speaker()) {
        switch (entry.kind) {
        case ChangeKind::Added:
            Q_EMIT m_speakers.speakerAdded(id);
            break;
        case ChangeKind::Updated:
            Q_EMIT m_speakers.speakerUpdated(id);
            break;
        case ChangeKind::Removed:
            Q_EMIT m_speakers.speakerRemoved(id);
            break;
        }
    } else if (entity == Entity::proposal()) {
        switch (entry.kind) {
        case ChangeKind::Added:
            Q_EMIT m_proposals.proposalAdded(id);
            break;
        case ChangeKind::Updated:
            Q_EMIT m_proposals.proposalUpdated(id);
            break;
        case ChangeKind::Removed:
            Q_EMIT m_proposals.proposalRemoved(id);
            break;
        }
    } else if (entity == Entity::series()) {
        Q_EMIT m_series.seriesChanged(id);
    } else if (entity == Entity::setting()) {
        Q_EMIT m_settings.changed(entry.target.key);
    } else if (entity == Entity::announcement()) {
        auto found = Sql::run(m_database->connection(), QStringLiteral("SELECT talk_id FROM announcements WHERE id = ?"), {id});
        if (found && found.value().next()) {
            Q_EMIT m_announcements.announcementAdded(found.value().value(0).toLongLong());
        }
    } else if (entity == Entity::outbox()) {
        if (entry.kind == ChangeKind::Added) {
            Q_EMIT m_outbox.entryAdded(id);
        } else if (entry.kind == ChangeKind::Removed) {
            Q_EMIT m_outbox.entryRemoved(id);
        } else {
            Q_EMIT m_outbox.entryChanged(id);
        }
    } else if (entity == Entity::publish()) {
        Q_EMIT m_publishing.changed(PublishRepository::collectionOfKey(entry.target.key));
    } else if (entity == Entity::emailTemplate()) {
        auto found = Sql::run(m_database->connection(), QStringLiteral("SELECT series_id, name FROM email_templates WHERE id = ?"), {id});
        if (found && found.value().next()) {
            Q_EMIT m_templates.templateChanged(found.value().value(0).toLongLong(), found.value().value(1).toString());
        }
    }
}

QString Storage::displayName(const QString &location)
{
    if (!ServerLocation::isServer(location)) {
        return location;
    }
    auto server = ServerLocation::parse(location);
    return server ? server.value().displayName() : location;
}

Result<std::unique_ptr<Storage>> Storage::open(const QString &path, Database::OpenMode mode)
{
    auto database = Database::open(path, mode);
    if (!database) {
        return database.error();
    }
    return std::unique_ptr<Storage>(new Storage(std::move(database).value()));
}

Result<Series> Storage::ensureSeries(const QString &name)
{
    // One transaction (the write lock first), so two processes initialising one new file
    // make one series.
    Transaction transaction(*m_database);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto existing = m_series.all();
    if (!existing) {
        return existing.error();
    }
    if (!existing.value().isEmpty()) {
        return existing.value().constFirst();
    }
    Series series;
    series.name = name;
    auto id = m_series.add(series);
    if (!id) {
        return id.error();
    }
    auto added = m_series.find(id.value());
    if (!added) {
        return added.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return added;
}

} // namespace Lectern
