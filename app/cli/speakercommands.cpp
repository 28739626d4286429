// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "operations/speakeroperations.h"

#include "export/jsonformat.h"
#include "speakers/duplicatefinder.h"
#include "speakers/speakermerger.h"
#include "storage/storage.h"

#include <QCoreApplication>

namespace Lectern::Cli {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

QString describe(const Speaker &speaker)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5")
            .arg(QString::number(speaker.meta.id),
                 speaker.name,
                 speaker.roleTitle,
                 speaker.affiliation,
                 tr("%n talk(s)", nullptr, int(speaker.talkIds.size())));
}

bool parseSpeakerId(const QCommandLineParser &parser, int index, qint64 *id, const Context &context)
{
    return parseId(parser.positionalArguments().value(index), QStringLiteral("ID"), id, context);
}

void addFieldOptions(QCommandLineParser &parser)
{
    parser.addOptions({{QStringLiteral("name"), tr("Full name."), QStringLiteral("N")},
                       {QStringLiteral("email"), tr("An email address (repeatable; replaces the list when given)."), QStringLiteral("E")},
                       {QStringLiteral("affiliation"), tr("Organisation."), QStringLiteral("A")},
                       {QStringLiteral("title"), tr("Role title, e.g. Software Engineer."), QStringLiteral("T")},
                       {QStringLiteral("timezone"), tr("IANA time zone, e.g. Europe/Berlin (empty to clear)."), QStringLiteral("TZ")},
                       {QStringLiteral("pronouns"), tr("Pronouns."), QStringLiteral("P")},
                       {QStringLiteral("bio"), tr("Short biography."), QStringLiteral("B")},
                       {QStringLiteral("link"), tr("A web page (repeatable; replaces the list when given)."), QStringLiteral("URL")},
                       {QStringLiteral("notes"), tr("Private notes."), QStringLiteral("T")}});
}

// Applies the options that were given; fields not named stay as they are.
void applyFields(const QCommandLineParser &parser, Speaker &speaker)
{
    const std::pair<const char *, QString *> texts[] = {{"name", &speaker.name},
                                                        {"affiliation", &speaker.affiliation},
                                                        {"title", &speaker.roleTitle},
                                                        {"timezone", &speaker.timeZone},
                                                        {"pronouns", &speaker.pronouns},
                                                        {"bio", &speaker.bio},
                                                        {"notes", &speaker.notes}};
    for (const auto &[name, field] : texts) {
        if (parser.isSet(QString::fromLatin1(name))) {
            *field = parser.value(QString::fromLatin1(name)).trimmed();
        }
    }
    if (parser.isSet(QStringLiteral("email"))) {
        speaker.emails.clear();
        for (const QString &email : parser.values(QStringLiteral("email"))) {
            if (!email.trimmed().isEmpty()) {
                speaker.emails << email.trimmed();
            }
        }
    }
    if (parser.isSet(QStringLiteral("link"))) {
        speaker.links = parser.values(QStringLiteral("link"));
    }
}

// Field problems as the CLI says them: one line per field, then exit code 2.
int failFields(Context &context, const QList<FieldError> &errors)
{
    for (const FieldError &error : errors) {
        context.note(QStringLiteral("--%1: %2")
                             .arg(error.field == QLatin1String("emails")          ? QStringLiteral("email")
                                          : error.field == QLatin1String("links") ? QStringLiteral("link")
                                                                                  : error.field,
                                  error.message));
    }
    return context.fail(BadInput, tr("the speaker was not saved."));
}

int list(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("json"), tr("Print JSON.")},
                       {QStringLiteral("search"), tr("Only speakers whose name, email, affiliation or title contains TEXT."), QStringLiteral("TEXT")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto speakers = context.storage().speakers().search(parser.value(QStringLiteral("search")));
    if (!speakers) {
        return context.fail(speakers.error());
    }
    printList(context, parser.isSet(QStringLiteral("json")), speakers.value(), describe, [](const Speaker &s) { return JsonFormat::toJson(s); });
    return Ok;
}

int show(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int code = Ok;
    const auto found = parseSingleId(parser, arguments, context, QStringLiteral("speakers show"), &code);
    if (!found) {
        return code;
    }
    const qint64 id = *found;
    auto speaker = context.storage().speakers().find(id);
    if (!speaker) {
        return context.fail(speaker.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(JsonFormat::toJson(speaker.value()));
        return Ok;
    }
    const Speaker &s = speaker.value();
    context.print(describe(s));
    const std::pair<QString, QString> fields[] = {{tr("Email"), s.emails.join(QStringLiteral(", "))},
                                                  {tr("Pronouns"), s.pronouns},
                                                  {tr("Time zone"), s.timeZone},
                                                  {tr("Links"), s.links.join(QStringLiteral(", "))},
                                                  {tr("Bio"), s.bio}};
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty()) {
            context.print(QStringLiteral("%1: %2").arg(label, value));
        }
    }
    for (qint64 talkId : s.talkIds) {
        if (auto talk = context.storage().talks().find(talkId)) {
            context.print(tr("Talk %1: %2 %3").arg(QString::number(talkId), talk.value().date.toString(Qt::ISODate), talk.value().title));
        }
    }
    return Ok;
}

