// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "caldav/caldavpublisher.h"
#include "mail/mailsecrets.h"
#include "operations/outboxoperations.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace Lectern::Cli {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

int caldav(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
            {{QStringLiteral("url"), tr("The calendar collection, such as https://dav.example.org/ana/tech-talks/."), QStringLiteral("URL")},
             {QStringLiteral("user"), tr("The user name on the calendar server."), QStringLiteral("U")},
             {QStringLiteral("password-file"), tr("A file only you can read holding the password (default: $LECTERN_CALDAV_PASSWORD)."), QStringLiteral("F")},
             {QStringLiteral("force"), tr("Overwrite events that changed on the server since the last publish.")},
             {QStringLiteral("queue"), tr("Put the publish in the outbox instead (outbox send publishes it, now or once the server is back).")},
             {QStringLiteral("timeout"), tr("Seconds a server may stay silent (default 30)."), QStringLiteral("S")},
             {QStringLiteral("json"), tr("Print JSON.")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (!parser.isSet(QStringLiteral("url"))) {
        return context.fail(Usage, tr("publish caldav needs --url."));
    }
    const QUrl url(parser.value(QStringLiteral("url")));
    const QString user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("queue"))) {
        if (const QString problem = CalDavClient::checkUrl(url, false); !problem.isEmpty()) {
            return context.fail(BadInput, tr("--url: %1").arg(problem));
        }
        if (!context.openStorage()) {
            return DatabaseError;
        }
        auto queued = OutboxOperations::requestPublish(context.storage(), url);
        if (!queued) {
            return context.fail(queued.error());
        }
        if (queued.value() == 0) {
            context.note(tr("A publish to %1 already waits in the outbox; it will send every change.").arg(url.toDisplayString()));
        } else {
            context.print(QString::number(queued.value()));
        }
        return Ok;
    }
    QString password;
    if (!user.isEmpty()) {
        auto read = calendarPassword(parser, QStringLiteral("password-file"), user);
        if (!read) {
            return context.fail(read.error());
        }
        password = read.value();
    }
    if (const QString problem = CalDavClient::checkUrl(url, !user.isEmpty()); !problem.isEmpty()) {
        return context.fail(BadInput, tr("--url: %1").arg(problem));
    }
    int timeout = 30;
    if (!parseTimeoutOption(parser, &timeout, context)) {
        return BadInput;
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    QNetworkAccessManager network;
    CalDavPublisher publisher(context.storage(), network, url, user, password);
    publisher.setForce(parser.isSet(QStringLiteral("force")));
    publisher.setTimeout(timeout * 1000);
    QEventLoop loop;
    CalDavPublisher::Report report;
    QObject::connect(&publisher, &CalDavPublisher::finished, &loop, [&](const CalDavPublisher::Report &finished) {
        report = finished;
        loop.quit();
    });
    publisher.start();
    loop.exec();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray conflicts;
        for (const CalDavPublisher::Conflict &conflict : std::as_const(report.conflicts)) {
            conflicts.append(QJsonObject{{QStringLiteral("talk"), conflict.talkId},
                                         {QStringLiteral("title"), conflict.title},
                                         {QStringLiteral("resource"), conflict.name},
                                         {QStringLiteral("server"), conflict.differs}});
        }
        context.printJson(QJsonObject{{QStringLiteral("created"), report.created},
                                      {QStringLiteral("updated"), report.updated},
                                      {QStringLiteral("deleted"), report.deleted},
                                      {QStringLiteral("unchanged"), report.unchanged},
                                      {QStringLiteral("conflicts"), conflicts},
                                      {QStringLiteral("requests"), report.requests},
                                      {QStringLiteral("error"), report.error}});
    } else {
        context.print(tr("%1 created, %2 updated, %3 deleted, %4 unchanged, %5 conflict(s); %6 request(s).")
                              .arg(QString::number(report.created),
                                   QString::number(report.updated),
                                   QString::number(report.deleted),
                                   QString::number(report.unchanged),
                                   QString::number(report.conflicts.size()),
                                   QString::number(report.requests)));
        for (const CalDavPublisher::Conflict &conflict : std::as_const(report.conflicts)) {
            context.note(tr("“%1” (%2) changed on the server since the last publish and was left as it is: %3. --force overwrites it.")
                                 .arg(conflict.title, conflict.name, conflict.differs));
        }
    }
    if (!report.error.isEmpty()) {
        return context.fail(DatabaseError, report.error);
    }
    return report.conflicts.isEmpty() ? Ok : RefusedByRule;
}
} // namespace

Result<QString> calendarPassword(const QCommandLineParser &parser, const QString &fileOption, const QString &user)
{
    auto read = parser.isSet(fileOption) ? MailSecrets::passwordFromFile(parser.value(fileOption))
                                         : Result<QString>(qEnvironmentVariable("LECTERN_CALDAV_PASSWORD"));
    if (read && read.value().isEmpty()) {
        return Error{Error::Kind::InvalidInput,
                     tr("No password for %1: name a file that holds it (--password-file), or set LECTERN_CALDAV_PASSWORD.").arg(user)};
    }
    return read;
}

int publishCommand(Context &context, const QStringList &arguments)
{
    return dispatch(context, arguments, "publish", {{"caldav", caldav}});
}

} // namespace Lectern::Cli
