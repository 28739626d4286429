// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "demo/sampleseries.h"
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
                              .arg(storage.database().path())
                              .arg(storage.database().schemaVersion());
    if (!storage.database().backupPath().isEmpty()) {
        message += QLatin1Char(' ') + QCoreApplication::translate("Cli", "The previous version was backed up to %1.").arg(storage.database().backupPath());
    }
    context.print(message);
    return Ok;
}

QString usage()
{
    return QCoreApplication::translate("Cli",
                                       "Usage: lectern-cli [--database PATH] COMMAND [OPTIONS]\n"
                                       "\n"
                                       "Commands:\n"
                                       "  init [--demo] [--name NAME]     create or upgrade the database; --demo loads the sample series\n"
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
                                       "  speakers list [--json]\n"
                                       "  speakers show ID [--json]\n"
                                       "  speakers add --name N [--email E] [--affiliation A] [--title T] [--timezone TZ] [--pronouns P] [--bio B]\n"
                                       "  proposals list [--status S] [--json]\n"
                                       "  proposals show ID [--json]\n"
                                       "  proposals add --title T [--text T] [--proposer NAME] [--speaker NAME]...\n"
                                       "\n"
                                       "Dates and times are UTC. The database is $LECTERN_DATABASE, or the default under your data folder.\n"
                                       "Exit codes: 0 ok, 1 usage, 2 bad input, 3 refused by a scheduling rule, 4 database error.\n"
                                       "Run 'lectern-cli COMMAND --help' for a command's options.");
}

} // namespace Lectern::Cli
