// SPDX-License-Identifier: GPL-2.0-or-later
#include "outboxrunner.h"

#include "caldav/calendaraccount.h"
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
    // What is to go out decides which passwords are asked for.
    QList<OutboxEntry> going;
    if (ids.isEmpty()) {
        auto due = m_storage.outbox().due(QDateTime::currentDateTimeUtc());
        if (!due || due.value().isEmpty()) {
            return;
        }
        going = due.value();
    } else {
        for (qint64 id : ids) {
            if (auto entry = m_storage.outbox().find(id)) {
                going << entry.value();
            }
        }
    }
    bool mail = false;
    bool calendar = false;
    for (const OutboxEntry &entry : std::as_const(going)) {
        mail = mail || entry.kind == OutboxEntry::Kind::Email;
        calendar = calendar || entry.kind == OutboxEntry::Kind::CalendarPublish;
    }
    QSettings settings;
    OutboxCredentials credentials;
    if (const QString tokenFile = settings.value(QStringLiteral("sync/tokenFile")).toString(); !tokenFile.isEmpty()) {
        if (auto token = ApiToken::fromFile(tokenFile)) {
            credentials.trackerToken = token.value();
        }
    } else if (auto token = ApiToken::fromEnvironment()) {
        credentials.trackerToken = token.value();
    }
    const SmtpAccount account = MailSecrets::loadAccount(settings);
    if (account.isSet()) {
        credentials.smtp = account;
    }
    const CalendarAccount calendarAccount = CalendarAccount::load(settings);
    credentials.calendarUser = calendarAccount.user;
    m_asking = true;
    const auto withCalendar = [this, ids, calendar, calendarAccount](OutboxCredentials credentials) {
        if (!calendar || calendarAccount.user.isEmpty()) {
            m_asking = false;
            run(ids, credentials);
            return;
        }
        SmtpAccount shown;
        shown.host = calendarAccount.collection.host();
        shown.user = calendarAccount.user;
        m_password.get(QStringLiteral("caldav:%1@%2").arg(calendarAccount.user, calendarAccount.collection.toString(QUrl::RemoveUserInfo)),
                       shown,
                       tr("The outbox has the calendar to publish to %1 as %2.").arg(calendarAccount.collection.toDisplayString(), calendarAccount.user),
                       [this, ids, credentials](std::optional<QString> password) mutable {
                           m_asking = false;
                           credentials.calendarPassword = password.value_or(QString());
                           run(ids, credentials);
                       });
    };
    if (!mail || !account.isSet() || account.user.isEmpty()) {
        withCalendar(credentials);
        return;
    }
    m_password.get(account, [credentials, withCalendar](std::optional<QString> password) mutable {
        if (password) {
            credentials.smtpPassword = *password;
        } else {
            credentials.smtp.reset(); // declined: the mail waits, the rest goes
        }
        withCalendar(credentials);
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
