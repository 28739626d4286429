// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "mail/mailcomposer.h"
#include "mail/mailsecrets.h"
#include "operations/outboxoperations.h"
#include "outbox/outboxsender.h"
#include "storage/storage.h"
#include "sync/apitoken.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimeZone>

namespace Lectern::Cli {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonObject toJson(const OutboxEntry &entry)
{
    QJsonObject o{{QStringLiteral("id"), entry.meta.id},
                  {QStringLiteral("kind"), toKey(entry.kind)},
                  {QStringLiteral("state"), toKey(entry.state)},
                  {QStringLiteral("to"), QJsonArray::fromStringList(entry.recipients)},
                  {QStringLiteral("subject"), entry.subject},
                  {QStringLiteral("sendAt"), entry.sendAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("tries"), entry.tries},
                  {QStringLiteral("lastError"), entry.lastError},
                  {QStringLiteral("template"), entry.templateName}};
    if (entry.talkId > 0) {
        o.insert(QStringLiteral("talk"), entry.talkId);
    }
    if (entry.proposalId > 0) {
        o.insert(QStringLiteral("proposal"), entry.proposalId);
    }
    if (entry.nextTryAt.isValid()) {
        o.insert(QStringLiteral("nextTryAt"), entry.nextTryAt.toUTC().toString(Qt::ISODate));
    }
    if (entry.sentAt.isValid()) {
        o.insert(QStringLiteral("sentAt"), entry.sentAt.toUTC().toString(Qt::ISODate));
    }
    if (!entry.trackerStatus.isEmpty()) {
        o.insert(QStringLiteral("trackerStatus"), entry.trackerStatus);
    }
    return o;
}

QString describe(const OutboxEntry &entry)
{
    QString line = QStringLiteral("%1\t%2\t%3\t%4\t%5")
                           .arg(QString::number(entry.meta.id),
                                toKey(entry.state),
                                entry.sendAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                                entry.recipients.join(QStringLiteral(", ")),
                                entry.kind == OutboxEntry::Kind::TrackerComment ? MailComposer::oneLine(entry.body).left(80) : entry.subject);
    if (!entry.lastError.isEmpty()) {
        line += QStringLiteral("\n\t") + entry.lastError;
    }
    return line;
}

// YYYY-MM-DDTHH:MM in UTC, as every time the CLI takes.
std::optional<QDateTime> parseUtc(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!at.isValid()) {
        return std::nullopt;
    }
    at.setTimeZone(QTimeZone::utc());
    return at;
}

