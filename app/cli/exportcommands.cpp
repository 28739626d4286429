// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "export/announcementrenderer.h"
#include "export/exportbuilder.h"
#include "export/wikitextexport.h"
#include "mail/mailcomposer.h"
#include "operations/exportoperations.h"
#include "storage/storage.h"

#include "export/icalendarexport.h"
#include "import/icalendarimport.h"
#include "operations/talkoperations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace Lectern::Cli {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

// Writes to the file named by -o (whole or not at all), or to stdout.
int emit(Context &context, const QCommandLineParser &parser, const QByteArray &data)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        return Ok;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return context.fail(BadInput, tr("-o: cannot write %1: %2").arg(output, file.errorString()));
    }
    return Ok;
}

int exportEmail(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
            {{QStringLiteral("talk"), tr("The talk to announce."), QStringLiteral("ID")},
             {QStringLiteral("template"), tr("announcement (default), reminder, call-for-proposals, accepted, declined, or your own."), QStringLiteral("NAME")},
             {QStringLiteral("attach-ics"), tr("Attach the talk's iCalendar file.")},
             {QStringLiteral("mailto"), tr("Print a mailto: link instead of a message file.")},
             {QStringLiteral("json"), tr("Print the rendered subject, body, recipients and problems as JSON.")},
             {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the .eml to FILE instead of standard output."), QStringLiteral("FILE")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    const QString templateName = parser.isSet(QStringLiteral("template")) ? parser.value(QStringLiteral("template")) : QStringLiteral("announcement");
    qint64 talkId = 0;
    if (parser.isSet(QStringLiteral("talk")) && !parseId(parser.value(QStringLiteral("talk")), QStringLiteral("--talk"), &talkId, context)) {
        return BadInput;
    }
    if (!parser.isSet(QStringLiteral("talk")) && templateName != QLatin1String("call-for-proposals")) {
        return context.fail(Usage, tr("export email needs --talk ID (only the call for proposals is about no talk)."));
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    // The same announcement as the export panel's: ExportBuilder renders it.
    ExportBuilder::Selection selection;
    selection.kind = talkId > 0 ? ExportBuilder::Selection::Kind::Talks : ExportBuilder::Selection::Kind::NoTalk;
    if (talkId > 0) {
        selection.talkIds = {talkId};
    }
    ExportBuilder::Options options;
    options.templateName = templateName;
    options.attachICalendar = parser.isSet(QStringLiteral("attach-ics"));
    auto built = ExportBuilder::build(context.storage(), selection, ExportBuilder::Format::Announcement, options);
    if (!built) {
        return context.fail(built.error());
    }
    const ExportBuilder::Output &out = built.value();
    for (const QString &warning : out.warnings) {
        context.note(tr("warning: %1").arg(warning));
    }
    for (const QString &error : out.errors) {
        context.note(tr("error: %1").arg(error));
    }
    if (!out.errors.isEmpty()) {
        return context.fail(BadInput, tr("the template “%1” has errors; nothing was written.").arg(templateName));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray problems;
        for (const TemplateProblem &problem : out.templateProblems) {
            problems.append(QJsonObject{{QStringLiteral("placeholder"), problem.placeholder}, {QStringLiteral("message"), problem.message}});
        }
        context.printJson(QJsonObject{{QStringLiteral("subject"), out.subject},
                                      {QStringLiteral("body"), out.body},
                                      {QStringLiteral("to"), QJsonArray::fromStringList(out.message.to)},
                                      {QStringLiteral("from"), out.message.fromAddress},
                                      {QStringLiteral("warnings"), problems}});
        return Ok;
    }
    const bool mailto = parser.isSet(QStringLiteral("mailto"));
    if (mailto) {
        context.print(MailComposer::mailto(out.message).toString(QUrl::FullyEncoded));
    } else if (const int code = emit(context, parser, out.data); code != Ok) {
        return code;
    }
    // In the announcement log, as the panel's exports are (Next Up stops asking for one).
    if (auto ok = ExportOperations::recordAnnouncement(
                context.storage(), out, templateName, mailto ? Announcement::Channel::MailClient : Announcement::Channel::File);
        !ok) {
        return context.fail(ok.error());
    }
    return Ok;
}

int exportWikitext(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("season"), tr("Only this season."), QStringLiteral("N")},
                       {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE instead of standard output."), QStringLiteral("FILE")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    int season = 0;
    if (parser.isSet(QStringLiteral("season"))) {
        bool ok = false;
        season = parser.value(QStringLiteral("season")).toInt(&ok);
        if (!ok || season < 1) {
            return context.fail(BadInput, tr("--season: “%1” is not a season number.").arg(parser.value(QStringLiteral("season"))));
        }
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    Storage &storage = context.storage();
    auto series = storage.series().current();
    auto talks = storage.talks().all();
    auto speakers = storage.speakers().all();
    for (const Error *error : {series ? nullptr : &series.error(), talks ? nullptr : &talks.error(), speakers ? nullptr : &speakers.error()}) {
        if (error) {
            return context.fail(*error);
        }
    }
    QList<Talk> chosen;
    for (const Talk &talk : talks.value()) {
        if (talk.isScheduled() && (season == 0 || talk.season == season)) {
            chosen << talk;
        }
    }
    if (chosen.isEmpty()) {
        return context.fail(BadInput, season ? tr("--season: there are no scheduled talks in season %1.").arg(season) : tr("there are no scheduled talks."));
    }
    QHash<qint64, Speaker> byId;
    for (const Speaker &speaker : speakers.value()) {
        byId.insert(speaker.meta.id, speaker);
    }
    return emit(context, parser, WikiTextExport::write(series.value(), chosen, byId).toUtf8());
}

int exportIcs(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("talk"), tr("A talk to export (repeatable)."), QStringLiteral("ID")},
                       {QStringLiteral("from"), tr("First date, YYYY-MM-DD."), QStringLiteral("DATE")},
                       {QStringLiteral("to"), tr("Last date, YYYY-MM-DD."), QStringLiteral("DATE")},
                       {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE instead of standard output."), QStringLiteral("FILE")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    QDate bounds[2];
    if (!parseDateOption(parser, "from", &bounds[0], context) || !parseDateOption(parser, "to", &bounds[1], context)) {
        return BadInput;
    }
    QList<qint64> ids;
    const QStringList idTexts = parser.values(QStringLiteral("talk"));
    for (const QString &text : idTexts) {
        qint64 id = 0;
        if (!parseId(text, QStringLiteral("--talk"), &id, context)) {
            return BadInput;
        }
        ids << id;
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    Storage &storage = context.storage();
    auto series = storage.series().current();
    if (!series) {
        return context.fail(series.error());
    }
    QList<Talk> talks;
    if (!ids.isEmpty()) {
        for (qint64 id : std::as_const(ids)) {
            auto talk = storage.talks().find(id);
            if (!talk) {
                return context.fail(talk.error());
            }
            talks << talk.value();
        }
    } else {
        auto found = bounds[0].isValid() || bounds[1].isValid() ? storage.talks().inRange(bounds[0], bounds[1]) : storage.talks().all();
        if (!found) {
            return context.fail(found.error());
        }
        talks = found.value();
    }
    const auto result = ICalendarExport::write(series.value(), talks);
    for (const ExportNote &note : result.notes) {
        context.note(tr("note: %1").arg(note.message));
    }
    return emit(context, parser, result.data);
}

int importIcs(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .ics file."));
    parser.addOptions({{QStringLiteral("occurrences"),
                        tr("Import the occurrences of recurring events between two dates (UTC), FROM..TO, e.g. 2027-01-01..2027-06-30."),
                        QStringLiteral("FROM..TO")},
                       {QStringLiteral("strict"), tr("Import nothing when any event cannot be a talk.")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.fail(Usage, tr("import ics needs exactly one file."));
    }
    ICalendarImport::Options options;
    options.strict = parser.isSet(QStringLiteral("strict"));
    if (parser.isSet(QStringLiteral("occurrences"))) {
        const QString range = parser.value(QStringLiteral("occurrences"));
        const QStringList ends = range.split(QStringLiteral(".."));
        const QDate from = ends.size() == 2 ? QDate::fromString(ends.at(0), Qt::ISODate) : QDate();
        const QDate to = ends.size() == 2 ? QDate::fromString(ends.at(1), Qt::ISODate) : QDate();
        if (!from.isValid() || !to.isValid()) {
            return context.fail(BadInput, tr("--occurrences: “%1” is not a range of dates of the form YYYY-MM-DD..YYYY-MM-DD.").arg(range));
        }
        options.occurrencesFrom = from;
        options.occurrencesTo = to;
    }
    const QString fileName = parser.positionalArguments().constFirst();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail(BadInput, tr("Cannot read %1: %2").arg(fileName, file.errorString()));
    }
    const QByteArray data = file.readAll();
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto outcome = TalkOperations::importCalendarFile(context.storage(), data, fileName, options);
    if (!outcome) {
        return context.fail(outcome.error());
    }
    for (const ICalendarImport::Note &note : std::as_const(outcome.value().notes)) {
        context.note(tr("note: %1").arg(note.text()));
    }
    for (qint64 id : outcome.value().created) {
        context.print(tr("created talk %1").arg(QString::number(id)));
    }
    for (qint64 id : outcome.value().updated) {
        context.print(tr("updated talk %1").arg(QString::number(id)));
    }
    for (const ICalendarImport::Note &note : std::as_const(outcome.value().skipped)) {
        // file:line: “event”: why, as compilers say where
        const QString where = note.line > 0 ? QStringLiteral("%1:%2").arg(fileName, QString::number(note.line)) : fileName;
        const QString what = note.event.isEmpty() ? note.message : QStringLiteral("“%1”: %2").arg(note.event, note.message);
        context.print(tr("skipped: %1: %2").arg(where, what));
    }
    context.print(ICalendarImport::summary(
            int(outcome.value().created.size()), int(outcome.value().updated.size()), outcome.value().unchanged, int(outcome.value().skipped.size())));
    return Ok;
}
} // namespace

int exportCommand(Context &context, const QStringList &arguments)
{
    const Action ics{"ics", exportIcs};
    return dispatch(context, arguments, "export", {ics, {"email", exportEmail}, {"wikitext", exportWikitext}});
}

int importCommand(Context &context, const QStringList &arguments)
{
    const Action ics{"ics", importIcs};
    return dispatch(context, arguments, "import", {ics});
}

} // namespace Lectern::Cli
