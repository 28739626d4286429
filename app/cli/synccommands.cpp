// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "storage/storage.h"
#include "sync/apitoken.h"
#include "sync/phabricatorsync.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace Lectern::Cli {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

int phabricator(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("url"), tr("The Phabricator server, such as https://phabricator.wikimedia.org."), QStringLiteral("BASE")},
                       {QStringLiteral("project"), tr("The project (its hashtag or PHID) whose tasks are proposals."), QStringLiteral("TAG")},
                       {QStringLiteral("token-file"),
                        tr("A file only you can read holding the Conduit API token (default: $LECTERN_PHABRICATOR_TOKEN)."),
                        QStringLiteral("F")},
                       {QStringLiteral("timeout"), tr("Seconds to wait for each answer (default 30)."), QStringLiteral("S")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (!parser.isSet(QStringLiteral("url")) || !parser.isSet(QStringLiteral("project"))) {
        return context.fail(Usage, tr("sync phabricator needs --url and --project."));
    }
    const QUrl base = QUrl::fromUserInput(parser.value(QStringLiteral("url")));
    if (const QString problem = ConduitClient::checkBaseUrl(base); !problem.isEmpty()) {
        return context.fail(BadInput, tr("--url: %1").arg(problem));
    }
    int timeout = 30;
    if (!parseTimeoutOption(parser, &timeout, context)) {
        return BadInput;
    }
    auto token = parser.isSet(QStringLiteral("token-file")) ? ApiToken::fromFile(parser.value(QStringLiteral("token-file"))) : ApiToken::fromEnvironment();
    if (!token) {
        return context.fail(token.error());
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    QNetworkAccessManager network;
    PhabricatorSync sync(context.storage(), network, base, parser.value(QStringLiteral("project")), token.value());
    sync.setTimeout(timeout * 1000);
    QEventLoop loop;
    int code = Ok;
    QObject::connect(&sync, &PhabricatorSync::progress, &sync, [&context](int fetched) { context.note(tr("%1 tasks read…").arg(fetched)); });
    QObject::connect(&sync, &PhabricatorSync::finished, &sync, [&](const PhabricatorSync::Report &report) {
        context.print(tr("%1 tasks read: %2 new, %3 updated (%4 changed since your review), %5 closed upstream, %6 unchanged.")
                              .arg(QString::number(report.fetched),
                                   QString::number(report.added),
                                   QString::number(report.updated),
                                   QString::number(report.changedSinceReview),
                                   QString::number(report.closedUpstream),
                                   QString::number(report.unchanged)));
        loop.quit();
    });
    QObject::connect(&sync, &PhabricatorSync::failed, &sync, [&](const QString &message) {
        // The network or the server, not the user's input: the same code as a database that
        // cannot be written, "try again later".
        code = context.fail(DatabaseError, message);
        loop.quit();
    });
    QMetaObject::invokeMethod(&sync, &PhabricatorSync::start, Qt::QueuedConnection);
    loop.exec();
    return code;
}
} // namespace

int syncCommand(Context &context, const QStringList &arguments)
{
    return dispatch(context, arguments, "sync", {{"phabricator", phabricator}});
}

} // namespace Lectern::Cli
