// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "caldav/caldavpublisher.h"
#include "mail/mailsecrets.h"
#include "operations/outboxoperations.h"
#include "operations/publishoperations.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>

namespace Lectern::Cli {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonArray conflictsJson(const QList<PublishConflict> &list)
{
    QJsonArray conflicts;
    for (const PublishConflict &conflict : list) {
        conflicts.append(QJsonObject{{QStringLiteral("talk"), conflict.talkId},
                                     {QStringLiteral("uid"), conflict.uid},
                                     {QStringLiteral("title"), conflict.title},
                                     {QStringLiteral("resource"), conflict.name},
                                     {QStringLiteral("differs"), conflict.differs},
                                     {QStringLiteral("withdrawn"), conflict.withdrawn},
                                     {QStringLiteral("overwrite"), conflict.overwrite}});
    }
    return conflicts;
}

// The collection of --url, checked: 0 when it is fine, else the exit code.
int collectionOption(const QCommandLineParser &parser, Context &context, const QString &command, QUrl *url)
{
    if (!parser.isSet(QStringLiteral("url"))) {
        return context.fail(Usage, tr("%1 needs --url.").arg(command));
    }
    *url = QUrl(parser.value(QStringLiteral("url")));
    if (const QString problem = CalDavClient::checkUrl(*url, false); !problem.isEmpty()) {
        return context.fail(BadInput, tr("--url: %1").arg(problem));
    }
    return context.openStorage() ? Ok : DatabaseError;
}

int status(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
            {{QStringLiteral("url"), tr("The calendar collection published to."), QStringLiteral("URL")}, {QStringLiteral("json"), tr("Print JSON.")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    QUrl url;
    if (const int code = collectionOption(parser, context, QStringLiteral("publish status"), &url); code != Ok) {
        return code;
    }
    auto status = PublishOperations::status(context.storage(), url);
    if (!status) {
        return context.fail(status.error());
    }
    const PublishOperations::Status &s = status.value();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject last;
        if (s.lastRun) {
            last = QJsonObject{{QStringLiteral("finishedAt"), s.lastRun->finishedAt.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("created"), s.lastRun->created},
                               {QStringLiteral("updated"), s.lastRun->updated},
                               {QStringLiteral("deleted"), s.lastRun->deleted},
                               {QStringLiteral("unchanged"), s.lastRun->unchanged},
                               {QStringLiteral("error"), s.lastRun->error}};
        }
        context.printJson(QJsonObject{{QStringLiteral("collection"), s.collection},
                                      {QStringLiteral("lastPublish"), last},
                                      {QStringLiteral("waiting"),
                                       QJsonObject{{QStringLiteral("created"), s.pending.created},
                                                   {QStringLiteral("updated"), s.pending.updated},
                                                   {QStringLiteral("withdrawn"), s.pending.withdrawn}}},
                                      {QStringLiteral("queued"), s.waiting ? QJsonValue(s.waiting->meta.id) : QJsonValue()},
                                      {QStringLiteral("conflicts"), conflictsJson(s.conflicts)}});
        return Ok;
    }
    if (!s.lastRun) {
        context.print(tr("Never published to %1.").arg(s.collection));
    } else if (!s.lastRun->error.isEmpty()) {
        context.print(
                tr("The last publish, %1, failed: %2").arg(QLocale().toString(s.lastRun->finishedAt.toLocalTime(), QLocale::ShortFormat), s.lastRun->error));
    } else {
        context.print(tr("Last published %1: %2 created, %3 updated, %4 deleted, %5 unchanged.")
                              .arg(QLocale().toString(s.lastRun->finishedAt.toLocalTime(), QLocale::ShortFormat),
                                   QString::number(s.lastRun->created),
                                   QString::number(s.lastRun->updated),
                                   QString::number(s.lastRun->deleted),
                                   QString::number(s.lastRun->unchanged)));
    }
    context.print(tr("Waiting: %1 new, %2 changed, %3 to withdraw.")
                          .arg(QString::number(s.pending.created), QString::number(s.pending.updated), QString::number(s.pending.withdrawn)));
    for (const PublishConflict &conflict : s.conflicts) {
        context.print(conflict.overwrite ? tr("Conflict: “%1” (talk %2), to be overwritten by the next publish: %3")
                                                   .arg(conflict.title, QString::number(conflict.talkId), conflict.differs)
                                         : tr("Conflict: “%1” (talk %2): %3").arg(conflict.title, QString::number(conflict.talkId), conflict.differs));
    }
    return Ok;
}

int resolve(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("url"), tr("The calendar collection published to."), QStringLiteral("URL")},
                       {QStringLiteral("talk"), tr("The talk whose event changed on the server."), QStringLiteral("ID")},
                       {QStringLiteral("overwrite"), tr("The next publish replaces the server's copy with the talk as it is here.")},
                       {QStringLiteral("keep-server"), tr("The server's copy stays; only the talk's next change here is published over it.")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    const bool overwrite = parser.isSet(QStringLiteral("overwrite"));
    if (overwrite == parser.isSet(QStringLiteral("keep-server"))) {
        return context.fail(Usage, tr("publish resolve needs one of --overwrite and --keep-server."));
    }
    bool isNumber = false;
    const qint64 talkId = parser.value(QStringLiteral("talk")).toLongLong(&isNumber);
    if (!isNumber || talkId <= 0) {
        return context.fail(Usage, tr("publish resolve needs --talk ID (a talk's number, as publish status lists it)."));
    }
    QUrl url;
    if (const int code = collectionOption(parser, context, QStringLiteral("publish resolve"), &url); code != Ok) {
        return code;
    }
    auto conflict = PublishOperations::conflictFor(context.storage(), url, talkId);
    if (!conflict) {
        return context.fail(conflict.error());
    }
    auto change = overwrite ? PublishOperations::overwrite(context.storage(), url, conflict.value().uid)
                            : PublishOperations::keepServerCopy(context.storage(), url, conflict.value().uid);
    if (auto ok = change->apply(); !ok) {
        return context.fail(ok.error());
    }
    context.note(overwrite ? tr("The next publish overwrites the server's copy of “%1”.").arg(conflict.value().title)
                           : tr("The server's copy of “%1” stays.").arg(conflict.value().title));
    return Ok;
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
        const QJsonArray conflicts = conflictsJson(report.conflicts);
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
            context.note(tr("“%1” (talk %2) changed on the server since the last publish and was left as it is: %3 "
                            "publish resolve --talk %2 --overwrite or --keep-server decides; --force overwrites them all.")
                                 .arg(conflict.title, QString::number(conflict.talkId), conflict.differs));
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
    return dispatch(context, arguments, "publish", {{"caldav", caldav}, {"status", status}, {"resolve", resolve}});
}

} // namespace Lectern::Cli
