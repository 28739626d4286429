// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "operations/proposaloperations.h"
#include "operations/talkoperations.h"

#include "export/jsonformat.h"
#include "import/proposalfile.h"
#include "platform/useridentity.h"
#include "proposals/triage.h"
#include "storage/storage.h"

#include <QCoreApplication>

namespace Lectern::Cli {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

QString describe(const Proposal &proposal)
{
    QStringList speakers;
    for (const ProposedSpeaker &speaker : proposal.proposedSpeakers) {
        speakers << speaker.name;
    }
    const auto score = proposal.score();
    return QStringLiteral("%1\t%2\t%3\t%4\t%5")
            .arg(QString::number(proposal.meta.id),
                 toKey(proposal.status),
                 score ? QString::number(*score, 'f', 1) : QStringLiteral("-"),
                 proposal.title,
                 speakers.join(QStringLiteral(", ")));
}

int list(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
            {{QStringLiteral("status"), tr("Only proposals with this status."), QStringLiteral("S")},
             {QStringLiteral("search"), tr("Only proposals whose title, text or proposer has these words (or word beginnings)."), QStringLiteral("TEXT")},
             {QStringLiteral("json"), tr("Print JSON.")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    std::optional<ProposalStatus> status;
    if (parser.isSet(QStringLiteral("status"))) {
        status = proposalStatusFromKey(parser.value(QStringLiteral("status")));
        if (!status) {
            return context.fail(
                    BadInput,
                    tr("--status: “%1” is not one of %2.").arg(parser.value(QStringLiteral("status")), proposalStatusKeys().join(QStringLiteral(", "))));
        }
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto proposals = parser.isSet(QStringLiteral("search")) ? context.storage().proposals().search(parser.value(QStringLiteral("search")), status)
                                                            : context.storage().proposals().all(status);
    if (!proposals) {
        return context.fail(proposals.error());
    }
    printList(context, parser.isSet(QStringLiteral("json")), proposals.value(), describe, [](const Proposal &p) { return JsonFormat::toJson(p); });
    return Ok;
}

int show(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int code = Ok;
    const auto found = parseSingleId(parser, arguments, context, QStringLiteral("proposals show"), &code);
    if (!found) {
        return code;
    }
    const qint64 id = *found;
    auto proposal = context.storage().proposals().find(id);
    if (!proposal) {
        return context.fail(proposal.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(JsonFormat::toJson(proposal.value()));
    } else {
        context.print(describe(proposal.value()));
        if (!proposal.value().statusReason.isEmpty()) {
            context.print(tr("Reason: %1").arg(proposal.value().statusReason));
        }
        if (!proposal.value().text.isEmpty()) {
            context.print(proposal.value().text);
        }
    }
    return Ok;
}

int add(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("title"), tr("Title of the proposed talk."), QStringLiteral("T")},
                       {QStringLiteral("text"), tr("What the talk would be about."), QStringLiteral("T")},
                       {QStringLiteral("proposer"), tr("Who proposed it."), QStringLiteral("NAME")},
                       {QStringLiteral("speaker"), tr("A proposed speaker (repeatable)."), QStringLiteral("NAME")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (!parser.isSet(QStringLiteral("title"))) {
        return context.fail(Usage, tr("proposals add needs --title."));
    }
    if (parser.value(QStringLiteral("title")).trimmed().isEmpty()) {
        return context.fail(BadInput, tr("--title: a proposal needs a title."));
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    Storage &storage = context.storage();
    auto series = storage.series().current();
    if (!series) {
        return context.fail(series.error());
    }
    Proposal proposal;
    proposal.seriesId = series.value().meta.id;
    proposal.source = ProposalSource::Manual;
    proposal.title = parser.value(QStringLiteral("title")).trimmed();
    proposal.text = parser.value(QStringLiteral("text"));
    proposal.proposer = parser.value(QStringLiteral("proposer")).trimmed();
    proposal.received = QDateTime::currentDateTimeUtc();
    const QStringList names = parser.values(QStringLiteral("speaker"));
    for (const QString &name : names) {
        proposal.proposedSpeakers.append({0, name.trimmed()}); // a record is found or made with the proposal
    }
    ProposalOperations::AddProposalsChange adding(storage, QString(), {proposal});
    if (auto ok = adding.apply(); !ok) {
        return context.fail(ok.error());
    }
    context.print(QString::number(adding.ids().constFirst()));
    return Ok;
}

// Parses the arguments and the proposal id they start with; on failure says why (exit code in *code).
bool parseIdArgument(QCommandLineParser &parser, const QStringList &arguments, Context &context, const QString &command, qint64 *id, int *code)
{
    if (!parse(parser, arguments, context)) {
        *code = parser.isSet(QStringLiteral("help")) ? Ok : Usage;
        return false;
    }
    if (parser.positionalArguments().isEmpty()) {
        *code = context.fail(Usage, tr("%1 needs the proposal's id.").arg(command));
        return false;
    }
    if (!parseId(parser.positionalArguments().constFirst(), tr("proposal id"), id, context)) {
        *code = BadInput;
        return false;
    }
    return true;
}

int setStatus(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The proposal."));
    parser.addPositionalArgument(QStringLiteral("STATUS"), tr("One of %1.").arg(proposalStatusKeys().join(QStringLiteral(", "))));
    parser.addOption({QStringLiteral("reason"), tr("Why (needed for on-hold: what it waits for)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("notify-tracker"), tr("Answer the proposer on the Phabricator task, through the outbox.")});
    parser.addOption({QStringLiteral("message"), tr("The answer (default: the series' accepted or declined template)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("tracker-status"), tr("Also set the task's status, such as resolved or declined."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("force"), tr("Answer even when the task changed upstream since you last looked.")});
    qint64 id = 0;
    int code = Ok;
    if (!parseIdArgument(parser, arguments, context, QStringLiteral("proposals set-status"), &id, &code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 2) {
        return context.fail(Usage, tr("proposals set-status needs an id and a status, as in: proposals set-status 12 shortlisted"));
    }
    const QString key = parser.positionalArguments().at(1);
    const auto status = proposalStatusFromKey(key);
    if (!status) {
        return context.fail(BadInput, tr("STATUS: “%1” is not one of %2.").arg(key, proposalStatusKeys().join(QStringLiteral(", "))));
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto before = context.storage().proposals().find(id);
    if (!before) {
        return context.fail(before.error());
    }
    std::optional<OutboxEntry> answer;
    if (parser.isSet(QStringLiteral("notify-tracker"))) {
        bool changedUpstream = false;
        auto made = ProposalOperations::trackerAnswer(
                context.storage(), id, *status, parser.value(QStringLiteral("message")), parser.value(QStringLiteral("tracker-status")), &changedUpstream);
        if (!made) {
            return context.fail(made.error());
        }
        if (changedUpstream && !parser.isSet(QStringLiteral("force"))) {
            return context.fail(RefusedByRule,
                                tr("%1 changed upstream since you last looked at it; read it first (proposals show %2), or add --force to answer anyway.")
                                        .arg(made.value().subject, QString::number(id)));
        }
        answer = made.value();
    } else if (parser.isSet(QStringLiteral("message")) || parser.isSet(QStringLiteral("tracker-status"))) {
        return context.fail(Usage, tr("--message and --tracker-status go with --notify-tracker."));
    }
    auto change = ProposalOperations::decide(context.storage(), {id}, *status, parser.value(QStringLiteral("reason")), answer);
    if (auto ok = change->apply(); !ok) {
        return context.fail(ok.error());
    }
    context.print(tr("Proposal %1: %2 → %3").arg(QString::number(id), toKey(before.value().status), toKey(*status)));
    if (answer) {
        context.note(tr("The answer on %1 waits in the outbox; lectern-cli outbox send posts it.").arg(answer->subject));
    }
    return Ok;
}

int review(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The proposal."));
    parser.addOptions({{QStringLiteral("score"), tr("Your score, 1 (no) to 5 (yes)."), QStringLiteral("N")},
                       {QStringLiteral("note"), tr("What you think of it."), QStringLiteral("T")},
                       {QStringLiteral("reviewer"), tr("Your name (default: $LECTERN_REVIEWER, then your name on this computer)."), QStringLiteral("NAME")}});
    qint64 id = 0;
    int code = Ok;
    if (!parseIdArgument(parser, arguments, context, QStringLiteral("proposals review"), &id, &code)) {
        return code;
    }
    if (!parser.isSet(QStringLiteral("score")) && !parser.isSet(QStringLiteral("note"))) {
        return context.fail(Usage, tr("proposals review needs --score or --note."));
    }
    Review review;
    review.proposalId = id;
    if (parser.isSet(QStringLiteral("score"))) {
        bool ok = false;
        const int score = parser.value(QStringLiteral("score")).toInt(&ok);
        if (!ok || score < 1 || score > 5) {
            return context.fail(BadInput, tr("--score: “%1” is not a score from 1 to 5.").arg(parser.value(QStringLiteral("score"))));
        }
        review.score = score;
    }
    review.note = parser.value(QStringLiteral("note"));
    review.reviewer = parser.value(QStringLiteral("reviewer")).trimmed();
    if (review.reviewer.isEmpty()) {
        review.reviewer = qEnvironmentVariable("LECTERN_REVIEWER").trimmed();
    }
    if (review.reviewer.isEmpty()) {
        review.reviewer = UserIdentity::fullName();
    }
    if (review.reviewer.isEmpty()) {
        return context.fail(Usage, tr("--reviewer: say who reviews (or set LECTERN_REVIEWER)."));
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    ProposalOperations::ReviewChange reviewing(context.storage(), review);
    if (auto ok = reviewing.apply(); !ok) {
        return context.fail(ok.error());
    }
    context.print(QString::number(reviewing.reviewId()));
    return Ok;
}

int schedule(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), tr("An accepted or shortlisted proposal."));
    parser.addOptions({{QStringLiteral("date"), tr("The talk's date (UTC)."), QStringLiteral("YYYY-MM-DD")},
                       {QStringLiteral("time"), tr("Its start time in UTC (default: the series' usual time)."), QStringLiteral("HH:MM")},
                       {QStringLiteral("force"), tr("Schedule even when the scheduling rules warn.")}});
    qint64 id = 0;
    int code = Ok;
    if (!parseIdArgument(parser, arguments, context, QStringLiteral("proposals schedule"), &id, &code)) {
        return code;
    }
    if (!parser.isSet(QStringLiteral("date"))) {
        return context.fail(Usage, tr("proposals schedule needs --date."));
    }
    QDate date;
    if (!parseDateOption(parser, "date", &date, context)) {
        return BadInput;
    }
    std::optional<QTime> time;
    if (parser.isSet(QStringLiteral("time"))) {
        const QTime parsed = QTime::fromString(parser.value(QStringLiteral("time")), QStringLiteral("HH:mm"));
        if (!parsed.isValid()) {
            return context.fail(BadInput, tr("--time: “%1” is not a time as HH:MM (24-hour, UTC).").arg(parser.value(QStringLiteral("time"))));
        }
        time = parsed;
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    qint64 talkId = 0;
    if (const int made = make(context, TalkOperations::scheduleProposal(context.storage(), id, date, time), parser.isSet(QStringLiteral("force")));
        made != Ok) {
        return made;
    }
    auto proposal = context.storage().proposals().find(id);
    if (!proposal) {
        return context.fail(proposal.error());
    }
    talkId = proposal.value().talkId;
    context.print(QString::number(talkId));
    return Ok;
}

int importFile(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
            QStringLiteral("FILE"),
            tr("A CSV file with a header row (%1) or a JSON array of objects with those keys.").arg(ProposalFile::columns().join(QStringLiteral(", "))));
    parser.addOption({QStringLiteral("valid-rows"), tr("Import the rows without problems even when others have some.")});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.fail(Usage, tr("proposals import needs one file."));
    }
    const QString path = parser.positionalArguments().constFirst();
    auto contents = ProposalFile::read(path);
    if (!contents) {
        return context.fail(contents.error());
    }
    for (const ProposalFile::Problem &problem : std::as_const(contents.value().problems)) {
        context.note(ProposalFile::describe(path, problem));
    }
    if (!contents.value().problems.isEmpty() && !parser.isSet(QStringLiteral("valid-rows"))) {
        return context.fail(BadInput,
                            tr("nothing imported: %n row(s) have problems. Correct them, or use --valid-rows to import the other %1.",
                               nullptr,
                               int(contents.value().problems.size()))
                                    .arg(contents.value().rows.size()));
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto imported = ProposalFile::import(context.storage(), contents.value().rows);
    if (!imported) {
        return context.fail(imported.error());
    }
    context.print(
            tr("Imported %1 proposals; %2 were already there.").arg(QString::number(imported.value().added), QString::number(imported.value().alreadyThere)));
    return Ok;
}
} // namespace

int proposals(Context &context, const QStringList &arguments)
{
    return dispatch(
            context,
            arguments,
            "proposals",
            {{"list", list}, {"show", show}, {"add", add}, {"set-status", setStatus}, {"review", review}, {"schedule", schedule}, {"import", importFile}});
}

} // namespace Lectern::Cli
