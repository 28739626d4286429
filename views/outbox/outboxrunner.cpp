// SPDX-License-Identifier: GPL-2.0-or-later
#include "outboxrunner.h"

#include "mail/mailsecrets.h"
#include "mailpassword.h"
#include "storage/storage.h"
#include "sync/apitoken.h"

#include <QSettings>

namespace Lectern {

OutboxRunner::OutboxRunner(Storage &storage, QNetworkAccessManager &network, MailPassword &password, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_network(network)
    , m_password(password)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        auto summary = m_storage.outbox().summary(QDateTime::currentDateTimeUtc());
        if (summary && summary.value().due > 0) {
            send();
        }
    });
}

void OutboxRunner::setAutomatic(bool automatic)
{
    if (automatic) {
        m_timer.start();
        // What is queued "now" goes out now, not a minute later.
        connect(
                &m_storage.outbox(), &OutboxRepository::entryAdded, this, [this] { QTimer::singleShot(500, this, [this] { send(); }); }, Qt::UniqueConnection);
    } else {
        m_timer.stop();
    }
}

void OutboxRunner::send(const QList<qint64> &ids)
{
    if (m_sender || m_asking) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (ids.isEmpty()) {
        auto due = m_storage.outbox().due(now);
        if (!due || due.value().isEmpty()) {
            return;
        }
    }
    QSettings settings;
    OutboxCredentials credentials;
    const SmtpAccount account = MailSecrets::loadAccount(settings);
    if (const QString tokenFile = settings.value(QStringLiteral("sync/tokenFile")).toString(); !tokenFile.isEmpty()) {
        if (auto token = ApiToken::fromFile(tokenFile)) {
            credentials.trackerToken = token.value();
        }
    } else if (auto token = ApiToken::fromEnvironment()) {
        credentials.trackerToken = token.value();
    }
    if (!account.isSet()) {
        run(ids, credentials);
        return;
    }
    credentials.smtp = account;
    if (account.user.isEmpty()) {
        run(ids, credentials);
        return;
    }
    m_asking = true;
    m_password.get(account, [this, ids, credentials](std::optional<QString> password) mutable {
        m_asking = false;
        if (password) {
            credentials.smtpPassword = *password;
        } else {
            credentials.smtp.reset(); // declined: the mail waits, the tracker answers go
        }
        run(ids, credentials);
    });
}

void OutboxRunner::run(const QList<qint64> &ids, const OutboxCredentials &credentials)
{
    m_sender = new OutboxSender(m_storage, m_network, credentials, this);
    m_sender->setOnly(ids);
    connect(m_sender, &OutboxSender::progress, this, &OutboxRunner::progress);
    connect(m_sender, &OutboxSender::finished, this, [this](const OutboxSender::Report &report) {
        m_last = report;
        m_sender->deleteLater();
        m_sender = nullptr;
        if (report.loginRefused) {
            m_password.forget(); // asked again next time
        }
        Q_EMIT finished(report);
    });
    Q_EMIT started();
    m_sender->start();
}

void OutboxRunner::cancel()
{
    if (m_sender) {
        m_sender->cancel();
    }
}

} // namespace Lectern
