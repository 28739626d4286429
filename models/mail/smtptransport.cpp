// SPDX-License-Identifier: GPL-2.0-or-later
#include "smtptransport.h"

#include "lectern_sync_debug.h"

#include <KSMTP/LoginJob>
#include <KSMTP/SendJob>
#include <KSMTP/Session>
#include <KSMTP/SessionUiProxy>

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace Lectern {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SmtpTransport", text);
}

// Never accepts a certificate the system (or the account's own CA file) does not trust;
// KSMTP then ends the connection and says why through connectionError().
class RefuseUntrusted : public KSmtp::SessionUiProxy
{
public:
    bool ignoreSslError(const KSslErrorUiData &) override { return false; }
};

// Trust the account's CA file for this process, besides the system's certificates. KSMTP
// makes its socket with the default configuration, so that is where it goes.
QString trustCaFile(const QString &path)
{
    if (path.isEmpty()) {
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return tr("The certificate file %1 cannot be read: %2.").arg(path, file.errorString());
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        return tr("The certificate file %1 holds no PEM certificate.").arg(path);
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> trusted = configuration.caCertificates();
    trusted << certificates;
    configuration.setCaCertificates(trusted);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return {};
}
} // namespace

// KSMTP's send job, counting the server's answers: after MAIL FROM, one RCPT TO per
// recipient and DATA have been answered, the message itself is on its way, and a connection
// lost from then on leaves its fate unknown.
class SmtpTransport::TrackedSendJob : public KSmtp::SendJob
{
public:
    TrackedSendJob(KSmtp::Session *session, int recipients)
        : KSmtp::SendJob(session)
        , m_beforeData(2 + recipients)
    {
    }
    bool dataHandedOver() const { return m_answers >= m_beforeData; }
    bool dataAnswered() const { return m_answers > m_beforeData; }

protected:
    void handleResponse(const KSmtp::ServerResponse &response) override
    {
        ++m_answers;
        KSmtp::SendJob::handleResponse(response);
    }

private:
    int m_beforeData;
    int m_answers = 0;
};

