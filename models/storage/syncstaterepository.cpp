// SPDX-License-Identifier: GPL-2.0-or-later
#include "syncstaterepository.h"

#include "database.h"
#include "sqlutil.h"

namespace Lectern {

SyncStateRepository::SyncStateRepository(Database &db)
    : m_db(db)
{
}

Result<SyncState> SyncStateRepository::find(const QString &source, const QString &endpoint, const QString &scope) const
{
    auto rows = Sql::run(m_db.connection(),
                         QStringLiteral("SELECT last_success_at, last_modified_seen FROM sync_state WHERE source = ? AND endpoint = ? AND scope = ?"),
                         {source, endpoint, scope});
    if (!rows) {
        return rows.error();
    }
    SyncState state{source, endpoint, scope, {}, {}};
    if (rows.value().next()) {
        state.lastSuccess = Sql::toDateTime(rows.value().value(0));
        state.lastModifiedSeen = Sql::toDateTime(rows.value().value(1));
    }
    return state;
}

Result<void> SyncStateRepository::save(const SyncState &state)
{
    const QString now = Sql::nowUtc();
    auto saved =
            Sql::run(m_db.connection(),
                     QStringLiteral("INSERT INTO sync_state (source, endpoint, scope, last_success_at, last_modified_seen, created_at, modified_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, endpoint, scope) DO UPDATE SET "
                                    "last_success_at = excluded.last_success_at, last_modified_seen = excluded.last_modified_seen, "
                                    "version = sync_state.version + 1, modified_at = excluded.modified_at"),
                     {state.source, state.endpoint, state.scope, Sql::fromDateTime(state.lastSuccess), Sql::fromDateTime(state.lastModifiedSeen), now, now});
    if (!saved) {
        return saved.error();
    }
    return {};
}

} // namespace Lectern
