// SPDX-License-Identifier: GPL-2.0-or-later
#include "outboxsender.h"

#include "caldav/caldavpublisher.h"
#include "lectern_sync_debug.h"
#include "mail/mailcomposer.h"
#include "mail/smtptransport.h"
#include "storage/storage.h"
#include "sync/conduitanswer.h"
#include "sync/conduitclient.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace Lectern {
namespace {
// "https://phabricator.example.org/T123" → the server's base and the task.
std::pair<QUrl, QString> splitTaskUrl(const QString &taskUrl)
{
    QUrl url(taskUrl);
    QString path = url.path();
    const QString task = path.section(QLatin1Char('/'), -1);
    path.chop(task.size());
    url.setPath(path);
    return {url, task};
}
} // namespace

OutboxSender::OutboxSender(Storage &storage, QNetworkAccessManager &network, const OutboxCredentials &credentials, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_network(network)
    , m_credentials(credentials)
{
}

OutboxSender::~OutboxSender() = default;

std::optional<int> OutboxSender::retryDelaySeconds(int tries)
{
    // 1, 2, 4 … 64 minutes: eight tries over about two hours, then the user decides.
    if (tries < 1 || tries > 7) {
        return std::nullopt;
    }
    return 60 * (1 << (tries - 1));
}

QString OutboxSender::claimant()
{
    return QStringLiteral("%1 %2").arg(QSysInfo::machineHostName(), QString::number(QCoreApplication::applicationPid()));
}

bool OutboxSender::senderIsGone(const OutboxEntry &entry, const QDateTime &now)
{
    const QString host = entry.claimedBy.section(QLatin1Char(' '), 0, 0);
    bool isNumber = false;
    const qint64 pid = entry.claimedBy.section(QLatin1Char(' '), 1, 1).toLongLong(&isNumber);
    if (host == QSysInfo::machineHostName() && isNumber && pid > 0) {
        if (pid == QCoreApplication::applicationPid()) {
            return false;
        }
        return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
    }
    return !entry.meta.modified.isValid() || entry.meta.modified.secsTo(now) > 30 * 60;
}

void OutboxSender::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_cancelled = false;
    m_report = Report{};
    const QDateTime at = now();
    if (auto recovered = m_storage.outbox().recoverInterrupted([at](const OutboxEntry &entry) { return senderIsGone(entry, at); });
        recovered && recovered.value() > 0) {
        m_report.messages << tr("%n entry(ies) had been left half-sent by a sender that stopped; their outcome is unknown.", nullptr, recovered.value());
        m_report.unknown += recovered.value();
    }
    m_queue.clear();
    if (m_only.isEmpty()) {
        if (auto due = m_storage.outbox().due(at)) {
            m_queue = due.value();
        } else {
            m_report.messages << due.error().message;
        }
    } else {
        for (qint64 id : std::as_const(m_only)) {
            auto entry = m_storage.outbox().find(id);
            if (!entry) {
                m_report.messages << entry.error().message;
                ++m_report.skipped;
            } else if (entry.value().state != OutboxEntry::State::Queued && entry.value().state != OutboxEntry::State::Failed) {
                m_report.messages << tr("Entry %1 is %2, not waiting; it was not sent.").arg(QString::number(id), displayName(entry.value().state));
                ++m_report.skipped;
            } else {
                m_queue << entry.value();
            }
        }
    }
    m_total = int(m_queue.size());
    m_done = 0;
    QTimer::singleShot(0, this, &OutboxSender::next);
}

void OutboxSender::cancel()
{
    m_cancelled = true;
    m_report.cancelled = true;
    if (m_transport) {
        m_transport->abort();
    } else if (m_conduit) {
        m_conduit->cancel();
    }
    // A publish in progress ends after the request under way; the next one catches up.
}

QString OutboxSender::why(const OutboxEntry &entry) const
{
    switch (entry.kind) {
    case OutboxEntry::Kind::Email:
        return tr("“%1” to %2").arg(entry.subject, entry.recipients.join(QStringLiteral(", ")));
    case OutboxEntry::Kind::TrackerComment:
        return tr("the answer on %1").arg(entry.recipients.join(QStringLiteral(", ")));
    case OutboxEntry::Kind::CalendarPublish:
        break;
    }
    return tr("the calendar %1").arg(entry.recipients.join(QStringLiteral(", ")));
}

