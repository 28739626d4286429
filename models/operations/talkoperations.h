// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "import/icalendarimport.h"
#include "plannedchange.h"

#include "domain/proposal.h"
#include "domain/talk.h"
#include "storage/result.h"

#include <QDate>
#include <QTime>

#include <optional>

namespace Lectern {
class Storage;

// Every change to the schedule, for the GUI and the CLI alike: each function reads what it
// needs, applies the business rules (a postponed talk given a new date is planned again,
// the sequence grows when the time changes, the schedule rules' findings) and returns the
// change to make. Nothing is written until the caller makes the change.
namespace TalkOperations {

// A new talk of the current series on `date` (invalid: not scheduled yet) with the series'
// defaults: its usual start time (none without a date), its length, its stream link, and
// the next episode of the latest season.
Result<Talk> newTalk(Storage &storage, const QDate &date = QDate());

// The talk a proposal becomes on `date`: a new talk (newTalk's defaults) with the
// proposal's title, its text as the abstract, its proposed speakers; `time` instead of the
// series' usual one when given.
Result<Talk> talkForProposal(Storage &storage, const Proposal &proposal, const QDate &date, std::optional<QTime> time = std::nullopt);

// Adds `talk`; speakers given by name only (id 0) get a record when it is made, reusing one
// with the same name.
Result<PlannedChange> create(Storage &storage, const Talk &talk, const QDate &today = QDate::currentDate());
// Saves an edited talk over the stored one. Refused (Conflict) when the stored talk's
// version is not the one `edited` was read at. The rules are asked when its date, time,
// length, speakers or status change.
Result<PlannedChange> edit(Storage &storage, const Talk &edited, const QDate &today = QDate::currentDate());
// Moves talks to `date`; each keeps its time unless `time` is given (UTC). Talks already
// there are left out; nothing to move gives an empty plan.
Result<PlannedChange>
move(Storage &storage, const QList<qint64> &ids, const QDate &date, std::optional<QTime> time = std::nullopt, const QDate &today = QDate::currentDate());
Result<PlannedChange> cancel(Storage &storage, qint64 id);
Result<PlannedChange> remove(Storage &storage, qint64 id);
// An accepted or shortlisted proposal becomes a talk on `date` (the series' usual time
// unless `time` is given), linked to it; the proposal is then "scheduled".
Result<PlannedChange>
scheduleProposal(Storage &storage, qint64 proposalId, const QDate &date, std::optional<QTime> time = std::nullopt, const QDate &today = QDate::currentDate());
// What an iCalendar file creates and updates (ICalendarImport::plan), as one change.
Result<PlannedChange> importCalendar(Storage &storage, const ICalendarImport::Plan &plan, const QString &fileName);
// Reads, plans and makes that change at once (the CLI): `fileName` names the file in every
// message; with --strict, any event that cannot be a talk stops the whole import.
Result<ICalendarImport::Outcome>
importCalendarFile(Storage &storage, const QByteArray &data, const QString &fileName, const ICalendarImport::Options &options = {});

// Whether a change from `before` to `after` is one the scheduling rules have a say on.
bool schedulingChanged(const Talk &before, const Talk &after);

} // namespace TalkOperations
} // namespace Lectern
