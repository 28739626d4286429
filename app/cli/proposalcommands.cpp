// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli.h"

#include "export/jsonformat.h"
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
            .arg(proposal.meta.id)
            .arg(toKey(proposal.status), score ? QString::number(*score, 'f', 1) : QStringLiteral("-"), proposal.title, speakers.join(QStringLiteral(", ")));
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
    Transaction transaction(storage.database());
    Proposal proposal;
    proposal.seriesId = series.value().meta.id;
    proposal.source = ProposalSource::Manual;
    proposal.title = parser.value(QStringLiteral("title")).trimmed();
    proposal.text = parser.value(QStringLiteral("text"));
    proposal.proposer = parser.value(QStringLiteral("proposer")).trimmed();
    proposal.received = QDateTime::currentDateTimeUtc();
    const QStringList names = parser.values(QStringLiteral("speaker"));
    for (const QString &name : names) {
        auto id = storage.speakers().findOrAdd(name);
        if (!id) {
            return context.fail(id.error());
        }
        proposal.proposedSpeakers.append({id.value(), name.trimmed()});
    }
    auto id = storage.proposals().add(proposal);
    if (!id) {
        return context.fail(id.error());
    }
    if (auto ok = transaction.commit(); !ok) {
        return context.fail(ok.error());
    }
    context.print(QString::number(id.value()));
    return Ok;
}
} // namespace

int proposals(Context &context, const QStringList &arguments)
{
    return dispatch(context, arguments, "proposals", {{"list", list}, {"show", show}, {"add", add}});
}

} // namespace Lectern::Cli