void OutboxSender::next()
{
    if (m_cancelled || m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT finished(m_report);
        return;
    }
    const OutboxEntry entry = m_queue.takeFirst();
    Q_EMIT progress(m_done, m_total, why(entry));
    const bool email = entry.kind == OutboxEntry::Kind::Email;
    if (email && !m_credentials.smtp) {
        ++m_report.skipped;
        m_report.messages << tr("Entry %1 waits: no mail account is set up to send %2.").arg(QString::number(entry.meta.id), why(entry));
        ++m_done;
        QTimer::singleShot(0, this, &OutboxSender::next);
        return;
    }
    if (entry.kind == OutboxEntry::Kind::TrackerComment && m_credentials.trackerToken.isEmpty()) {
        ++m_report.skipped;
        m_report.messages << tr("Entry %1 waits: no tracker token was given to post %2.").arg(QString::number(entry.meta.id), why(entry));
        ++m_done;
        QTimer::singleShot(0, this, &OutboxSender::next);
        return;
    }
    auto claimed = m_storage.outbox().claim(entry, claimant(), now());
    if (!claimed) {
        // Another sender took it, or the user changed or cancelled it: not ours to send.
        ++m_report.skipped;
        m_report.messages << claimed.error().message;
        ++m_done;
        QTimer::singleShot(0, this, &OutboxSender::next);
        return;
    }
    // A message written for a talk that changed since (moved, retitled) is not sent as it is.
    if (entry.talkId > 0 && entry.talkVersion > 0) {
        auto talk = m_storage.talks().find(entry.talkId);
        if (talk && talk.value().meta.version != entry.talkVersion) {
            conclude(claimed.value(),
                     OutboxEntry::State::Failed,
                     tr("The talk “%1” changed after this message was written; look at the message and send it again.").arg(talk.value().title),
                     false);
            return;
        }
    }
    if (entry.kind == OutboxEntry::Kind::CalendarPublish) {
        publishCalendar(claimed.value());
    } else if (email) {
        sendEmail(claimed.value());
    } else {
        postToTracker(claimed.value());
    }
}

void OutboxSender::sendEmail(const OutboxEntry &entry)
{
    EmailMessage message;
    message.fromName = entry.fromName;
    message.fromAddress = entry.fromAddress;
    message.to = entry.recipients;
    message.subject = entry.subject;
    message.body = entry.body;
    message.date = now();
    message.messageId = entry.messageId;
    if (!entry.attachment.isEmpty()) {
        message.attachment = EmailMessage::Attachment{entry.attachmentName, QByteArrayLiteral("text/calendar"), QByteArrayLiteral("PUBLISH"), entry.attachment};
    }
    QStringList to;
    for (const QString &recipient : std::as_const(entry.recipients)) {
        to << MailComposer::bareAddress(recipient);
    }
    m_transport = new SmtpTransport(*m_credentials.smtp, m_credentials.smtpPassword, this);
    m_transport->setTimeout(m_timeout);
    connect(m_transport, &SmtpTransport::finished, this, [this, entry](const SendOutcome &outcome) {
        m_transport->deleteLater();
        switch (outcome.kind) {
        case SendOutcome::Kind::Sent:
            conclude(entry, OutboxEntry::State::Sent, outcome.message, false);
            break;
        case SendOutcome::Kind::Unknown:
            conclude(entry, OutboxEntry::State::Unknown, outcome.message, false);
            break;
        case SendOutcome::Kind::Failed:
            m_report.loginRefused = m_report.loginRefused || outcome.loginRefused;
            conclude(entry, OutboxEntry::State::Failed, outcome.message, outcome.retryable);
            break;
        }
    });
    m_transport->send(MailComposer::compose(message, MailComposer::Purpose::Send), MailComposer::bareAddress(entry.fromAddress), to);
}

void OutboxSender::postToTracker(const OutboxEntry &entry)
{
    const auto [base, task] = splitTaskUrl(entry.recipients.constFirst());
    if (const QString problem = ConduitClient::checkBaseUrl(base); !problem.isEmpty() || !task.startsWith(QLatin1Char('T'))) {
        conclude(entry, OutboxEntry::State::Failed, tr("“%1” is not a Phabricator task to answer on. %2").arg(entry.recipients.constFirst(), problem), false);
        return;
    }
    m_conduit = new ConduitClient(m_network, base, m_credentials.trackerToken, this);
    m_conduit->setTimeout(m_timeout);
    ConduitClient::Parameters parameters{{QStringLiteral("objectIdentifier"), task},
                                         {QStringLiteral("transactions[0][type]"), QStringLiteral("comment")},
                                         {QStringLiteral("transactions[0][value]"), entry.body}};
    if (!entry.trackerStatus.isEmpty()) {
        parameters << qMakePair(QStringLiteral("transactions[1][type]"), QStringLiteral("status"))
                   << qMakePair(QStringLiteral("transactions[1][value]"), entry.trackerStatus);
    }
    connect(m_conduit, &ConduitClient::answered, this, [this, entry, task = task](const QByteArray &body) {
        m_conduit->deleteLater();
        auto answer = Conduit::result(body, QStringLiteral("maniphest.edit"));
        if (!answer) {
            conclude(entry, OutboxEntry::State::Failed, tr("The tracker refused the answer on %1: %2").arg(task, answer.error().message), false);
            return;
        }
        conclude(entry, OutboxEntry::State::Sent, tr("Posted on %1.").arg(task), false);
    });
    connect(m_conduit, &ConduitClient::failed, this, [this, entry](const QString &message) {
        const bool delivered = m_conduit->lastRequestDelivered();
        m_conduit->deleteLater();
        if (delivered) {
            conclude(entry, OutboxEntry::State::Unknown, tr("%1 The answer may have been posted.").arg(message), false);
        } else {
            conclude(entry, OutboxEntry::State::Failed, tr("%1 Nothing was posted.").arg(message), true);
        }
    });
    m_conduit->call(QStringLiteral("maniphest.edit"), parameters);
}

