// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/talk.h"
#include "result.h"

#include <QHash>
#include <QObject>

#include <optional>
#include <utility>

namespace Lectern {
class Database;

// Talks with their speaker links and topics. Every write is one transaction; the signals
// fire after it commits, so the item models that follow them never see rows that were
// rolled back.
class TalkRepository : public QObject
{
    Q_OBJECT
public:
    explicit TalkRepository(Database &db, QObject *parent = nullptr);

    // All talks, scheduled ones by date and time, then the unscheduled ones.
    Result<QList<Talk>> all() const;
    // Scheduled talks with from <= date <= to; an invalid bound is open.
    Result<QList<Talk>> inRange(const QDate &from, const QDate &to) const;
    Result<Talk> find(qint64 id) const;
    // Every talk's id and row version, without the rest: what a cache of something worked out
    // per talk checks before it reads the talks that changed.
    Result<QHash<qint64, int>> versions() const;
    // The talks with these ids (any order; ids not found are left out).
    Result<QList<Talk>> findAll(const QList<qint64> &ids) const;
    // Talks without a date, for the "not scheduled" list.
    Result<QList<Talk>> unscheduled() const;
    // The highest (season, episode) of a series so far, to suggest the next numbers.
    Result<std::optional<std::pair<int, int>>> lastEpisode(qint64 seriesId) const;
    // The date of the latest scheduled talk, invalid when none is scheduled.
    Result<QDate> latestDate() const;
    // Every topic used so far, for completion.
    Result<QStringList> topicNames() const;

    // Stores a new talk (a missing iCalendar UID is generated) and returns its id.
    Result<qint64> add(const Talk &talk);
    // Writes every field of the talk, if its version is still the stored one.
    Result<void> update(const Talk &talk);
    Result<void> remove(qint64 id);
    // A new iCalendar UID, as add() gives a talk that has none.
    static QString newUid();
    // Puts back a removed talk with its id, UID, speakers and topics (undoing a delete).
    Result<void> restore(const Talk &talk);
    // Logs and announces a change to a talk's links made outside this class (a speaker
    // merge), inside the caller's transaction.
    Result<void> notifyChanged(qint64 id);

Q_SIGNALS:
    void talkAdded(qint64 id);
    void talkUpdated(qint64 id);
    void talkRemoved(qint64 id);

private:
    Result<QList<Talk>> query(const QString &where, const QVariantList &values) const;
    Result<void> writeLinks(const Talk &talk, qint64 id);
    Result<qint64> insert(const Talk &talk, qint64 explicitId);
    Database &m_db;
};

} // namespace Lectern
