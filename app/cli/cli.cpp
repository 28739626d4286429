// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "lectern_cli_debug.h"
#include "platform/useridentity.h"

#include "demo/sampleseries.h"
#include "demo/syntheticdata.h"
#include "operations/talkchange.h"
#include "schedule/schedulechecker.h"
#include "storage/databasecopy.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace Lectern::Cli {

Context::Context(QString databasePath)
    : m_databasePath(std::move(databasePath))
{
}

Context::~Context() = default;

bool Context::openStorage(bool create)
{
    auto storage = Storage::open(m_databasePath, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!storage) {
        fail(DatabaseError, storage.error().message);
        return false;
    }
    m_storage = std::move(storage).value();
    m_storage->database().setOrigin({QStringLiteral("cli"), UserIdentity::coordinatorName()});
    qCDebug(LECTERN_CLI) << "opened" << m_storage->database().path() << "schema" << m_storage->database().schemaVersion();
    return true;
}

void Context::print(const QString &text) const
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Context::printJson(const QJsonObject &object) const
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Context::printJson(const QJsonArray &array) const
{
    const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Context::note(const QString &message) const
{
    const QByteArray bytes = QStringLiteral("lectern-cli: %1\n").arg(message).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int Context::fail(int code, const QString &message) const
{
    const QByteArray bytes = QStringLiteral("lectern-cli: %1\n").arg(message).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return code;
}

int Context::fail(const Error &error) const
{
    switch (error.kind) {
    case Error::Kind::NotFound:
    case Error::Kind::InvalidInput:
        return fail(BadInput, error.message);
    case Error::Kind::Conflict:
    case Error::Kind::Refused:
    case Error::Kind::Database:
        return fail(DatabaseError, error.message);
    }
    return fail(DatabaseError, error.message);
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, const Context &context)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        context.fail(Usage, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.print(parser.helpText());
        return false;
    }
    return true;
}

bool parseId(const QString &text, const QString &what, qint64 *id, const Context &context)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        context.fail(BadInput, QCoreApplication::translate("Cli", "%1: “%2” is not an id (a positive whole number).").arg(what, text));
        return false;
    }
    return true;
}

bool parseTimeoutOption(const QCommandLineParser &parser, int *seconds, const Context &context)
{
    if (!parser.isSet(QStringLiteral("timeout"))) {
        return true;
    }
    bool ok = false;
    const int value = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || value < 1) {
        context.fail(BadInput, QCoreApplication::translate("Cli", "--timeout: “%1” is not a number of seconds.").arg(parser.value(QStringLiteral("timeout"))));
        return false;
    }
    *seconds = value;
    return true;
}

bool parseDateOption(const QCommandLineParser &parser, const char *name, QDate *date, const Context &context)
{
    const QString text = parser.value(QString::fromLatin1(name));
    if (text.isEmpty()) {
        *date = QDate();
        return true;
    }
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid()) {
        context.fail(BadInput, QCoreApplication::translate("Cli", "--%1: “%2” is not a date of the form YYYY-MM-DD.").arg(QString::fromLatin1(name), text));
        return false;
    }
    return true;
}

int dispatch(Context &context, const QStringList &arguments, const char *group, const QList<Action> &actions)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + QLatin1Char(' ') + action);
    QStringList names;
    for (const Action &candidate : actions) {
        if (action == QLatin1String(candidate.name)) {
            return candidate.run(context, rest);
        }
        names << QString::fromLatin1(candidate.name);
    }
    const QString last = names.takeLast();
    const QString choices = names.isEmpty() ? last : QCoreApplication::translate("Cli", "%1 or %2").arg(names.join(QStringLiteral(", ")), last);
    return context.fail(Usage, QCoreApplication::translate("Cli", "%1: unknown action “%2”; use %3.").arg(QString::fromLatin1(group), action, choices));
}

std::optional<qint64> parseSingleId(QCommandLineParser &parser, const QStringList &arguments, Context &context, const QString &command, int *code)
{
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("Cli", "The id."));
    if (!parse(parser, arguments, context)) {
        *code = parser.isSet(QStringLiteral("help")) ? Ok : Usage;
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1) {
        *code = context.fail(Usage, QCoreApplication::translate("Cli", "%1 needs exactly one id.").arg(command));
        return std::nullopt;
    }
    qint64 id = 0;
    if (!parseId(parser.positionalArguments().constFirst(), QStringLiteral("ID"), &id, context)) {
        *code = BadInput;
        return std::nullopt;
    }
    if (!context.openStorage()) {
        *code = DatabaseError;
        return std::nullopt;
    }
    return id;
}

