// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rowmeta.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Lectern {

struct ProposedSpeaker
{
    qint64 speakerId = 0;
    QString name;
};

struct Review
{
    RowMeta meta;
    qint64 proposalId = 0;
    QString reviewer;
    std::optional<int> score; // 1..5
    QString note;
    QDateTime reviewedAt;
};

// An idea or request for a talk, not yet scheduled.
struct Proposal
{
    RowMeta meta;
    qint64 seriesId = 0;
    ProposalSource source = ProposalSource::Manual;
    QString externalId;
    QString url;
    QString title;
    QString text;
    QString proposer;
    QString proposerEmail;
    QList<ProposedSpeaker> proposedSpeakers;
    QDateTime received;
    QDateTime updated; // last change upstream, for tracker-sourced proposals
    ProposalStatus status = ProposalStatus::New;
    QString statusReason;
    qint64 talkId = 0; // the talk it became, 0 if none
    QList<Review> reviews;
    // For tracker-sourced proposals: the task's status there ("open", "resolved", …), whether
    // that status is a closed one, and whether its title or text changed there since the
    // coordinator last reviewed or decided on it. A sync writes these and nothing else of
    // the coordinator's.
    QString upstreamStatus;
    bool upstreamClosed = false;
    bool changedUpstream = false;

    // The mean of the reviews' scores, or nothing when none is scored.
    std::optional<double> score() const;
};

// One line of the inbox: what the list shows, read with one lean query.
struct ProposalSummary
{
    qint64 id = 0;
    QString title;
    QString proposer;
    QString speakers; // names, comma-separated
    QDateTime received;
    ProposalSource source = ProposalSource::Manual;
    ProposalStatus status = ProposalStatus::New;
    std::optional<double> score;
    qint64 talkId = 0;
    bool upstreamClosed = false;
    bool changedUpstream = false;
};

} // namespace Lectern