void OutboxSender::publishCalendar(const OutboxEntry &entry)
{
    m_publisher =
            new CalDavPublisher(m_storage, m_network, QUrl(entry.recipients.constFirst()), m_credentials.calendarUser, m_credentials.calendarPassword, this);
    m_publisher->setTimeout(m_timeout);
    connect(m_publisher, &CalDavPublisher::finished, this, [this, entry](const CalDavPublisher::Report &report) {
        m_publisher->deleteLater();
        if (!report.error.isEmpty()) {
            conclude(entry, OutboxEntry::State::Failed, report.error, report.unreachable);
            return;
        }
        const QString done = tr("%1 created, %2 updated, %3 deleted, %4 unchanged.")
                                     .arg(QString::number(report.created),
                                          QString::number(report.updated),
                                          QString::number(report.deleted),
                                          QString::number(report.unchanged));
        if (!report.conflicts.isEmpty()) {
            // What could go out went out; the events changed on the server wait for the
            // coordinator's choice (kept with the publishing state, not as a failure to retry).
            QStringList titles;
            for (const CalDavPublisher::Conflict &conflict : report.conflicts) {
                titles << conflict.title;
            }
            conclude(entry,
                     OutboxEntry::State::Sent,
                     tr("%1 Changed on the server since the last publish and left as they are until you choose: %2 (Export → Publish, or lectern-cli "
                        "publish resolve).")
                             .arg(done, titles.join(QStringLiteral(", "))),
                     false);
            return;
        }
        conclude(entry, OutboxEntry::State::Sent, done, false);
    });
    m_publisher->start();
}

void OutboxSender::conclude(const OutboxEntry &entry, OutboxEntry::State state, const QString &message, bool retryable)
{
    const QDateTime at = now();
    QDateTime nextTry;
    if (state == OutboxEntry::State::Failed && retryable && !m_cancelled) {
        if (const auto delay = retryDelaySeconds(entry.tries)) {
            nextTry = at.addSecs(*delay);
        }
    }
    Result<void> written = [&]() -> Result<void> {
        Transaction transaction(m_storage.database());
        if (!transaction.isActive()) {
            return transaction.error();
        }
        if (auto ok = m_storage.outbox().finish(entry.meta.id, state, state == OutboxEntry::State::Sent ? QString() : message, nextTry, at); !ok) {
            return ok;
        }
        // An announcement that went out is in the talk's announcement log, in the same step.
        if (state == OutboxEntry::State::Sent && entry.kind == OutboxEntry::Kind::Email && entry.talkId > 0 && !entry.templateName.isEmpty()) {
            Announcement announcement;
            announcement.talkId = entry.talkId;
            announcement.templateName = entry.templateName;
            announcement.channel = Announcement::Channel::Smtp;
            announcement.recipients = entry.recipients;
            announcement.at = at;
            if (auto added = m_storage.announcements().add(announcement); !added) {
                return added.error();
            }
        }
        return transaction.commit();
    }();
    QString said = message;
    if (!written) {
        said = tr("%1 Writing that down failed: %2").arg(message, written.error().message);
    }
    switch (state) {
    case OutboxEntry::State::Sent:
        ++m_report.sent;
        break;
    case OutboxEntry::State::Unknown:
        ++m_report.unknown;
        break;
    default:
        ++m_report.failed;
        if (nextTry.isValid()) {
            said = tr("%1 Next try at %2.").arg(said, QLocale().toString(nextTry.toLocalTime(), QLocale::ShortFormat));
        }
        break;
    }
    m_report.messages << tr("Entry %1 (%2): %3").arg(QString::number(entry.meta.id), why(entry), said);
    qCInfo(LECTERN_SYNC) << "outbox entry" << entry.meta.id << toKey(state) << said;
    ++m_done;
    Q_EMIT entryFinished(entry.meta.id, state, said);
    Q_EMIT progress(m_done, m_total, why(entry));
    QTimer::singleShot(0, this, &OutboxSender::next);
}

} // namespace Lectern