int init(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Create the database, or bring it to the current schema."));
    parser.addOption({QStringLiteral("demo"), QCoreApplication::translate("Cli", "Load the sample series (16 talks and the nominations).")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("Cli", "Name of the series in a new database."), QStringLiteral("NAME")});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(Usage,
                            QCoreApplication::translate("Cli", "init takes no arguments, got “%1”.").arg(parser.positionalArguments().join(QLatin1Char(' '))));
    }
    if (!context.openStorage(true)) {
        return DatabaseError;
    }
    Storage &storage = context.storage();
    if (parser.isSet(QStringLiteral("demo"))) {
        if (auto ok = SampleSeries::load(storage); !ok) {
            return context.fail(ok.error());
        }
    } else {
        const QString name = parser.value(QStringLiteral("name")).trimmed();
        auto series = storage.ensureSeries(name.isEmpty() ? QCoreApplication::translate("Cli", "Talk series") : name);
        if (!series) {
            return context.fail(series.error());
        }
    }
    QString message = QCoreApplication::translate("Cli", "Database %1 is ready (schema version %2).")
                              .arg(storage.database().path(), QString::number(storage.database().schemaVersion()));
    if (!storage.database().backupPath().isEmpty()) {
        message += QLatin1Char(' ') + QCoreApplication::translate("Cli", "The previous version was backed up to %1.").arg(storage.database().backupPath());
    }
    context.print(message);
    return Ok;
}

int copyCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("Cli", "Copy the whole database into an empty SQLite file or PostgreSQL database, in one transaction."));
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("Cli", "The target: a new file, or postgresql://USER@HOST:PORT/DATABASE (empty)."),
                      QStringLiteral("TARGET")});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (!parser.isSet(QStringLiteral("to"))) {
        return context.fail(Usage, QCoreApplication::translate("Cli", "copy needs --to TARGET."));
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto copied = DatabaseCopy::copy(context.storage().database(), parser.value(QStringLiteral("to")));
    if (!copied) {
        return context.fail(copied.error());
    }
    QStringList counts;
    for (const auto &table : copied.value().rows) {
        counts << QStringLiteral("%1 %2").arg(table.first, QString::number(table.second));
    }
    context.print(QCoreApplication::translate("Cli", "Copied %1 rows from %2 to %3: %4.")
                          .arg(QString::number(copied.value().total()),
                               context.storage().database().path(),
                               copied.value().target,
                               counts.join(QStringLiteral(", "))));
    return Ok;
}

