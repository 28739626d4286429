// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/announcement.h"
#include "domain/proposal.h"
#include "domain/series.h"
#include "domain/talk.h"
#include "storage/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace Lectern {
class Storage;

// What needs doing next: for the talks of the coming weeks what is still missing, for the
// talks held lately what was not linked afterwards, and the proposals waiting too long for
// a first review. Pure rules over the same data the scheduling rules read; the side panel's
// "Next Up" and `lectern-cli todo` show the same list.
namespace NextUp {
enum class Kind {
    NoStartTime,
    NoSpeaker,
    NotConfirmed, // still tentative: the speaker has not confirmed
    NoStreamLink,
    NotAnnounced, // within two weeks, and no announcement went out yet
    NoSlides, // a week after the talk
    NoRecording, // a week after the talk
    AwaitingReview, // a new proposal nobody has reviewed for two weeks
};

struct Item
{
    Kind kind = Kind::NoStartTime;
    QDate date; // the talk's date, or the day the proposal came in
    qint64 talkId = 0;
    qint64 proposalId = 0;
    QString title; // the talk's or the proposal's
    QString message; // what is missing, in words
};

struct Input
{
    QDate today;
    Series series;
    QList<Talk> talks; // those around today (see window())
    QList<ProposalSummary> newProposals; // proposals with the status New
    QHash<qint64, Announcement> announced; // the latest announcement of each talk that has one
};

// How far the list looks: talks from `weeksAhead` weeks ahead back to a few weeks ago.
constexpr int weeksAhead = 6;
constexpr int daysAfterTalk = 7; // slides and recording are expected this long after a talk
constexpr int reviewWithinDays = 14;
constexpr int announceWithinDays = 14; // an announcement is due this long before the talk
std::pair<QDate, QDate> window(const QDate &today);

// Sorted by date, then by what is missing.
QList<Item> compute(const Input &input);

// compute() over the database's current series.
Result<QList<Item>> load(Storage &storage, const QDate &today);

// A stable key of a kind, for JSON: "no-start-time", "awaiting-review", …
QString toKey(Kind kind);
} // namespace NextUp
} // namespace Lectern
