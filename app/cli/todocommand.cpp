// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "schedule/nextup.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Lectern::Cli {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonObject toJson(const NextUp::Item &item)
{
    QJsonObject object{{QStringLiteral("kind"), NextUp::toKey(item.kind)},
                       {QStringLiteral("date"), item.date.toString(Qt::ISODate)},
                       {QStringLiteral("title"), item.title},
                       {QStringLiteral("message"), item.message}};
    if (item.talkId > 0) {
        object.insert(QStringLiteral("talk"), item.talkId);
    }
    if (item.proposalId > 0) {
        object.insert(QStringLiteral("proposal"), item.proposalId);
    }
    return object;
}
} // namespace

int todoCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("What needs doing next: what the coming weeks' talks still lack, what recent talks were not linked to, "
                                        "and proposals waiting for a first review."));
    parser.addOptions({{QStringLiteral("json"), tr("Print JSON.")},
                       {QStringLiteral("today"), tr("The day to look from, YYYY-MM-DD (default: today)."), QStringLiteral("DATE")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    QDate today;
    if (!parseDateOption(parser, "today", &today, context)) {
        return BadInput;
    }
    if (!today.isValid()) {
        today = QDate::currentDate();
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto items = NextUp::load(context.storage(), today);
    if (!items) {
        return context.fail(items.error());
    }
    printList(
            context,
            parser.isSet(QStringLiteral("json")),
            items.value(),
            [](const NextUp::Item &item) {
                const QString what =
                        item.talkId > 0 ? tr("talk %1").arg(QString::number(item.talkId)) : tr("proposal %1").arg(QString::number(item.proposalId));
                return QStringLiteral("%1\t%2\t%3: %4").arg(item.date.toString(Qt::ISODate), what, item.title, item.message);
            },
            toJson);
    return Ok;
}

} // namespace Lectern::Cli
