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
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto ok = poll(); !ok) {
            Q_EMIT failed(ok.error().message);
        }
    });
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
    // On a server every commit that wrote to the log is announced (NOTIFY, from a trigger on
    // change_log): the feed looks at once instead of at its next tick.
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
                                      if (auto ok = poll(); !ok) {
                                          Q_EMIT failed(ok.error().message);
                                      }
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
