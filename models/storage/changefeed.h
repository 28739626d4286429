// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "changeentry.h"
#include "result.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Lectern {
class Storage;

// Lets an open window follow writes made through other connections (the CLI, another
// window, a sync in another process). SQLite tells a connection that someone else
// committed through `PRAGMA data_version`, one cheap read on a short timer; only then is
// the change log read from the last entry seen, and each entry is announced through the
// repositories' own signals, so the item models update the rows concerned as they do for
// this window's writes. The PostgreSQL mode replaces the timer with LISTEN/NOTIFY.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(Storage &storage, QObject *parent = nullptr);

    // Starts following from the newest entry now in the log.
    Result<void> start(int intervalMs = 250);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    int interval() const { return m_timer.interval(); }

    // One look: announces what other connections committed since the last look and returns
    // how many entries that was. The timer calls it; tests call it directly.
    Result<int> poll();
    qint64 lastSeen() const { return m_lastSeen; }
    int polls() const { return m_polls; }
    // What a server announces each change on (a trigger on change_log NOTIFYs it).
    static QString notificationChannel();
    // On a lost server connection the feed tries to connect again, first after `firstMs`,
    // then twice as long each time up to `maxMs`; on reconnecting it reads the change log
    // from the last entry it saw, so nothing another wrote meanwhile is missed or announced
    // twice.
    void setReconnectDelays(int firstMs, int maxMs);
    int reconnectAttempts() const { return m_reconnectAttempts; }

Q_SIGNALS:
    // After the repositories announced them: what others changed, for views that show more
    // than rows (a status line, an open editor).
    void changedElsewhere(const QList<Lectern::ChangeEntry> &entries);
    void failed(const QString &message);
    // The shared schedule's connection went (`online` false, with the reason) or came back.
    void connectionChanged(bool online, const QString &message);

private:
    Result<qint64> dataVersion() const;
    Result<void> listen();
    void tick();
    // Compares the database's state with what was last said; true while online.
    bool followConnection();
    void tryReconnect();

    Storage &m_storage;
    QTimer m_timer;
    QMetaObject::Connection m_notifications; // the server's announcements, on a shared schedule
    qint64 m_lastSeen = 0;
    qint64 m_dataVersion = -1;
    int m_polls = 0;
    bool m_online = true;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 30000;
    int m_delayMs = 1000;
    int m_reconnectAttempts = 0;
    QElapsedTimer m_sinceAttempt;
    QString m_refusal; // what the server said when it refused the last reconnect
};

} // namespace Lectern
