// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

namespace Lectern {
class Database;

// Where the last successful sync with a tracker got to: one row per source, server and scope
// (a Phabricator project), so that the next sync asks only for what changed since.
struct SyncState
{
    QString source;
    QString endpoint;
    QString scope;
    QDateTime lastSuccess; // invalid: never synced
    QDateTime lastModifiedSeen; // the newest upstream modification taken in
};

class SyncStateRepository
{
public:
    explicit SyncStateRepository(Database &db);

    // The state, or one with invalid times when this source was never synced.
    Result<SyncState> find(const QString &source, const QString &endpoint, const QString &scope) const;
    Result<void> save(const SyncState &state);

private:
    Database &m_db;
};

} // namespace Lectern
