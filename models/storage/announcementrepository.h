// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/announcement.h"
#include "result.h"

#include <QHash>
#include <QObject>

namespace Lectern {
class Database;

// The announcement log: what went out for which talk, when and to whom.
class AnnouncementRepository : public QObject
{
    Q_OBJECT
public:
    explicit AnnouncementRepository(Database &db, QObject *parent = nullptr);

    Result<qint64> add(const Announcement &announcement);
    Result<QList<Announcement>> forTalk(qint64 talkId) const;
    // The latest announcement of each of these talks that has one.
    Result<QHash<qint64, Announcement>> latestFor(const QList<qint64> &talkIds) const;

Q_SIGNALS:
    void announcementAdded(qint64 talkId);

private:
    Database &m_db;
};

} // namespace Lectern
