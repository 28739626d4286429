// SPDX-License-Identifier: GPL-2.0-or-later
#include "publishoperations.h"

#include "outboxoperations.h"

#include "storage/storage.h"

#include <QCoreApplication>

namespace Lectern::PublishOperations {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PublishOperations", text);
}

Result<PublishConflict> findConflict(Storage &storage, const QString &key, const QString &uid)
{
    auto found = storage.publishing().findConflict(key, uid);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error{Error::Kind::NotFound, tr("The event %1 has no conflict left in the calendar %2.").arg(uid, key)};
    }
    return *found.value();
}

// The talk of a conflict as it is now, when it is still one the calendar shows.
std::optional<Talk> publishedTalk(Storage &storage, const PublishConflict &conflict)
{
    if (conflict.withdrawn || conflict.talkId <= 0) {
        return std::nullopt;
    }
    auto talk = storage.talks().find(conflict.talkId);
    if (!talk || talk.value().icalUid != conflict.uid || !talk.value().date.isValid() || !talk.value().hasTime()) {
        return std::nullopt;
    }
    return talk.value();
}
} // namespace

Result<Status> status(Storage &storage, const QUrl &collection, CalDavPublisher::HashCache *hashes)
{
    Status status;
    status.collection = CalDavPublisher::collectionKey(collection);
    auto run = storage.publishing().lastRun(status.collection);
    if (!run) {
        return run.error();
    }
    status.lastRun = run.value();
    auto conflicts = storage.publishing().conflicts(status.collection);
    if (!conflicts) {
        return conflicts.error();
    }
    status.conflicts = conflicts.value();
    auto pending = CalDavPublisher::pending(storage, collection, hashes);
    if (!pending) {
        return pending.error();
    }
    status.pending = pending.value();
    auto waiting = OutboxOperations::waitingPublish(storage, collection, true);
    if (!waiting) {
        return waiting.error();
    }
    status.waiting = waiting.value();
    return status;
}

Result<PublishConflict> conflictFor(Storage &storage, const QUrl &collection, qint64 talkId)
{
    const QString key = CalDavPublisher::collectionKey(collection);
    auto conflicts = storage.publishing().conflicts(key);
    if (!conflicts) {
        return conflicts.error();
    }
    for (const PublishConflict &conflict : conflicts.value()) {
        if (conflict.talkId == talkId) {
            return conflict;
        }
    }
    return Error{Error::Kind::NotFound, tr("Talk %1 has no conflict in the calendar %2.").arg(QString::number(talkId), key)};
}

std::unique_ptr<Change> overwrite(Storage &storage, const QUrl &collection, const QString &uid)
{
    const QString key = CalDavPublisher::collectionKey(collection);
    auto found = storage.publishing().findConflict(key, uid);
    const QString title = found && found.value() ? found.value()->title : uid;
    auto apply = [&storage, key, uid]() -> Result<void> {
        if (auto conflict = findConflict(storage, key, uid); !conflict) {
            return conflict.error();
        }
        return storage.publishing().setOverwrite(key, uid, true);
    };
    auto revert = [&storage, key, uid]() -> Result<void> {
        auto conflict = findConflict(storage, key, uid);
        if (!conflict) {
            return Error{Error::Kind::Conflict, tr("The next publish has already overwritten the server's copy of %1.").arg(uid)};
        }
        return storage.publishing().setOverwrite(key, uid, false);
    };
    return std::make_unique<StepChange>(storage, tr("Overwrite “%1” on the calendar server").arg(title), apply, revert);
}

std::unique_ptr<Change> keepServerCopy(Storage &storage, const QUrl &collection, const QString &uid)
{
    const QString key = CalDavPublisher::collectionKey(collection);
    auto found = storage.publishing().findConflict(key, uid);
    const QString title = found && found.value() ? found.value()->title : uid;
    // What undo brings back: the conflict and the event as it was published before.
    auto before = std::make_shared<std::pair<PublishConflict, std::optional<PublishedEvent>>>();
    auto apply = [&storage, key, uid, before]() -> Result<void> {
        auto conflict = findConflict(storage, key, uid);
        if (!conflict) {
            return conflict.error();
        }
        auto published = storage.publishing().findPublished(key, uid);
        if (!published) {
            return published.error();
        }
        *before = {conflict.value(), published.value()};
        const std::optional<Talk> talk = publishedTalk(storage, conflict.value());
        if (!talk) {
            return storage.publishing().forget(key, uid);
        }
        auto series = storage.series().current();
        if (!series) {
            return series.error();
        }
        PublishedEvent kept;
        kept.uid = uid;
        kept.talkId = talk->meta.id;
        kept.name = conflict.value().name;
        kept.etag = conflict.value().serverEtag;
        kept.sequence = published.value() ? published.value()->sequence : talk->sequence;
        kept.hash = CalDavPublisher::eventHash(series.value(), *talk);
        return storage.publishing().remember(key, kept);
    };
    auto revert = [&storage, key, uid, before]() -> Result<void> {
        Transaction transaction(storage.database());
        if (!transaction.isActive()) {
            return transaction.error();
        }
        Result<void> restored = before->second ? storage.publishing().remember(key, *before->second) : storage.publishing().forget(key, uid);
        if (!restored) {
            return restored;
        }
        if (auto ok = storage.publishing().saveConflict(key, before->first); !ok) {
            return ok;
        }
        return transaction.commit();
    };
    return std::make_unique<StepChange>(storage, tr("Keep the server's copy of “%1”").arg(title), apply, revert);
}

} // namespace Lectern::PublishOperations