SmtpTransport::SmtpTransport(const SmtpAccount &account, const QString &password, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_password(password)
{
}

SmtpTransport::~SmtpTransport()
{
    delete m_session;
}

QString SmtpTransport::server() const
{
    return m_account.displayName();
}

void SmtpTransport::send(const QByteArray &message, const QString &from, const QStringList &to)
{
    m_message = message;
    m_from = from;
    m_to = to;
    if (auto ok = m_account.validate(); !ok) {
        end({SendOutcome::Kind::Failed, ok.error().message, false});
        return;
    }
    if (const QString problem = trustCaFile(m_account.caFile); !problem.isEmpty()) {
        end({SendOutcome::Kind::Failed, problem, false});
        return;
    }
    m_session = new KSmtp::Session(m_account.host, m_account.port);
    m_session->setUiProxy(KSmtp::SessionUiProxy::Ptr(new RefuseUntrusted));
    m_session->setSocketTimeout(m_timeout);
    switch (m_account.security) {
    case SmtpAccount::Security::StartTls:
        m_session->setEncryptionMode(KSmtp::Session::STARTTLS);
        break;
    case SmtpAccount::Security::Tls:
        m_session->setEncryptionMode(KSmtp::Session::TLS);
        break;
    case SmtpAccount::Security::None:
        m_session->setEncryptionMode(KSmtp::Session::Unencrypted);
        break;
    }
    connect(m_session, &KSmtp::Session::connectionError, this, [this](const QString &error) {
        m_connectionError = error;
        // A refused connection leaves the session Disconnected all along: no state change
        // says so, this does.
        if (!m_started && m_session->state() == KSmtp::Session::Disconnected) {
            QTimer::singleShot(0, this, [this] { onStateChanged(int(KSmtp::Session::Disconnected)); });
        }
    });
    // Nothing at all from the server (a port that swallows packets): give up on connecting.
    QTimer::singleShot(m_timeout, this, [this] {
        if (!m_started && !m_done) {
            m_connectionError = tr("no answer within %1 seconds").arg(m_timeout / 1000);
            onStateChanged(int(KSmtp::Session::Disconnected));
        }
    });
    connect(m_session, &KSmtp::Session::stateChanged, this, [this](KSmtp::Session::State state) { onStateChanged(int(state)); });
    qCDebug(LECTERN_SYNC) << "SMTP: connecting to" << server();
    m_session->open();
}

void SmtpTransport::onStateChanged(int state)
{
    if (m_done) {
        return;
    }
    if (state == KSmtp::Session::NotAuthenticated && !m_started) {
        if (m_account.user.isEmpty()) {
            startSending();
        } else {
            login();
        }
    } else if (state == KSmtp::Session::Disconnected && !m_started) {
        // Before any job: the server could not be reached, or the TLS handshake failed.
        const QString why = m_connectionError.isEmpty() ? tr("no connection could be made") : m_connectionError;
        const bool certificate = m_connectionError.contains(QLatin1String("certificate"), Qt::CaseInsensitive);
        end({SendOutcome::Kind::Failed,
             certificate ? tr("The mail server %1 was not trusted: %2. Nothing was sent.").arg(server(), why)
                         : tr("The mail server %1 could not be reached: %2. Nothing was sent.").arg(server(), why),
             !certificate});
    }
}

void SmtpTransport::login()
{
    m_started = true;
    auto *job = new KSmtp::LoginJob(m_session);
    job->setUserName(m_account.user);
    job->setPassword(m_password);
    job->setPreferedAuthMode(KSmtp::LoginJob::Plain);
    connect(job, &KJob::result, this, [this](KJob *finished) {
        if (m_done) {
            return;
        }
        if (finished->error()) {
            const bool lost = m_session->state() == KSmtp::Session::Disconnected;
            end({SendOutcome::Kind::Failed,
                 lost ? tr("The mail server %1 closed the connection while logging in as %2: %3. Nothing was sent.")
                                 .arg(server(), m_account.user, m_connectionError.isEmpty() ? finished->errorString() : m_connectionError)
                      : tr("The mail server %1 refused the login as %2: %3. Nothing was sent.").arg(server(), m_account.user, finished->errorString()),
                 lost,
                 !lost});
            return;
        }
        startSending();
    });
    job->start();
}

void SmtpTransport::startSending()
{
    m_started = true;
    m_job = new TrackedSendJob(m_session, int(m_to.size()));
    m_job->setFrom(m_from);
    m_job->setTo(m_to);
    m_job->setData(m_message);
    connect(m_job, &KJob::result, this, [this](KJob *finished) {
        if (m_done) {
            return;
        }
        auto *job = static_cast<TrackedSendJob *>(finished);
        if (!finished->error()) {
            end({SendOutcome::Kind::Sent, tr("Sent through %1.").arg(server()), false});
            return;
        }
        const bool lost = m_session->state() == KSmtp::Session::Disconnected;
        if (lost && job->dataHandedOver() && !job->dataAnswered()) {
            end({SendOutcome::Kind::Unknown,
                 tr("The connection to %1 broke after the message was handed over and before the server confirmed it; it may have been sent.").arg(server()),
                 false});
        } else if (lost) {
            end({SendOutcome::Kind::Failed, tr("The connection to %1 broke before the message was handed over. Nothing was sent.").arg(server()), true});
        } else {
            end({SendOutcome::Kind::Failed, tr("The mail server %1 refused the message: %2").arg(server(), finished->errorString()), false});
        }
    });
    m_job->start();
}

void SmtpTransport::abort()
{
    if (m_done) {
        return;
    }
    if (m_job && m_job->dataHandedOver()) {
        end({SendOutcome::Kind::Unknown, tr("Stopped after the message was handed to %1; it may have been sent.").arg(server()), false});
    } else {
        end({SendOutcome::Kind::Failed, tr("Stopped before the message was handed to %1. Nothing was sent.").arg(server()), true});
    }
}

void SmtpTransport::end(const SendOutcome &outcome)
{
    if (m_done) {
        return;
    }
    m_done = true;
    qCDebug(LECTERN_SYNC) << "SMTP:" << outcome.message;
    if (m_session && m_session->state() != KSmtp::Session::Disconnected) {
        m_session->quit();
    }
    Q_EMIT finished(outcome);
}

} // namespace Lectern
