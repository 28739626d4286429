// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "l10n/translations.h"
#include "lectern_cli_debug.h"
#include "platform/loggingdefaults.h"
#include "platform/runtimedir.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Lectern;

int main(int argc, char **argv)
{
    LoggingDefaults::apply(LoggingDefaults::Program::Cli);
    RuntimeDir::ensure();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lectern"));
    QCoreApplication::setOrganizationName(QStringLiteral("lectern"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION_STRING));
    // Messages in the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); JSON and the
    // exit codes stay the same whatever it is.
    Translations::install(app);

    // Global options come before the command; everything after it belongs to the command.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("The database file."), QStringLiteral("PATH"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), QStringLiteral("Show the version."));
    parser.addOptions({databaseOption, helpOption, versionOption});

    Cli::Context usageContext{QString()};
    if (!parser.parse(QCoreApplication::arguments())) {
        usageContext.fail(Cli::Usage, parser.errorText() + QLatin1Char('\n') + Cli::usage());
        return Cli::Usage;
    }
    if (parser.isSet(versionOption)) {
        usageContext.print(QStringLiteral("lectern-cli %1").arg(QCoreApplication::applicationVersion()));
        return Cli::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        if (parser.isSet(helpOption)) {
            usageContext.print(Cli::usage());
            return Cli::Ok;
        }
        usageContext.fail(Cli::Usage, QStringLiteral("no command given.\n") + Cli::usage());
        return Cli::Usage;
    }

    const QString databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    Cli::Context context(databasePath);
    const QString command = positional.constFirst();
    // The subcommand parsers expect a program name first, as QCoreApplication::arguments() has.
    QStringList rest = positional.mid(1);
    rest.prepend(QStringLiteral("lectern-cli ") + command);
    qCDebug(LECTERN_CLI) << "command" << command << "on" << databasePath;
    if (command == QLatin1String("init")) {
        return Cli::init(context, rest);
    }
    if (command == QLatin1String("export")) {
        return Cli::exportCommand(context, rest);
    }
    if (command == QLatin1String("import")) {
        return Cli::importCommand(context, rest);
    }
    if (command == QLatin1String("generate")) {
        return Cli::generate(context, rest);
    }
    if (command == QLatin1String("talks")) {
        return Cli::talks(context, rest);
    }
    if (command == QLatin1String("speakers")) {
        return Cli::speakers(context, rest);
    }
    if (command == QLatin1String("proposals")) {
        return Cli::proposals(context, rest);
    }
    if (command == QLatin1String("sync")) {
        return Cli::syncCommand(context, rest);
    }
    if (command == QLatin1String("todo")) {
        return Cli::todoCommand(context, rest);
    }
    if (command == QLatin1String("series")) {
        return Cli::series(context, rest);
    }
    if (command == QLatin1String("slots")) {
        return Cli::slotsCommand(context, rest);
    }
    if (command == QLatin1String("announce")) {
        return Cli::announceCommand(context, rest);
    }
    if (command == QLatin1String("outbox")) {
        return Cli::outboxCommand(context, rest);
    }
    if (command == QLatin1String("publish")) {
        return Cli::publishCommand(context, rest);
    }
    if (command == QLatin1String("copy")) {
        return Cli::copyCommand(context, rest);
    }
    return context.fail(Cli::Usage, QStringLiteral("unknown command “%1”.\n").arg(command) + Cli::usage());
}
