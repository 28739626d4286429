// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/outboxentry.h"
#include "mail/smtpaccount.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Lectern {
class CalDavPublisher;
class ConduitClient;
class SmtpTransport;
class Storage;
struct SendOutcome;

// What the sender may use. None of it is stored by the outbox: the GUI fills it from the
// settings and the keyring, the CLI from its options, a password file or the environment.
struct OutboxCredentials
{
    std::optional<SmtpAccount> smtp;
    QString smtpPassword;
    QString trackerToken; // a Conduit API token
    QString calendarUser; // for publishing to a CalDAV collection
    QString calendarPassword;
};

// Sends what the outbox holds that is due, one entry at a time: claims it (so no other
// sender can), hands it over (SMTP for email, Conduit's maniphest.edit for tracker answers),
// writes what came of it. A message is never sent twice: an entry whose outcome is unknown
// waits for the user; one left `sending` by a sender that is gone becomes unknown.
// Failures that may pass (no connection) are retried with a growing delay.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    struct Report
    {
        int sent = 0;
        int failed = 0;
        int unknown = 0;
        int skipped = 0; // not tried: no account or token for them
        bool cancelled = false;
        bool loginRefused = false; // the mail password (or user) was wrong: ask again
        QStringList messages; // one per entry tried or skipped, for the CLI and the status bar
        bool serverFailure() const { return failed > 0 || unknown > 0; }
    };

    OutboxSender(Storage &storage, QNetworkAccessManager &network, const OutboxCredentials &credentials, QObject *parent = nullptr);
    ~OutboxSender() override;

    // The time used for "due" and for the stamps; the current time unless a test sets one.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    // Only these entries (outbox send --id, the page's "Send Now"), due or not.
    void setOnly(const QList<qint64> &ids) { m_only = ids; }

    void start();
    // Stops: the entry being sent ends as its transport says (not sent, or outcome unknown).
    void cancel();
    bool isRunning() const { return m_running; }

    // The delay before the next automatic try after `tries` failed tries; invalid once it
    // is time to give up (the user retries by hand).
    static std::optional<int> retryDelaySeconds(int tries);
    // "host pid" of this process, what a claimed entry names.
    static QString claimant();
    // Whether the sender that claimed an entry is gone: a process of this machine that no
    // longer runs, or a claim older than half an hour from elsewhere.
    static bool senderIsGone(const OutboxEntry &entry, const QDateTime &now);

Q_SIGNALS:
    void progress(int done, int total, const QString &what);
    void entryFinished(qint64 id, OutboxEntry::State state, const QString &message);
    void finished(const Report &report);

private:
    void next();
    void sendEmail(const OutboxEntry &entry);
    void postToTracker(const OutboxEntry &entry);
    void publishCalendar(const OutboxEntry &entry);
    void conclude(const OutboxEntry &entry, OutboxEntry::State state, const QString &message, bool retryable);
    QString why(const OutboxEntry &entry) const;
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    Storage &m_storage;
    QNetworkAccessManager &m_network;
    OutboxCredentials m_credentials;
    Clock m_clock;
    int m_timeout = 60000;
    QList<qint64> m_only;
    QList<OutboxEntry> m_queue;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    Report m_report;
    QPointer<SmtpTransport> m_transport;
    QPointer<ConduitClient> m_conduit;
    QPointer<CalDavPublisher> m_publisher;
};

} // namespace Lectern
