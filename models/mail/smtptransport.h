// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "smtpaccount.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace KSmtp {
class Session;
}

namespace Lectern {

// What became of one message handed to the mail server.
struct SendOutcome
{
    enum class Kind {
        Sent, // the server took it (250 after the data)
        Failed, // it was not sent: the reason says why
        Unknown, // the connection broke after the message was handed over
    };
    Kind kind = Kind::Failed;
    QString message; // the reason, with the server's answer where there was one
    bool retryable = false; // Failed only: trying again later may work (no connection)
    bool loginRefused = false; // Failed only: the user name or password was wrong
};

// Sends one message through KSMTP (KDE's SMTP library: STARTTLS or TLS, AUTH through Cyrus
// SASL) and says what came of it, telling apart "not sent" from "handed over, answer lost"
// so the outbox never sends a message twice. One message per transport object.
class SmtpTransport : public QObject
{
    Q_OBJECT
public:
    SmtpTransport(const SmtpAccount &account, const QString &password, QObject *parent = nullptr);
    ~SmtpTransport() override;

    // How long the connection may stay silent (KSMTP's socket timeout).
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    void send(const QByteArray &message, const QString &from, const QStringList &to);
    // Gives up: before the data went out the message is not sent; after, the outcome is unknown.
    void abort();

Q_SIGNALS:
    void finished(const SendOutcome &outcome);

private:
    void onStateChanged(int state);
    void login();
    void startSending();
    void end(const SendOutcome &outcome);
    QString server() const;

    SmtpAccount m_account;
    QString m_password;
    int m_timeout = 60000;
    QByteArray m_message;
    QString m_from;
    QStringList m_to;
    KSmtp::Session *m_session = nullptr;
    QString m_connectionError;
    bool m_started = false; // the send job runs
    bool m_done = false;
    class TrackedSendJob;
    QPointer<TrackedSendJob> m_job;
};

} // namespace Lectern
