// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "export/jsonformat.h"
#include "operations/talkoperations.h"
#include "schedule/schedulechecker.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Lectern::Cli {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

void addTalkOptions(QCommandLineParser &parser)
{
    parser.addOptions({
            {QStringLiteral("title"), tr("Title of the talk."), QStringLiteral("T")},
            {QStringLiteral("date"), tr("Date, YYYY-MM-DD (UTC)."), QStringLiteral("DATE")},
            {QStringLiteral("time"), tr("Start time, HH:MM in UTC, or “tba”."), QStringLiteral("HH:MM")},
            {QStringLiteral("duration"), tr("Length in minutes."), QStringLiteral("MIN")},
            {QStringLiteral("speaker"), tr("A speaker (repeatable); a record is created for a new name."), QStringLiteral("NAME")},
            {QStringLiteral("host"), tr("A host (repeatable)."), QStringLiteral("NAME")},
            {QStringLiteral("moderator"), tr("A moderator (repeatable)."), QStringLiteral("NAME")},
            {QStringLiteral("topic"), tr("A topic area (repeatable)."), QStringLiteral("T")},
            {QStringLiteral("status"), tr("tentative, confirmed, held, cancelled or postponed."), QStringLiteral("S")},
            {QStringLiteral("season"), tr("Season number."), QStringLiteral("N")},
            {QStringLiteral("episode"), tr("Episode number."), QStringLiteral("N")},
            {QStringLiteral("abstract"), tr("Description of the talk."), QStringLiteral("T")},
            {QStringLiteral("stream-url"), tr("Where it is streamed."), QStringLiteral("URL")},
            {QStringLiteral("slides-url"), tr("Where the slides are."), QStringLiteral("URL")},
            {QStringLiteral("recording-url"), tr("Where the recording is."), QStringLiteral("URL")},
            {QStringLiteral("notes"), tr("Private notes."), QStringLiteral("T")},
    });
}

bool parsePositive(const QCommandLineParser &parser, const char *name, int *value, const Context &context)
{
    const QString text = parser.value(QString::fromLatin1(name));
    bool ok = false;
    *value = text.toInt(&ok);
    if (!ok || *value <= 0) {
        context.fail(BadInput, tr("--%1: “%2” is not a positive whole number.").arg(QString::fromLatin1(name), text));
        return false;
    }
    return true;
}

// Applies the options that were given to the talk; options not given leave fields as they are.
bool applyOptions(const QCommandLineParser &parser, Talk &talk, Context &context)
{
    const auto isSet = [&parser](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    const auto value = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };
    if (isSet("title")) {
        talk.title = value("title").trimmed();
    }
    if (isSet("date")) {
        static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = QDate::fromString(value("date"), Qt::ISODate);
        if (!datePattern.match(value("date")).hasMatch() || !date.isValid()) {
            context.fail(BadInput, tr("--date: “%1” is not a date of the form YYYY-MM-DD.").arg(value("date")));
            return false;
        }
        talk.date = date;
    }
    if (isSet("time")) {
        const QString text = value("time").trimmed();
        if (text.compare(QLatin1String("tba"), Qt::CaseInsensitive) == 0 || text.isEmpty()) {
            talk.startUtc = QTime();
        } else {
            static const QRegularExpression timePattern(QStringLiteral("^\\d{2}:\\d{2}$"));
            const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
            if (!timePattern.match(text).hasMatch() || !time.isValid()) {
                context.fail(BadInput, tr("--time: “%1” is not a UTC time of the form HH:MM (or “tba”).").arg(text));
                return false;
            }
            talk.startUtc = time;
        }
    }
    if (isSet("duration") && !parsePositive(parser, "duration", &talk.durationMinutes, context)) {
        return false;
    }
    for (const char *name : {"season", "episode"}) {
        if (isSet(name)) {
            int number = 0;
            if (!parsePositive(parser, name, &number, context)) {
                return false;
            }
            (qstrcmp(name, "season") == 0 ? talk.season : talk.episode) = number;
        }
    }
    if (isSet("status")) {
        const auto status = talkStatusFromKey(value("status"));
        if (!status) {
            context.fail(BadInput, tr("--status: “%1” is not one of %2.").arg(value("status"), talkStatusKeys().join(QStringLiteral(", "))));
            return false;
        }
        talk.status = *status;
    }
    const std::pair<const char *, QString *> texts[] = {{"abstract", &talk.abstract},
                                                        {"stream-url", &talk.streamUrl},
                                                        {"slides-url", &talk.slidesUrl},
                                                        {"recording-url", &talk.recordingUrl},
                                                        {"notes", &talk.notes}};
    for (const auto &[name, field] : texts) {
        if (isSet(name)) {
            *field = value(name);
        }
    }
    if (isSet("topic")) {
        talk.topics = parser.values(QStringLiteral("topic"));
    }
    if (isSet("speaker") || isSet("host") || isSet("moderator")) {
        talk.speakers.clear();
        const std::pair<const char *, SpeakerRole> roles[] = {
                {"speaker", SpeakerRole::Speaker}, {"host", SpeakerRole::Host}, {"moderator", SpeakerRole::Moderator}};
        for (const auto &[option, role] : roles) {
            const QStringList names = parser.values(QString::fromLatin1(option));
            for (const QString &name : names) {
                if (name.trimmed().isEmpty()) {
                    context.fail(BadInput, tr("--%1: a name cannot be empty.").arg(QString::fromLatin1(option)));
                    return false;
                }
                // An existing record by that name, else one made with the talk (not before it is saved).
                auto existing = context.storage().speakers().findByName(name);
                if (!existing) {
                    context.fail(existing.error());
                    return false;
                }
                const qint64 id = existing.value().isEmpty() ? 0 : existing.value().constFirst().meta.id;
                talk.speakers.append({id, name.trimmed(), role});
            }
        }
    }
    return true;
}

