// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "changeentry.h"
#include "result.h"

#include <QList>

#include <optional>

namespace Lectern {
class Database;

// Reads the change log that Database::logChange() writes: what other connections committed
// since an entry a window has seen, and the latest write of one record (for undo).
class ChangeLog
{
public:
    explicit ChangeLog(Database &db);

    // The newest entry's seq, 0 for an empty log.
    Result<qint64> lastSeq() const;
    // Entries after `seq`, oldest first, at most `limit` of them.
    Result<QList<ChangeEntry>> since(qint64 seq, int limit = 5000) const;
    Result<std::optional<ChangeEntry>> latest(const ChangeTarget &target) const;
    // Drops entries older than `before`, but never a record's latest one (an undo compares
    // against it) nor the newest of all (a window's starting point).
    Result<int> prune(const QDateTime &before);

    // "the command line (Ana Lima), 1 Dec 14:02": who wrote an entry, for messages.
    static QString describeWriter(const ChangeEntry &entry);

private:
    Database &m_db;
};

} // namespace Lectern