int addOrEdit(Context &context, const QStringList &arguments, bool adding)
{
    QCommandLineParser parser;
    addFieldOptions(parser);
    if (!adding) {
        parser.addPositionalArgument(QStringLiteral("ID"), tr("The speaker's id."));
    }
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    qint64 id = 0;
    if (adding && !parser.isSet(QStringLiteral("name"))) {
        return context.fail(Usage, tr("speakers add needs --name."));
    }
    if (!adding) {
        if (parser.positionalArguments().size() != 1) {
            return context.fail(Usage, tr("speakers edit needs exactly one speaker id."));
        }
        if (!parseSpeakerId(parser, 0, &id, context)) {
            return BadInput;
        }
    }
    Speaker speaker;
    if (!adding) {
        if (!context.openStorage()) {
            return DatabaseError;
        }
        auto existing = context.storage().speakers().find(id);
        if (!existing) {
            return context.fail(existing.error());
        }
        speaker = existing.value();
    }
    const Speaker before = speaker;
    applyFields(parser, speaker);
    if (const auto errors = speaker.validate(); !errors.isEmpty()) {
        return failFields(context, errors);
    }
    if (adding && !context.openStorage()) {
        return DatabaseError;
    }
    if (adding) {
        SpeakerOperations::AddSpeakerChange add(context.storage(), speaker);
        if (auto ok = add.apply(); !ok) {
            return context.fail(ok.error());
        }
        context.print(QString::number(add.speakerId()));
        return Ok;
    }
    if (auto ok = SpeakerOperations::edit(context.storage(), before, speaker)->apply(); !ok) {
        return context.fail(ok.error());
    }
    context.print(QString::number(id));
    return Ok;
}

int duplicates(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto speakers = context.storage().speakers().all();
    if (!speakers) {
        return context.fail(speakers.error());
    }
    QHash<qint64, QString> names;
    for (const Speaker &speaker : speakers.value()) {
        names.insert(speaker.meta.id, speaker.name);
    }
    const auto pairs = DuplicateFinder::find(speakers.value());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &pair : pairs) {
            array.append(QJsonObject{{QStringLiteral("ids"), QJsonArray{pair.first, pair.second}},
                                     {QStringLiteral("names"), QJsonArray{names.value(pair.first), names.value(pair.second)}},
                                     {QStringLiteral("reason"), pair.reason}});
        }
        context.printJson(array);
        return Ok;
    }
    for (const auto &pair : pairs) {
        context.print(QStringLiteral("%1\t%2\t%3").arg(QString::number(pair.first), QString::number(pair.second), pair.reason));
    }
    return Ok;
}

int merge(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KEEP_ID"), tr("The record to keep."));
    parser.addPositionalArgument(QStringLiteral("OTHER_ID"), tr("The record merged into it and removed."));
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (parser.positionalArguments().size() != 2) {
        return context.fail(Usage, tr("speakers merge needs two ids: the one to keep, then the other."));
    }
    qint64 keep = 0;
    qint64 other = 0;
    if (!parseSpeakerId(parser, 0, &keep, context) || !parseSpeakerId(parser, 1, &other, context)) {
        return BadInput;
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    Storage &storage = context.storage();
    auto keepRecord = storage.speakers().find(keep);
    auto otherRecord = storage.speakers().find(other);
    if (!keepRecord) {
        return context.fail(keepRecord.error());
    }
    if (!otherRecord) {
        return context.fail(otherRecord.error());
    }
    if (auto ok = SpeakerOperations::merge(storage, keep, other, SpeakerMerger::proposedMerge(keepRecord.value(), otherRecord.value()))->apply(); !ok) {
        return context.fail(ok.error());
    }
    context.print(tr("Merged “%1” (%2) into “%3” (%4).").arg(otherRecord.value().name, QString::number(other), keepRecord.value().name, QString::number(keep)));
    return Ok;
}
} // namespace

int speakers(Context &context, const QStringList &arguments)
{
    return dispatch(context,
                    arguments,
                    "speakers",
                    {{"list", list},
                     {"show", show},
                     {"add", [](Context &c, const QStringList &a) { return addOrEdit(c, a, true); }},
                     {"edit", [](Context &c, const QStringList &a) { return addOrEdit(c, a, false); }},
                     {"duplicates", duplicates},
                     {"merge", merge}});
}

} // namespace Lectern::Cli