int generate(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Fill an empty database with synthetic data, for benchmarks."));
    parser.addOptions({{QStringLiteral("size"), QCoreApplication::translate("Cli", "medium (1,000 talks) or large (10,000 talks)."), QStringLiteral("NAME")},
                       {QStringLiteral("talks"), QCoreApplication::translate("Cli", "Number of talks."), QStringLiteral("N")},
                       {QStringLiteral("proposals"), QCoreApplication::translate("Cli", "Number of proposals."), QStringLiteral("N")},
                       {QStringLiteral("speakers"), QCoreApplication::translate("Cli", "Number of speakers."), QStringLiteral("N")},
                       {QStringLiteral("seed"), QCoreApplication::translate("Cli", "Random seed (default 1)."), QStringLiteral("N")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    SyntheticData::Size size;
    if (parser.isSet(QStringLiteral("size"))) {
        bool known = false;
        size = SyntheticData::named(parser.value(QStringLiteral("size")), &known);
        if (!known) {
            return context.fail(BadInput, QCoreApplication::translate("Cli", "--size: “%1” is not medium or large.").arg(parser.value(QStringLiteral("size"))));
        }
    }
    const std::pair<const char *, int *> counts[] = {{"talks", &size.talks}, {"proposals", &size.proposals}, {"speakers", &size.speakers}};
    for (const auto &[name, target] : counts) {
        if (parser.isSet(QString::fromLatin1(name))) {
            bool ok = false;
            *target = parser.value(QString::fromLatin1(name)).toInt(&ok);
            if (!ok || *target < 0) {
                return context.fail(BadInput,
                                    QCoreApplication::translate("Cli", "--%1: “%2” is not a count.")
                                            .arg(QString::fromLatin1(name), parser.value(QString::fromLatin1(name))));
            }
        }
    }
    bool seedOk = true;
    const quint32 seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toUInt(&seedOk) : 1;
    if (!seedOk) {
        return context.fail(BadInput, QCoreApplication::translate("Cli", "--seed: “%1” is not a whole number.").arg(parser.value(QStringLiteral("seed"))));
    }
    if (!context.openStorage(true)) {
        return DatabaseError;
    }
    int lastTenth = 0;
    auto generated = SyntheticData::generate(context.storage(), size, seed, [&context, &lastTenth](qint64 done, qint64 total) {
        const int tenth = int(done * 10 / qMax<qint64>(total, 1));
        if (tenth > lastTenth) {
            lastTenth = tenth;
            context.note(QCoreApplication::translate("Cli", "generated %1 of %2 records").arg(QString::number(done), QString::number(total)));
        }
        return true;
    });
    if (!generated) {
        return context.fail(generated.error());
    }
    context.print(QCoreApplication::translate("Cli", "Generated %1 talks, %2 proposals and %3 speakers (seed %4) in %5.")
                          .arg(QString::number(size.talks),
                               QString::number(size.proposals),
                               QString::number(size.speakers),
                               QString::number(seed),
                               context.storage().database().path()));
    return Ok;
}

QString usage()
{
    return QCoreApplication::translate("Cli",
                                       "Usage: lectern-cli [--database PATH] COMMAND [OPTIONS]\n"
                                       "\n"
                                       "Commands:\n"
                                       "  init [--demo] [--name NAME]     create or upgrade the database; --demo loads the sample series\n"
                                       "  generate [--size medium|large] [--talks N] [--proposals N] [--speakers N] [--seed N]\n"
                                       "                                  fill an empty database with synthetic data (benchmarks)\n"
                                       "  talks list [--from DATE] [--to DATE] [--json]\n"
                                       "  talks show ID [--json]\n"
                                       "  talks add --title T --date YYYY-MM-DD [--time HH:MM] [--duration MIN] [--speaker NAME]...\n"
                                       "            [--host NAME]... [--moderator NAME]... [--topic T]... [--status S] [--season N] [--episode N]\n"
                                       "            [--abstract T] [--stream-url URL] [--slides-url URL] [--recording-url URL] [--notes T]\n"
                                       "            [--force]   (save even when the scheduling rules warn)\n"
                                       "  talks edit ID [same options as add]\n"
                                       "  talks move ID --to YYYY-MM-DD[THH:MM] [--force]\n"
                                       "  talks cancel ID\n"
                                       "  talks delete ID\n"
                                       "  speakers list [--search TEXT] [--json]\n"
                                       "  speakers show ID [--json]\n"
                                       "  speakers add --name N [--email E]... [--affiliation A] [--title T] [--timezone TZ] [--pronouns P] [--bio B]\n"
                                       "               [--link URL]... [--notes T]\n"
                                       "  speakers edit ID [same options as add]\n"
                                       "  speakers duplicates [--json]       likely duplicate records, and why\n"
                                       "  speakers merge KEEP_ID OTHER_ID    links, emails and empty fields of OTHER go to KEEP\n"
                                       "  proposals list [--status S] [--search TEXT] [--json]\n"
                                       "  proposals show ID [--json]\n"
                                       "  proposals add --title T [--text T] [--proposer NAME] [--speaker NAME]...\n"
                                       "  proposals set-status ID STATUS [--reason T] [--notify-tracker [--message T] [--tracker-status S]]\n"
                                       "                                  new, reviewing, shortlisted, on-hold (needs --reason), accepted,\n"
                                       "                                  declined or withdrawn\n"
                                       "  proposals review ID [--score 1-5] [--note T] [--reviewer NAME]\n"
                                       "  proposals schedule ID --date YYYY-MM-DD [--time HH:MM] [--force]\n"
                                       "                                  the proposal becomes a talk (rules as in talks move)\n"
                                       "  proposals import FILE [--valid-rows]   proposals from CSV or JSON; known rows are skipped\n"
                                       "  sync phabricator --url BASE --project TAG [--token-file F]\n"
                                       "                                  tasks of a Phabricator project become proposals\n"
                                       "  export ics [--talk ID]... [--from DATE] [--to DATE] [-o FILE]\n"
                                       "                                  talks as iCalendar (time-TBA talks are left out, with a note)\n"
                                       "  export email --talk ID [--template NAME] [--attach-ics] [--mailto | --json] [-o FILE]\n"
                                       "                                  the announcement (or another template) as an .eml draft\n"
                                       "  export wikitext [--season N] [-o FILE]   the listing as MediaWiki wikitext\n"
                                       "  import ics FILE [--occurrences FROM..TO] [--strict]\n"
                                       "                                  events become talks; a known UID updates its talk\n"
                                       "  todo [--json] [--today DATE]    what needs doing next (the coming weeks' talks, recent ones, proposals)\n"
                                       "  series show [--json]            the series: rhythm, usual time, length, links, lists, sender, holidays\n"
                                       "  series edit [--name N] [--pattern RRULE] [--time HH:MM] [--duration MIN] [--stream-url URL]\n"
                                       "              [--chat C] [--mailing-list A]... [--sender-name N] [--sender-email E]\n"
                                       "              [--world-time ZONE]... [--horizon-months N] [--holiday-region CODE]...\n"
                                       "  slots [--months N] [--json]     the rhythm's dates in the coming months, open or taken\n"
                                       "  announce --talk ID [--template NAME] [--at YYYY-MM-DDTHH:MM | --before week|day|2h] [--attach-ics] [--force]\n"
                                       "                                  queue the announcement (or a reminder) in the outbox; prints its id\n"
                                       "  outbox list [--state S] [--json]   what waits, went out or failed\n"
                                       "  outbox show ID                  an entry as it will go out\n"
                                       "  outbox send [--smtp smtp://USER@HOST:PORT?security=starttls|tls|none] [--password-file F]\n"
                                       "              [--ca-file F] [--token-file F] [--calendar-user U] [--calendar-password-file F]\n"
                                       "              [--id ID]...   send what is due\n"
                                       "  outbox retry ID | outbox cancel ID\n"
                                       "  publish caldav --url URL [--user U] [--password-file F] [--force] [--queue] [--json]\n"
                                       "  publish status --url URL [--json]\n"
                                       "  publish resolve --url URL --talk ID --overwrite|--keep-server\n"
                                       "                                  keep a CalDAV calendar in step with the talks\n"
                                       "  copy --to TARGET                the whole database into an empty file or PostgreSQL database\n"
                                       "\n"
                                       "Dates and times are UTC. The database is $LECTERN_DATABASE, or the default under your data folder.\n"
                                       "Exit codes: 0 ok, 1 usage, 2 bad input, 3 refused by a scheduling rule, 4 database or server error.\n"
                                       "Run 'lectern-cli COMMAND --help' for a command's options.");
}

int make(Context &context, Result<PlannedChange> planned, bool force, qint64 *talkId)
{
    if (!planned) {
        return context.fail(planned.error());
    }
    PlannedChange plan = std::move(planned).value();
    for (const Finding &finding : std::as_const(plan.findings)) {
        context.note((finding.isWarning() ? QCoreApplication::translate("Cli", "warning: %1") : QCoreApplication::translate("Cli", "note: %1"))
                             .arg(finding.message));
    }
    if (plan.needsConfirmation() && !force) {
        return context.fail(RefusedByRule,
                            QCoreApplication::translate("Cli", "not saved: the scheduling rules warn about this change. Use --force to save it anyway."));
    }
    if (plan.isEmpty()) {
        return Ok;
    }
    if (auto ok = plan.change->apply(); !ok) {
        return context.fail(ok.error());
    }
    if (talkId) {
        auto *talkChange = dynamic_cast<TalkChange *>(plan.change.get());
        *talkId = talkChange ? talkChange->talkId() : plan.talkId;
    }
    return Ok;
}

} // namespace Lectern::Cli
