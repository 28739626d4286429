// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "export/jsonformat.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace Lectern::Cli {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

QString describe(const Speaker &speaker)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5")
            .arg(speaker.meta.id)
            .arg(speaker.name, speaker.roleTitle, speaker.affiliation, tr("%n talk(s)", nullptr, int(speaker.talkIds.size())));
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
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Speaker &speaker : speakers.value()) {
            array.append(JsonFormat::toJson(speaker));
        }
        context.printJson(array);
    } else {
        for (const Speaker &speaker : speakers.value()) {
            context.print(describe(speaker));
        }
    }
    return Ok;
}

int show(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The speaker's id."));
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.fail(Usage, tr("speakers show needs exactly one speaker id."));
    }
    qint64 id = 0;
    if (!parseId(parser.positionalArguments().constFirst(), QStringLiteral("ID"), &id, context)) {
        return BadInput;
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto speaker = context.storage().speakers().find(id);
    if (!speaker) {
        return context.fail(speaker.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(JsonFormat::toJson(speaker.value()));
    } else {
        context.print(describe(speaker.value()));
        const Speaker &s = speaker.value();
        for (const auto &[label, value] : {std::pair{tr("Email"), s.email}, {tr("Pronouns"), s.pronouns}, {tr("Time zone"), s.timeZone}, {tr("Bio"), s.bio}}) {
            if (!value.isEmpty()) {
                context.print(QStringLiteral("%1: %2").arg(label, value));
            }
        }
    }
    return Ok;
}

int add(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("name"), tr("Full name."), QStringLiteral("N")},
                       {QStringLiteral("email"), tr("Email address."), QStringLiteral("E")},
                       {QStringLiteral("affiliation"), tr("Organisation."), QStringLiteral("A")},
                       {QStringLiteral("title"), tr("Role title, e.g. Software Engineer."), QStringLiteral("T")},
                       {QStringLiteral("timezone"), tr("IANA time zone, e.g. Europe/Berlin."), QStringLiteral("TZ")},
                       {QStringLiteral("pronouns"), tr("Pronouns."), QStringLiteral("P")},
                       {QStringLiteral("bio"), tr("Short biography."), QStringLiteral("B")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (!parser.isSet(QStringLiteral("name"))) {
        return context.fail(Usage, tr("speakers add needs --name."));
    }
    Speaker speaker;
    speaker.name = parser.value(QStringLiteral("name")).trimmed();
    speaker.email = parser.value(QStringLiteral("email")).trimmed();
    speaker.affiliation = parser.value(QStringLiteral("affiliation"));
    speaker.roleTitle = parser.value(QStringLiteral("title"));
    speaker.timeZone = parser.value(QStringLiteral("timezone")).trimmed();
    speaker.pronouns = parser.value(QStringLiteral("pronouns"));
    speaker.bio = parser.value(QStringLiteral("bio"));
    if (speaker.name.isEmpty()) {
        return context.fail(BadInput, tr("--name: a speaker needs a name."));
    }
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!speaker.email.isEmpty() && !emailPattern.match(speaker.email).hasMatch()) {
        return context.fail(BadInput, tr("--email: “%1” is not an email address.").arg(speaker.email));
    }
    if (!speaker.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(speaker.timeZone.toUtf8())) {
        return context.fail(BadInput, tr("--timezone: “%1” is not an IANA time zone (e.g. Europe/Berlin, America/Los_Angeles).").arg(speaker.timeZone));
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto id = context.storage().speakers().add(speaker);
    if (!id) {
        return context.fail(id.error());
    }
    context.print(QString::number(id.value()));
    return Ok;
}
} // namespace

int speakers(Context &context, const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + QLatin1Char(' ') + action);
    if (action == QLatin1String("list")) {
        return list(context, rest);
    }
    if (action == QLatin1String("show")) {
        return show(context, rest);
    }
    if (action == QLatin1String("add")) {
        return add(context, rest);
    }
    return context.fail(Usage, tr("speakers: unknown action “%1”; use list, show or add.").arg(action));
}

} // namespace Lectern::Cli
