// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "import/icalendarimport.h"
#include "operations/plannedchange.h"

#include "domain/talk.h"
#include "schedule/finding.h"
#include "storage/result.h"

#include <QDate>
#include <QObject>

#include <optional>

class QUndoStack;

namespace Lectern {
class ScheduleConfirmation;
class Storage;

// Where the GUI's changes to the schedule meet the operations layer: a drop on the
// calendar, "Move to Date…", the talk editor. TalkOperations plans the change and applies
// the rules; this asks the user when a rule warns and puts the change on the undo history.
// Nothing moves silently.
class TalkScheduler : public QObject
{
    Q_OBJECT
public:
    TalkScheduler(Storage &storage, QUndoStack &undoStack, ScheduleConfirmation &confirmation, QObject *parent = nullptr);

    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    Result<QList<Finding>> check(const Talk &talk) const;

    // Moves talks to a date; each keeps its start time. Returns whether they moved.
    bool moveTalks(const QList<qint64> &ids, const QDate &date);
    // Moves one talk to a date and, when `time` is given, a new UTC start time.
    bool moveTalk(qint64 id, const QDate &date, std::optional<QTime> time = std::nullopt);
    // Saves an edited talk (its findings were shown in the editor, so no question here).
    bool saveTalk(const Talk &edited);
    // Adds a new talk; returns its id.
    std::optional<qint64> createTalk(const Talk &talk);
    // Makes an accepted or shortlisted proposal a talk on `date` (the series' usual time unless
    // `time` is given), linked to it, the proposal then "scheduled"; one step of the history.
    // Returns the talk's id.
    std::optional<qint64> scheduleProposal(qint64 proposalId, const QDate &date, std::optional<QTime> time = std::nullopt);
    bool scheduleProposals(const QList<qint64> &proposalIds, const QDate &date);
    bool cancelTalk(qint64 id);
    // The talks an iCalendar file creates and updates (ICalendarImport::plan), written in one
    // transaction as one step of the history.
    bool importCalendar(const ICalendarImport::Plan &plan, const QString &fileName);
    bool deleteTalk(qint64 id);

Q_SIGNALS:
    void failed(const QString &message);
    // Information the rules gave about a change that went ahead (e.g. an unusual weekday).
    void informed(const QString &message);

private:
    // Asks (when `ask` and the rules warn), makes the change, pushes it; `talkId` learns
    // the talk concerned (a new talk's id).
    bool make(Result<PlannedChange> planned, bool ask, qint64 *talkId = nullptr);
    void inform(const QList<Finding> &findings);

    Storage &m_storage;
    QUndoStack &m_undoStack;
    ScheduleConfirmation &m_confirmation;
    QDate m_today;
};

} // namespace Lectern
