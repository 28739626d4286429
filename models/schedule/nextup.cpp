// SPDX-License-Identifier: GPL-2.0-or-later
#include "nextup.h"

#include "storage/storage.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Lectern::NextUp {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("NextUp", text);
}

bool isOff(TalkStatus status)
{
    return status == TalkStatus::Cancelled || status == TalkStatus::Postponed;
}
} // namespace

std::pair<QDate, QDate> window(const QDate &today)
{
    // Back far enough for the slides and recording of last month's talk.
    return {today.addDays(-42), today.addDays(weeksAhead * 7)};
}

QList<Item> compute(const Input &input)
{
    QList<Item> items;
    const auto [from, to] = window(input.today);
    for (const Talk &talk : input.talks) {
        if (!talk.isScheduled() || isOff(talk.status) || talk.date < from || talk.date > to) {
            continue;
        }
        const auto add = [&](Kind kind, const QString &message) { items.append({kind, talk.date, talk.meta.id, 0, talk.title, message}); };
        if (talk.date >= input.today) {
            if (!talk.hasTime()) {
                add(Kind::NoStartTime, tr("no start time yet"));
            }
            if (talk.speakers.isEmpty()) {
                add(Kind::NoSpeaker, tr("no speaker"));
            }
            if (talk.status == TalkStatus::Tentative) {
                add(Kind::NotConfirmed, tr("not confirmed yet (the talk is still tentative)"));
            }
            if (talk.streamUrl.isEmpty() && input.series.streamUrl.isEmpty()) {
                add(Kind::NoStreamLink, tr("no stream link"));
            }
            if (input.today.daysTo(talk.date) <= announceWithinDays && !input.announced.contains(talk.meta.id)) {
                add(Kind::NotAnnounced, tr("no announcement exported or sent yet"));
            }
        } else if (talk.date.daysTo(input.today) >= daysAfterTalk) {
            if (talk.slidesUrl.isEmpty()) {
                add(Kind::NoSlides, tr("no slides linked since the talk"));
            }
            if (talk.recordingUrl.isEmpty()) {
                add(Kind::NoRecording, tr("no recording linked since the talk"));
            }
        }
    }
    for (const ProposalSummary &proposal : input.newProposals) {
        if (proposal.status != ProposalStatus::New || !proposal.received.isValid()) {
            continue;
        }
        const int days = int(proposal.received.date().daysTo(input.today));
        if (days > reviewWithinDays) {
            items.append({Kind::AwaitingReview,
                          proposal.received.date(),
                          0,
                          proposal.id,
                          proposal.title,
                          QCoreApplication::translate("NextUp", "waiting for a first review for %n day(s)", nullptr, days)});
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        // Proposals after the talks; talks by date, then in the order the rules come.
        const bool aProposal = a.kind == Kind::AwaitingReview;
        const bool bProposal = b.kind == Kind::AwaitingReview;
        return std::make_tuple(aProposal, a.date, int(a.kind)) < std::make_tuple(bProposal, b.date, int(b.kind));
    });
    return items;
}

Result<QList<Item>> load(Storage &storage, const QDate &today)
{
    Input input;
    input.today = today;
    auto series = storage.series().current();
    if (!series) {
        return series.error();
    }
    input.series = series.value();
    const auto [from, to] = window(today);
    auto talks = storage.talks().inRange(from, to);
    if (!talks) {
        return talks.error();
    }
    input.talks = talks.value();
    QList<qint64> ids;
    for (const Talk &talk : std::as_const(input.talks)) {
        ids << talk.meta.id;
    }
    auto announced = storage.announcements().latestFor(ids);
    if (!announced) {
        return announced.error();
    }
    input.announced = announced.value();
    ProposalRepository::InboxQuery query;
    query.statuses = {ProposalStatus::New};
    query.sortKey = ProposalRepository::InboxQuery::SortKey::Received;
    query.order = Qt::AscendingOrder;
    query.limit = 200;
    auto proposals = storage.proposals().inbox(query);
    if (!proposals) {
        return proposals.error();
    }
    input.newProposals = proposals.value();
    return compute(input);
}

QString toKey(Kind kind)
{
    switch (kind) {
    case Kind::NoStartTime:
        return QStringLiteral("no-start-time");
    case Kind::NoSpeaker:
        return QStringLiteral("no-speaker");
    case Kind::NotConfirmed:
        return QStringLiteral("not-confirmed");
    case Kind::NoStreamLink:
        return QStringLiteral("no-stream-link");
    case Kind::NotAnnounced:
        return QStringLiteral("not-announced");
    case Kind::NoSlides:
        return QStringLiteral("no-slides");
    case Kind::NoRecording:
        return QStringLiteral("no-recording");
    case Kind::AwaitingReview:
        return QStringLiteral("awaiting-review");
    }
    return {};
}

} // namespace Lectern::NextUp
