// SPDX-License-Identifier: GPL-2.0-or-later
#include "talkscheduler.h"

#include "history.h"
#include "operations/talkchange.h"
#include "operations/talkoperations.h"
#include "schedule/schedulechecker.h"
#include "scheduleconfirmation.h"
#include "storage/storage.h"

#include <QUndoStack>

namespace Lectern {

TalkScheduler::TalkScheduler(Storage &storage, QUndoStack &undoStack, ScheduleConfirmation &confirmation, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_undoStack(undoStack)
    , m_confirmation(confirmation)
{
}

Result<QList<Finding>> TalkScheduler::check(const Talk &talk) const
{
    return ScheduleChecker(m_storage).check(talk, today());
}

bool TalkScheduler::make(Result<PlannedChange> planned, bool ask, qint64 *talkId)
{
    if (!planned) {
        Q_EMIT failed(planned.error().message);
        return false;
    }
    PlannedChange plan = std::move(planned).value();
    if (plan.isEmpty()) {
        return false;
    }
    if (ask && plan.needsConfirmation() && !m_confirmation.confirm(plan.question, plan.findings, plan.confirmLabel)) {
        return false;
    }
    Change *change = plan.change.get();
    auto ok = History::run(m_undoStack, std::move(plan.change), [this](const Error &error) { Q_EMIT failed(error.message); });
    if (!ok) {
        Q_EMIT failed(ok.error().message);
        return false;
    }
    if (talkId) {
        auto *talkChange = dynamic_cast<TalkChange *>(change);
        *talkId = talkChange ? talkChange->talkId() : plan.talkId;
    }
    inform(plan.findings);
    return true;
}

void TalkScheduler::inform(const QList<Finding> &findings)
{
    QStringList notes;
    for (const Finding &finding : findings) {
        notes << finding.message;
    }
    if (!notes.isEmpty()) {
        Q_EMIT informed(notes.join(QLatin1Char(' ')));
    }
}

bool TalkScheduler::importCalendar(const ICalendarImport::Plan &plan, const QString &fileName)
{
    auto planned = TalkOperations::importCalendar(m_storage, plan, fileName);
    if (planned && planned.value().isEmpty()) {
        return true; // nothing new in the file
    }
    return make(std::move(planned), false);
}

bool TalkScheduler::moveTalks(const QList<qint64> &ids, const QDate &date)
{
    return make(TalkOperations::move(m_storage, ids, date, std::nullopt, today()), true);
}

bool TalkScheduler::moveTalk(qint64 id, const QDate &date, std::optional<QTime> time)
{
    return make(TalkOperations::move(m_storage, {id}, date, time, today()), true);
}

bool TalkScheduler::saveTalk(const Talk &edited)
{
    // The editor showed the rules' findings while the talk was edited: no question here.
    return make(TalkOperations::edit(m_storage, edited, today()), false);
}

std::optional<qint64> TalkScheduler::createTalk(const Talk &talk)
{
    qint64 id = 0;
    if (!make(TalkOperations::create(m_storage, talk, today()), false, &id)) {
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> TalkScheduler::scheduleProposal(qint64 proposalId, const QDate &date, std::optional<QTime> time)
{
    auto planned = TalkOperations::scheduleProposal(m_storage, proposalId, date, time, today());
    if (!make(std::move(planned), true)) {
        return std::nullopt;
    }
    auto proposal = m_storage.proposals().find(proposalId);
    if (!proposal || proposal.value().talkId <= 0) {
        return std::nullopt;
    }
    return proposal.value().talkId;
}

bool TalkScheduler::scheduleProposals(const QList<qint64> &proposalIds, const QDate &date)
{
    bool any = false;
    for (qint64 id : proposalIds) {
        any = scheduleProposal(id, date).has_value() || any;
    }
    return any;
}

bool TalkScheduler::cancelTalk(qint64 id)
{
    return make(TalkOperations::cancel(m_storage, id), false);
}

bool TalkScheduler::deleteTalk(qint64 id)
{
    return make(TalkOperations::remove(m_storage, id), false);
}

} // namespace Lectern
