// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "caldav/caldavpublisher.h"
#include "change.h"
#include "domain/outboxentry.h"
#include "storage/publishrepository.h"

#include <QUrl>

#include <memory>
#include <optional>

namespace Lectern {
class Storage;

// The coordinator's side of publishing to a CalDAV collection: what stands (the last
// publish, what waits, the conflicts) and the two answers to a conflict. The publishing
// itself is CalDavPublisher's, through the outbox.
namespace PublishOperations {

struct Status
{
    QString collection; // the key it is known by
    std::optional<PublishRun> lastRun;
    CalDavPublisher::Pending pending;
    QList<PublishConflict> conflicts;
    std::optional<OutboxEntry> waiting; // the publish queued in the outbox, if one is
};
// `hashes` (kept by a window between calls) spares hashing the talks that did not change.
Result<Status> status(Storage &storage, const QUrl &collection, CalDavPublisher::HashCache *hashes = nullptr);

// The talk's event of a conflict, found by its UID (an error when there is no such conflict).
Result<PublishConflict> conflictFor(Storage &storage, const QUrl &collection, qint64 talkId);

// The next publish replaces the server's copy (the one the conflict was found with; a copy
// edited again since is a new conflict). Undo takes the choice back while it was not used.
std::unique_ptr<Change> overwrite(Storage &storage, const QUrl &collection, const QString &uid);
// The server's copy stays as it is: Lectern takes it as this talk's published event, and
// only the talk's next change here is published over it (a talk withdrawn here is left to
// the server). Undo brings the conflict back.
std::unique_ptr<Change> keepServerCopy(Storage &storage, const QUrl &collection, const QString &uid);

} // namespace PublishOperations
} // namespace Lectern