int announce(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("talk"), tr("The talk to announce."), QStringLiteral("ID")},
                       {QStringLiteral("template"), tr("The template (default: announcement)."), QStringLiteral("NAME")},
                       {QStringLiteral("at"), tr("Send at this time (UTC) instead of now."), QStringLiteral("YYYY-MM-DDTHH:MM")},
                       {QStringLiteral("before"), tr("Send a reminder this long before the talk: week, day or 2h."), QStringLiteral("WHEN")},
                       {QStringLiteral("attach-ics"), tr("Attach the talk as an iCalendar file.")},
                       {QStringLiteral("force"), tr("Queue it even when this template already went out for the talk.")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    qint64 talkId = 0;
    if (!parser.isSet(QStringLiteral("talk")) || !parseId(parser.value(QStringLiteral("talk")), QStringLiteral("--talk"), &talkId, context)) {
        return context.fail(Usage, tr("announce needs --talk ID."));
    }
    if (parser.isSet(QStringLiteral("at")) && parser.isSet(QStringLiteral("before"))) {
        return context.fail(Usage, tr("announce takes --at or --before, not both."));
    }
    OutboxOperations::When when = OutboxOperations::When::Now;
    QDateTime at;
    if (parser.isSet(QStringLiteral("at"))) {
        const auto parsed = parseUtc(parser.value(QStringLiteral("at")));
        if (!parsed) {
            return context.fail(BadInput, tr("--at: “%1” is not a time like 2026-12-24T18:00.").arg(parser.value(QStringLiteral("at"))));
        }
        when = OutboxOperations::When::At;
        at = *parsed;
    } else if (parser.isSet(QStringLiteral("before"))) {
        const QString before = parser.value(QStringLiteral("before"));
        if (before == QLatin1String("week")) {
            when = OutboxOperations::When::WeekBefore;
        } else if (before == QLatin1String("day")) {
            when = OutboxOperations::When::DayBefore;
        } else if (before == QLatin1String("2h")) {
            when = OutboxOperations::When::TwoHoursBefore;
        } else {
            return context.fail(BadInput, tr("--before: “%1” is not week, day or 2h.").arg(before));
        }
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    Storage &storage = context.storage();
    auto talk = storage.talks().find(talkId);
    if (!talk) {
        return context.fail(talk.error());
    }
    const QString templateName = parser.isSet(QStringLiteral("template")) ? parser.value(QStringLiteral("template")) : QStringLiteral("announcement");
    auto sendAt = OutboxOperations::sendTime(talk.value(), when, at, QDateTime::currentDateTimeUtc());
    if (!sendAt) {
        return context.fail(sendAt.error());
    }
    auto before = OutboxOperations::sentBefore(storage, talkId, templateName);
    if (!before) {
        return context.fail(before.error());
    }
    if (!before.value().isEmpty() && !parser.isSet(QStringLiteral("force"))) {
        return context.fail(RefusedByRule, tr("%1 Add --force to send it again.").arg(before.value()));
    }
    auto entry = OutboxOperations::announcementFor(storage, talkId, templateName, sendAt.value(), parser.isSet(QStringLiteral("attach-ics")));
    if (!entry) {
        return context.fail(entry.error());
    }
    auto change = OutboxOperations::queue(storage, entry.value());
    if (auto ok = change->apply(); !ok) {
        return context.fail(ok.error());
    }
    context.print(QString::number(change->id()));
    return Ok;
}

int list(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("state"), tr("Only entries in this state: queued, sending, sent, failed, unknown, cancelled."), QStringLiteral("S")},
                       {QStringLiteral("json"), tr("Print JSON.")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    std::optional<OutboxEntry::State> state;
    if (parser.isSet(QStringLiteral("state"))) {
        state = outboxStateFromKey(parser.value(QStringLiteral("state")));
        if (!state) {
            return context.fail(
                    BadInput, tr("--state: “%1” is not one of queued, sending, sent, failed, unknown, cancelled.").arg(parser.value(QStringLiteral("state"))));
        }
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto entries = context.storage().outbox().list(state);
    if (!entries) {
        return context.fail(entries.error());
    }
    printList(context, parser.isSet(QStringLiteral("json")), entries.value(), describe, toJson);
    return Ok;
}

int show(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    int code = Ok;
    const auto id = parseSingleId(parser, arguments, context, QStringLiteral("outbox show"), &code);
    if (!id) {
        return code;
    }
    auto entry = context.storage().outbox().find(*id);
    if (!entry) {
        return context.fail(entry.error());
    }
    const OutboxEntry &e = entry.value();
    context.print(describe(e));
    if (e.kind == OutboxEntry::Kind::Email) {
        EmailMessage message{e.fromName, e.fromAddress, e.recipients, e.subject, e.body, e.sendAt, e.messageId, std::nullopt};
        if (!e.attachment.isEmpty()) {
            message.attachment = EmailMessage::Attachment{e.attachmentName, QByteArrayLiteral("text/calendar"), QByteArrayLiteral("PUBLISH"), e.attachment};
        }
        context.print(QString::fromUtf8(MailComposer::compose(message, MailComposer::Purpose::Send)).remove(QLatin1Char('\r')));
    } else {
        context.print(e.body);
    }
    return Ok;
}

int changeState(Context &context, const QStringList &arguments, bool again)
{
    QCommandLineParser parser;
    int code = Ok;
    const auto id = parseSingleId(parser, arguments, context, again ? QStringLiteral("outbox retry") : QStringLiteral("outbox cancel"), &code);
    if (!id) {
        return code;
    }
    auto entry = context.storage().outbox().find(*id);
    if (!entry) {
        return context.fail(entry.error());
    }
    const OutboxEntry::State state = entry.value().state;
    if (again && state != OutboxEntry::State::Failed && state != OutboxEntry::State::Unknown && state != OutboxEntry::State::Cancelled) {
        return context.fail(BadInput,
                            tr("Entry %1 is %2; only failed, unknown or cancelled entries are sent again.").arg(QString::number(*id), displayName(state)));
    }
    if (!again && (state == OutboxEntry::State::Sent || state == OutboxEntry::State::Sending || state == OutboxEntry::State::Cancelled)) {
        return context.fail(BadInput, tr("Entry %1 is %2 and cannot be cancelled.").arg(QString::number(*id), displayName(state)));
    }
    if (again && state == OutboxEntry::State::Unknown) {
        context.note(tr("Entry %1 may have gone out already; it will be sent again.").arg(*id));
    }
    auto change = again ? OutboxOperations::sendAgain(context.storage(), entry.value()) : OutboxOperations::cancel(context.storage(), entry.value());
    if (auto ok = change->apply(); !ok) {
        return context.fail(ok.error());
    }
    return Ok;
}

int send(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("smtp"),
                        tr("The mail server, as smtp://USER@HOST:PORT?security=starttls|tls|none (default: the account in Lectern's settings)."),
                        QStringLiteral("URL")},
                       {QStringLiteral("password-file"),
                        tr("A file only you can read holding the mail password (default: $LECTERN_SMTP_PASSWORD)."),
                        QStringLiteral("F")},
                       {QStringLiteral("ca-file"), tr("Certificates (PEM) to trust for the mail server besides the system's."), QStringLiteral("F")},
                       {QStringLiteral("token-file"), tr("A file only you can read holding the Conduit API token, for tracker answers."), QStringLiteral("F")},
                       {QStringLiteral("calendar-user"), tr("The user name on the CalDAV server, for calendar publishes."), QStringLiteral("U")},
                       {QStringLiteral("calendar-password-file"),
                        tr("A file only you can read holding the CalDAV password (default: $LECTERN_CALDAV_PASSWORD)."),
                        QStringLiteral("F")},
                       {QStringLiteral("id"), tr("Send only this entry, due or not (repeatable)."), QStringLiteral("ID")},
                       {QStringLiteral("timeout"), tr("Seconds a server may stay silent (default 60)."), QStringLiteral("S")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    OutboxCredentials credentials;
    SmtpAccount account;
    if (parser.isSet(QStringLiteral("smtp"))) {
        auto parsed = SmtpAccount::fromUrl(QUrl(parser.value(QStringLiteral("smtp"))));
        if (!parsed) {
            return context.fail(BadInput, tr("--smtp: %1").arg(parsed.error().message));
        }
        account = parsed.value();
    } else {
        QSettings settings;
        account = MailSecrets::loadAccount(settings);
    }
    if (parser.isSet(QStringLiteral("ca-file"))) {
        account.caFile = parser.value(QStringLiteral("ca-file"));
    }
    if (account.isSet()) {
        if (auto ok = account.validate(); !ok) {
            return context.fail(ok.error());
        }
        if (!account.user.isEmpty()) {
            auto password = parser.isSet(QStringLiteral("password-file")) ? MailSecrets::passwordFromFile(parser.value(QStringLiteral("password-file")))
                                                                          : MailSecrets::passwordFromEnvironment();
            if (!password) {
                return context.fail(password.error());
            }
            credentials.smtpPassword = password.value();
        }
        credentials.smtp = account;
    }
    if (parser.isSet(QStringLiteral("token-file"))) {
        auto token = ApiToken::fromFile(parser.value(QStringLiteral("token-file")));
        if (!token) {
            return context.fail(token.error());
        }
        credentials.trackerToken = token.value();
    } else if (!qEnvironmentVariableIsEmpty(ApiToken::environmentVariable)) {
        auto token = ApiToken::fromEnvironment();
        if (!token) {
            return context.fail(token.error());
        }
        credentials.trackerToken = token.value();
    }
    if (parser.isSet(QStringLiteral("calendar-user"))) {
        credentials.calendarUser = parser.value(QStringLiteral("calendar-user"));
        auto password = calendarPassword(parser, QStringLiteral("calendar-password-file"), credentials.calendarUser);
        if (!password) {
            return context.fail(password.error());
        }
        credentials.calendarPassword = password.value();
    }
    QList<qint64> only;
    for (const QString &value : parser.values(QStringLiteral("id"))) {
        qint64 id = 0;
        if (!parseId(value, QStringLiteral("--id"), &id, context)) {
            return BadInput;
        }
        only << id;
    }
    int timeout = 60;
    if (!parseTimeoutOption(parser, &timeout, context)) {
        return BadInput;
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    QNetworkAccessManager network;
    OutboxSender sender(context.storage(), network, credentials);
    sender.setTimeout(timeout * 1000);
    sender.setOnly(only);
    QEventLoop loop;
    OutboxSender::Report report;
    QObject::connect(&sender, &OutboxSender::finished, &loop, [&](const OutboxSender::Report &finished) {
        report = finished;
        loop.quit();
    });
    sender.start();
    loop.exec();
    for (const QString &message : std::as_const(report.messages)) {
        context.note(message);
    }
    context.print(tr("%1 sent, %2 failed, %3 outcome unknown, %4 waiting.")
                          .arg(QString::number(report.sent), QString::number(report.failed), QString::number(report.unknown), QString::number(report.skipped)));
    return report.serverFailure() ? DatabaseError : Ok;
}
} // namespace

int announceCommand(Context &context, const QStringList &arguments)
{
    return announce(context, arguments);
}

int outboxCommand(Context &context, const QStringList &arguments)
{
    return dispatch(context,
                    arguments,
                    "outbox",
                    {{"list", list},
                     {"show", show},
                     {"send", send},
                     {"retry", [](Context &c, const QStringList &a) { return changeState(c, a, true); }},
                     {"cancel", [](Context &c, const QStringList &a) { return changeState(c, a, false); }}});
}

} // namespace Lectern::Cli
