// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "outbox/outboxsender.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace Lectern {
class MailPassword;
class Storage;

// The window's sender: looks at the outbox every minute and whenever an entry is added, and
// sends what is due in the background (an OutboxSender), with the mail account from the
// settings and its password from MailPassword, the tracker token from the sync's token file.
// One run at a time; it can be cancelled.
class OutboxRunner : public QObject
{
    Q_OBJECT
public:
    OutboxRunner(Storage &storage, QNetworkAccessManager &network, MailPassword &password, QObject *parent = nullptr);

    // Sends what is due now (or only `ids`, due or not: "Send Now").
    void send(const QList<qint64> &ids = {});
    void cancel();
    bool isRunning() const { return m_sender != nullptr; }
    // Automatic sending on (the window) or off (tests drive it).
    void setAutomatic(bool automatic);
    const OutboxSender::Report &lastReport() const { return m_last; }

Q_SIGNALS:
    void started();
    void progress(int done, int total, const QString &what);
    void finished(const OutboxSender::Report &report);

private:
    void run(const QList<qint64> &ids, const OutboxCredentials &credentials);

    Storage &m_storage;
    QNetworkAccessManager &m_network;
    MailPassword &m_password;
    QTimer m_timer;
    QPointer<OutboxSender> m_sender;
    OutboxSender::Report m_last;
    bool m_asking = false;
};

} // namespace Lectern