QString describe(const Talk &talk)
{
    QStringList speakers;
    for (const TalkSpeaker &speaker : talk.speakers) {
        speakers << (speaker.role == SpeakerRole::Speaker ? speaker.name : QStringLiteral("%1 (%2)").arg(speaker.name, toKey(speaker.role)));
    }
    const QString episode =
            talk.season && talk.episode ? QStringLiteral("S%1E%2").arg(QString::number(*talk.season), QString::number(*talk.episode)) : QStringLiteral("-");
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
            .arg(QString::number(talk.meta.id),
                 talk.date.isValid() ? talk.date.toString(Qt::ISODate) : QStringLiteral("unscheduled"),
                 talk.startUtc.isValid() ? talk.startUtc.toString(QStringLiteral("HH:mm")) : QStringLiteral("TBA"),
                 episode,
                 toKey(talk.status),
                 talk.title,
                 speakers.join(QStringLiteral(", ")));
}

int list(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("from"), tr("First date, YYYY-MM-DD."), QStringLiteral("DATE")},
                       {QStringLiteral("to"), tr("Last date, YYYY-MM-DD."), QStringLiteral("DATE")},
                       {QStringLiteral("json"), tr("Print JSON.")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    QDate bounds[2];
    if (!parseDateOption(parser, "from", &bounds[0], context) || !parseDateOption(parser, "to", &bounds[1], context)) {
        return BadInput;
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto talks = bounds[0].isValid() || bounds[1].isValid() ? context.storage().talks().inRange(bounds[0], bounds[1]) : context.storage().talks().all();
    if (!talks) {
        return context.fail(talks.error());
    }
    printList(context, parser.isSet(QStringLiteral("json")), talks.value(), describe, [](const Talk &t) { return JsonFormat::toJson(t); });
    return Ok;
}

// For commands that take one talk id: parses the arguments and reads the talk. On failure
// (or --help) says why and returns nothing, with the exit code in *code.
std::optional<Talk> parseTalk(QCommandLineParser &parser, const QStringList &arguments, Context &context, const QString &command, int *code)
{
    const auto found = parseSingleId(parser, arguments, context, command, code);
    if (!found) {
        return std::nullopt;
    }
    auto talk = context.storage().talks().find(*found);
    if (!talk) {
        *code = context.fail(talk.error());
        return std::nullopt;
    }
    return talk.value();
}

int show(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int code = Ok;
    const auto talk = parseTalk(parser, arguments, context, QStringLiteral("talks show"), &code);
    if (!talk) {
        return code;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(JsonFormat::toJson(talk.value()));
        return Ok;
    }
    const Talk &t = talk.value();
    context.print(describe(t));
    if (!t.topics.isEmpty()) {
        context.print(tr("Topics: %1").arg(t.topics.join(QStringLiteral(", "))));
    }
    if (!t.abstract.isEmpty()) {
        context.print(t.abstract);
    }
    return Ok;
}

int addOrEdit(Context &context, const QStringList &arguments, bool adding)
{
    QCommandLineParser parser;
    addTalkOptions(parser);
    parser.addOption({QStringLiteral("force"), tr("Save even when the scheduling rules warn.")});
    if (!adding) {
        parser.addPositionalArgument(QStringLiteral("ID"), tr("The talk's id."));
    }
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    qint64 id = 0;
    if (adding) {
        if (!parser.positionalArguments().isEmpty()) {
            return context.fail(Usage, tr("talks add takes options only, got “%1”.").arg(parser.positionalArguments().join(QLatin1Char(' '))));
        }
        if (!parser.isSet(QStringLiteral("title")) || !parser.isSet(QStringLiteral("date"))) {
            return context.fail(Usage, tr("talks add needs --title and --date."));
        }
    } else {
        if (parser.positionalArguments().size() != 1) {
            return context.fail(Usage, tr("talks edit needs exactly one talk id."));
        }
        if (!parseId(parser.positionalArguments().constFirst(), QStringLiteral("ID"), &id, context)) {
            return BadInput;
        }
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    Storage &storage = context.storage();
    Talk talk;
    if (adding) {
        // The series' defaults (time, length, stream link, next episode), then the options.
        auto fresh = TalkOperations::newTalk(storage, QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate));
        if (!fresh) {
            return context.fail(fresh.error());
        }
        talk = fresh.value();
    } else {
        auto existing = storage.talks().find(id);
        if (!existing) {
            return context.fail(existing.error());
        }
        talk = existing.value();
    }
    if (!applyOptions(parser, talk, context)) {
        return BadInput;
    }
    // Bad values are reported as such before any rule has a say.
    if (const auto errors = talk.validate(); !errors.isEmpty()) {
        for (const FieldError &error : errors) {
            context.note(QStringLiteral("%1: %2").arg(error.field, error.message));
        }
        return context.fail(BadInput, tr("the talk was not saved."));
    }
    auto planned = adding ? TalkOperations::create(storage, talk) : TalkOperations::edit(storage, talk);
    qint64 written = id;
    if (const int code = make(context, std::move(planned), parser.isSet(QStringLiteral("force")), &written); code != Ok) {
        return code;
    }
    context.print(QString::number(written));
    return Ok;
}

int cancel(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    int code = Ok;
    const auto talk = parseTalk(parser, arguments, context, QStringLiteral("talks cancel"), &code);
    if (!talk) {
        return code;
    }
    const qint64 id = talk->meta.id;
    if (talk->status == TalkStatus::Cancelled) {
        context.print(tr("Talk %1 “%2” was already cancelled.").arg(QString::number(id), talk->title));
        return Ok;
    }
    if (const int code = make(context, TalkOperations::cancel(context.storage(), id), false); code != Ok) {
        return code;
    }
    context.print(tr("Cancelled talk %1 “%2”.").arg(QString::number(id), talk->title));
    return Ok;
}
int move(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("to"), tr("The new date, YYYY-MM-DD, or date and UTC time, YYYY-MM-DDTHH:MM."), QStringLiteral("WHEN")},
                       {QStringLiteral("force"), tr("Move even when the scheduling rules warn.")}});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The talk's id."));
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("to"))) {
        return context.fail(Usage, tr("talks move needs a talk id and --to YYYY-MM-DD[THH:MM]."));
    }
    qint64 id = 0;
    if (!parseId(parser.positionalArguments().constFirst(), QStringLiteral("ID"), &id, context)) {
        return BadInput;
    }
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2}))?$"));
    const QString to = parser.value(QStringLiteral("to")).trimmed();
    const QRegularExpressionMatch match = pattern.match(to);
    const QDate date = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    const bool withTime = match.hasMatch() && match.capturedLength(2) > 0;
    const QTime time = withTime ? QTime::fromString(match.captured(2), QStringLiteral("HH:mm")) : QTime();
    if (!date.isValid() || (withTime && !time.isValid())) {
        return context.fail(BadInput, tr("--to: “%1” is not of the form YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC).").arg(to));
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto planned = TalkOperations::move(context.storage(), {id}, date, withTime ? std::optional<QTime>(time) : std::nullopt);
    if (planned && planned.value().isEmpty()) {
        context.print(tr("Talk %1 is already on %2.").arg(QString::number(id), to));
        return Ok;
    }
    if (const int code = make(context, std::move(planned), parser.isSet(QStringLiteral("force"))); code != Ok) {
        return code;
    }
    auto moved = context.storage().talks().find(id);
    if (!moved) {
        return context.fail(moved.error());
    }
    context.print(moved.value().hasTime()
                          ? QStringLiteral("%1T%2").arg(moved.value().date.toString(Qt::ISODate), moved.value().startUtc.toString(QStringLiteral("HH:mm")))
                          : moved.value().date.toString(Qt::ISODate));
    return Ok;
}

int remove(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    int code = Ok;
    const auto talk = parseTalk(parser, arguments, context, QStringLiteral("talks delete"), &code);
    if (!talk) {
        return code;
    }
    const qint64 id = talk->meta.id;
    if (const int code = make(context, TalkOperations::remove(context.storage(), id), false); code != Ok) {
        return code;
    }
    context.print(tr("Deleted talk %1 “%2”.").arg(QString::number(id), talk.value().title));
    return Ok;
}
} // namespace

int talks(Context &context, const QStringList &arguments)
{
    return dispatch(context,
                    arguments,
                    "talks",
                    {{"list", list},
                     {"show", show},
                     {"add", [](Context &c, const QStringList &a) { return addOrEdit(c, a, true); }},
                     {"edit", [](Context &c, const QStringList &a) { return addOrEdit(c, a, false); }},
                     {"move", move},
                     {"cancel", cancel},
                     {"delete", remove}});
}

} // namespace Lectern::Cli
