// SPDX-License-Identifier: GPL-2.0-or-later
#include "changefeed.h"

#include "lectern_storage_debug.h"
#include "sqlutil.h"
#include "storage.h"

#include <QSqlDriver>
#include <QSqlError>

namespace Lectern {

ChangeFeed::ChangeFeed(Storage &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
{
    qRegisterMetaType<QList<Lectern::ChangeEntry>>();
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::tick);
}

void ChangeFeed::tick()
{
    if (!followConnection()) {
        tryReconnect();
        return;
    }
    if (auto ok = poll(); !ok) {
        if (followConnection()) {
            Q_EMIT failed(ok.error().message);
        }
    }
}

void ChangeFeed::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = firstMs;
    m_maxDelayMs = maxMs;
    m_delayMs = firstMs;
}

bool ChangeFeed::followConnection()
{
    Database &db = m_storage.database();
    const bool online = db.checkConnection();
    if (online != m_online) {
        m_online = online;
        if (!online) {
            m_delayMs = m_firstDelayMs;
            m_sinceAttempt.start();
            Q_EMIT connectionChanged(false, db.offlineError().message);
        }
    }
    return online;
}

void ChangeFeed::tryReconnect()
{
    if (m_sinceAttempt.isValid() && m_sinceAttempt.elapsed() < m_delayMs) {
        return;
    }
    m_sinceAttempt.start();
    ++m_reconnectAttempts;
    Database &db = m_storage.database();
    if (auto ok = db.reconnect(); !ok) {
        qCDebug(LECTERN_STORAGE) << "still offline:" << ok.error().message;
        m_delayMs = std::min(m_delayMs * 2, m_maxDelayMs);
        // The server answers but refuses (a newer schema): the user must learn why, once.
        if (ok.error().kind == Error::Kind::Refused && ok.error().message != m_refusal) {
            m_refusal = ok.error().message;
            Q_EMIT connectionChanged(false, m_refusal);
        }
        return;
    }
    m_refusal.clear();
    if (auto ok = listen(); !ok) {
        Q_EMIT failed(ok.error().message);
    }
    m_online = true;
    m_delayMs = m_firstDelayMs;
    // Catch up: whatever the log holds past the last entry seen, once.
    m_dataVersion = -1;
    if (auto ok = poll(); !ok) {
        Q_EMIT failed(ok.error().message);
    }
    Q_EMIT connectionChanged(true, tr("Connected to %1 again.").arg(db.path()));
}

Result<void> ChangeFeed::start(int intervalMs)
{
    auto last = m_storage.changeLog().lastSeq();
    if (!last) {
        return last.error();
    }
    auto version = dataVersion();
    if (!version) {
        return version.error();
    }
    m_lastSeen = last.value();
    m_dataVersion = version.value();
    m_timer.start(intervalMs);
    return listen();
}

Result<void> ChangeFeed::listen()
{
    // On a server every commit that wrote to the log is announced (NOTIFY, from a trigger on
    // change_log): the feed looks at once instead of at its next tick. A new connection
    // listens afresh.
    QSqlDriver *driver = m_storage.database().connection().driver();
    if (m_storage.database().isServer() && driver && driver->hasFeature(QSqlDriver::EventNotifications)) {
        if (!driver->subscribedToNotifications().contains(notificationChannel())) {
            if (!driver->subscribeToNotification(notificationChannel())) {
                return Error{
                        Error::Kind::Database,
                        tr("%1 did not let Lectern listen for other coordinators' changes: %2").arg(m_storage.database().path(), driver->lastError().text())};
            }
        }
        // One connection however often the feed is started (a lambda cannot be a unique one).
        disconnect(m_notifications);
        m_notifications = connect(driver,
                                  qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
                                  this,
                                  [this](const QString &name, QSqlDriver::NotificationSource source) {
                                      if (name != notificationChannel() || source == QSqlDriver::SelfSource || !m_timer.isActive()) {
                                          return;
                                      }
                                      tick();
                                  });
    }
    return {};
}

QString ChangeFeed::notificationChannel()
{
    return QStringLiteral("lectern_changes");
}

void ChangeFeed::stop()
{
    m_timer.stop();
}

Result<qint64> ChangeFeed::dataVersion() const
{
    // SQLite counts other connections' commits; on a server the log's newest entry tells.
    const bool server = m_storage.database().isServer();
    auto rows = Sql::run(m_storage.database().connection(),
                         server ? QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log") : QStringLiteral("PRAGMA data_version"));
    if (!rows) {
        return rows.error();
    }
    return rows.value().next() ? rows.value().value(0).toLongLong() : qint64(0);
}

Result<int> ChangeFeed::poll()
{
    ++m_polls;
    if (!m_storage.database().isOnline()) {
        return 0; // nothing can be read; the log is read from lastSeen() on reconnecting
    }
    if (m_storage.database().inTransaction()) {
        return 0; // a write of our own is under way; look again next time
    }
    auto version = dataVersion();
    if (!version) {
        return version.error();
    }
    if (version.value() == m_dataVersion) {
        return 0;
    }
    m_dataVersion = version.value();
    QList<ChangeEntry> others;
    for (;;) {
        auto entries = m_storage.changeLog().since(m_lastSeen);
        if (!entries) {
            return entries.error();
        }
        if (entries.value().isEmpty()) {
            break;
        }
        for (const ChangeEntry &entry : std::as_const(entries.value())) {
            m_lastSeen = entry.seq;
            if (entry.session == m_storage.database().sessionId()) {
                continue; // this connection's own write, announced when it committed
            }
            others << entry;
        }
    }
    qCDebug(LECTERN_STORAGE) << "change feed:" << others.size() << "changes from other connections, up to" << m_lastSeen;
    for (const ChangeEntry &entry : std::as_const(others)) {
        m_storage.announce(entry);
    }
    if (!others.isEmpty()) {
        Q_EMIT changedElsewhere(others);
    }
    return int(others.size());
}

} // namespace Lectern
