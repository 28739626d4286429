// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Lectern {
class Database;

// A talk's event as it was last published to a collection.
struct PublishedEvent
{
    QString uid;
    qint64 talkId = 0;
    QString name; // the resource, <UID>.ics
    QByteArray etag; // what the server answered; what the next write sends as If-Match
    int sequence = 0;
    QByteArray hash; // of the event without its stamps: what "changed" compares
};

// An event the last publish left alone because it changed on the server since.
struct PublishConflict
{
    QString uid;
    qint64 talkId = 0;
    QString title;
    QString name;
    QByteArray serverEtag; // the server's copy as it was seen
    QString differs; // what differs, for people
    bool withdrawn = false; // the talk left the calendar here; the server's copy was edited
    bool overwrite = false; // the coordinator chose: the next publish overwrites it
    QDateTime foundAt;
};

// What the last publish to a collection did.
struct PublishRun
{
    QDateTime finishedAt;
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    QString error; // the server could not be used; empty when it went through
};

// What Lectern knows of each CalDAV collection it publishes to: the events as published,
// the last run, and the conflicts left for the coordinator. Every write is in the change
// log (keyed by the collection and the event's UID), so other windows follow.
class PublishRepository : public QObject
{
    Q_OBJECT
public:
    explicit PublishRepository(Database &db, QObject *parent = nullptr);

    Result<QHash<QString, PublishedEvent>> published(const QString &collection) const;
    Result<std::optional<PublishedEvent>> findPublished(const QString &collection, const QString &uid) const;
    // Writes the event as published and drops a conflict the UID had.
    Result<void> remember(const QString &collection, const PublishedEvent &event);
    // The event is no longer published (deleted, or left to the server); drops its conflict.
    Result<void> forget(const QString &collection, const QString &uid);

    Result<QList<PublishConflict>> conflicts(const QString &collection) const;
    Result<std::optional<PublishConflict>> findConflict(const QString &collection, const QString &uid) const;
    // Adds or replaces a conflict (keeping the coordinator's "overwrite" when the server's
    // copy is the one it was given for).
    Result<void> saveConflict(const QString &collection, const PublishConflict &conflict);
    Result<void> removeConflict(const QString &collection, const QString &uid);
    // Drops the conflicts whose UIDs are not in `current`: a complete publish found them gone.
    Result<void> keepOnlyConflicts(const QString &collection, const QSet<QString> &current);
    Result<void> setOverwrite(const QString &collection, const QString &uid, bool overwrite);

    Result<std::optional<PublishRun>> lastRun(const QString &collection) const;
    Result<void> recordRun(const QString &collection, const PublishRun &run);

    // The collection a change-log key of this repository names.
    static QString collectionOfKey(const QString &key);

Q_SIGNALS:
    // Anything of this collection changed: events, conflicts, the last run.
    void changed(const QString &collection);

private:
    Result<void> logged(const QString &collection, const QString &uid = QString());

    Database &m_db;
};

} // namespace Lectern
