// SPDX-License-Identifier: GPL-2.0-or-later
#include "talkscheduler.h"

#include "schedule/schedulechecker.h"
#include "scheduleconfirmation.h"
#include "storage/storage.h"
#include "talkcommands.h"
#include "undoablechange.h"

#include "proposals/triage.h"

#include <QLocale>
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

bool TalkScheduler::importCalendar(const ICalendarImport::Plan &plan, const QString &fileName)
{
    std::vector<std::unique_ptr<TalkCommand>> commands;
    for (const auto &[before, after] : plan.updates) {
        commands.push_back(std::make_unique<UpdateTalkCommand>(m_storage.talks(), before, after, QString()));
    }
    for (const Talk &talk : plan.creates) {
        commands.push_back(std::make_unique<AddTalkCommand>(m_storage.talks(), talk));
    }
    if (commands.empty()) {
        return true;
    }
    const int count = int(commands.size());
    auto command = std::make_unique<TalkMacroCommand>(m_storage.talks(), tr("Import %n talk(s) from %1", nullptr, count).arg(fileName), std::move(commands));
    Transaction transaction(m_storage.database());
    if (!transaction.isActive()) {
        Q_EMIT failed(transaction.error().message);
        return false;
    }
    if (auto ok = command->execute(); !ok) {
        Q_EMIT failed(ok.error().message);
        return false;
    }
    if (auto ok = transaction.commit(); !ok) {
        Q_EMIT failed(ok.error().message);
        return false;
    }
    command->setErrorSink([this](const QString &message) { Q_EMIT failed(message); });
    m_undoStack.push(command.release());
    return true;
}

bool TalkScheduler::run(TalkCommand *command)
{
    std::unique_ptr<TalkCommand> owned(command);
    if (auto ok = owned->execute(); !ok) {
        Q_EMIT failed(ok.error().message);
        return false;
    }
    owned->setErrorSink([this](const QString &message) { Q_EMIT failed(message); });
    m_undoStack.push(owned.release());
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

bool TalkScheduler::moveTalks(const QList<qint64> &ids, const QDate &date)
{
    std::vector<std::unique_ptr<TalkCommand>> commands;
    QList<Finding> findings;
    QStringList titles;
    const QString day = QLocale().toString(date, QLocale::LongFormat);
    for (qint64 id : ids) {
        auto talk = m_storage.talks().find(id);
        if (!talk) {
            Q_EMIT failed(talk.error().message);
            return false;
        }
        if (talk.value().date == date) {
            continue; // dropped where it already is
        }
        Talk moved = talk.value();
        moved.date = date;
        if (moved.status == TalkStatus::Postponed) {
            moved.status = TalkStatus::Tentative; // a postponed talk given a new date is planned again
        }
        moved.updateSequence(talk.value());
        auto found = check(moved);
        if (!found) {
            Q_EMIT failed(found.error().message);
            return false;
        }
        findings << found.value();
        titles << moved.title;
        commands.push_back(std::make_unique<UpdateTalkCommand>(m_storage.talks(), talk.value(), moved, tr("Move “%1” to %2").arg(moved.title, day)));
    }
    if (commands.empty()) {
        return false;
    }
    const QString what =
            titles.size() == 1 ? tr("Move “%1” to %2?").arg(titles.constFirst(), day) : tr("Move %n talk(s) to %1?", nullptr, int(titles.size())).arg(day);
    if (hasWarnings(findings) && !m_confirmation.confirm(what, findings, tr("Move Anyway"))) {
        return false;
    }
    TalkCommand *command = commands.size() == 1
            ? commands.front().release()
            : new TalkMacroCommand(m_storage.talks(), tr("Move %n talk(s) to %1", nullptr, int(commands.size())).arg(day), std::move(commands));
    if (!run(command)) {
        return false;
    }
    inform(findings);
    return true;
}

bool TalkScheduler::moveTalk(qint64 id, const QDate &date, std::optional<QTime> time)
{
    if (!time) {
        return moveTalks({id}, date);
    }
    auto talk = m_storage.talks().find(id);
    if (!talk) {
        Q_EMIT failed(talk.error().message);
        return false;
    }
    Talk moved = talk.value();
    moved.date = date;
    moved.startUtc = *time;
    moved.updateSequence(talk.value());
    if (moved.sequence == talk.value().sequence) {
        return false; // nothing changes
    }
    auto findings = check(moved);
    if (!findings) {
        Q_EMIT failed(findings.error().message);
        return false;
    }
    const QString when = time->isValid() ? tr("%1 at %2 UTC").arg(QLocale().toString(date, QLocale::LongFormat), time->toString(QStringLiteral("HH:mm")))
                                         : QLocale().toString(date, QLocale::LongFormat);
    if (hasWarnings(findings.value()) && !m_confirmation.confirm(tr("Move “%1” to %2?").arg(moved.title, when), findings.value(), tr("Move Anyway"))) {
        return false;
    }
    if (!run(new UpdateTalkCommand(m_storage.talks(), talk.value(), moved, tr("Move “%1” to %2").arg(moved.title, when)))) {
        return false;
    }
    inform(findings.value());
    return true;
}

bool TalkScheduler::resolveSpeakers(Talk &talk)
{
    for (TalkSpeaker &speaker : talk.speakers) {
        if (speaker.speakerId > 0) {
            continue;
        }
        auto id = m_storage.speakers().findOrAdd(speaker.name);
        if (!id) {
            Q_EMIT failed(id.error().message);
            return false;
        }
        speaker.speakerId = id.value();
    }
    return true;
}

bool TalkScheduler::saveTalk(const Talk &edited)
{
    auto before = m_storage.talks().find(edited.meta.id);
    if (!before) {
        Q_EMIT failed(before.error().message);
        return false;
    }
    Talk after = edited;
    if (!resolveSpeakers(after)) {
        return false;
    }
    after.updateSequence(before.value());
    return run(new UpdateTalkCommand(m_storage.talks(), before.value(), after, tr("Edit “%1”").arg(after.title)));
}

std::optional<qint64> TalkScheduler::createTalk(const Talk &input)
{
    Talk talk = input;
    if (!resolveSpeakers(talk)) {
        return std::nullopt;
    }
    auto *command = new AddTalkCommand(m_storage.talks(), talk);
    if (!run(command)) {
        return std::nullopt;
    }
    return command->talkId();
}

std::optional<qint64> TalkScheduler::scheduleProposal(qint64 proposalId, const QDate &date, std::optional<QTime> time)
{
    auto proposal = m_storage.proposals().find(proposalId);
    if (!proposal) {
        Q_EMIT failed(proposal.error().message);
        return std::nullopt;
    }
    if (auto ok = Triage::checkSchedulable(proposal.value()); !ok) {
        Q_EMIT failed(ok.error().message);
        return std::nullopt;
    }
    auto talk = Triage::talkFor(m_storage, proposal.value(), date, time);
    if (!talk) {
        Q_EMIT failed(talk.error().message);
        return std::nullopt;
    }
    auto findings = check(talk.value());
    if (!findings) {
        Q_EMIT failed(findings.error().message);
        return std::nullopt;
    }
    const QString day = QLocale().toString(date, QLocale::LongFormat);
    if (hasWarnings(findings.value()) &&
        !m_confirmation.confirm(tr("Schedule “%1” on %2?").arg(talk.value().title, day), findings.value(), tr("Schedule Anyway"))) {
        return std::nullopt;
    }
    // The first run writes the talk and learns its id and UID; redo after undo brings that
    // same talk back, so an exported calendar entry stays the same event.
    struct State
    {
        bool done = false;
        Triage::Scheduled scheduled;
    };
    auto state = std::make_shared<State>();
    Storage &storage = m_storage;
    const Talk planned = talk.value();
    auto apply = [&storage, state, proposalId, planned]() -> Result<void> {
        if (!state->done) {
            auto scheduled = Triage::schedule(storage, proposalId, planned);
            if (!scheduled) {
                return scheduled.error();
            }
            state->scheduled = scheduled.value();
            state->done = true;
            return {};
        }
        Transaction transaction(storage.database());
        if (!transaction.isActive()) {
            return transaction.error();
        }
        if (auto ok = storage.talks().restore(state->scheduled.talk); !ok) {
            return ok.error();
        }
        if (auto ok = storage.proposals().setDecision(proposalId, state->scheduled.after); !ok) {
            return ok.error();
        }
        return transaction.commit();
    };
    auto revert = [&storage, state, proposalId]() -> Result<void> {
        Transaction transaction(storage.database());
        if (!transaction.isActive()) {
            return transaction.error();
        }
        if (auto ok = storage.proposals().setDecision(proposalId, state->scheduled.before); !ok) {
            return ok.error();
        }
        if (auto ok = storage.talks().remove(state->scheduled.talk.meta.id); !ok) {
            return ok.error();
        }
        return transaction.commit();
    };
    auto change = std::make_unique<UndoableChange>(tr("Schedule “%1” on %2").arg(planned.title, day), apply, revert);
    if (auto ok = change->execute(); !ok) {
        Q_EMIT failed(ok.error().message);
        return std::nullopt;
    }
    change->setErrorSink([this](const QString &message) { Q_EMIT failed(message); });
    m_undoStack.push(change.release());
    inform(findings.value());
    return state->scheduled.talk.meta.id;
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
    auto talk = m_storage.talks().find(id);
    if (!talk) {
        Q_EMIT failed(talk.error().message);
        return false;
    }
    if (talk.value().status == TalkStatus::Cancelled) {
        return false;
    }
    Talk cancelled = talk.value();
    cancelled.status = TalkStatus::Cancelled;
    cancelled.updateSequence(talk.value());
    return run(new UpdateTalkCommand(m_storage.talks(), talk.value(), cancelled, tr("Cancel “%1”").arg(cancelled.title)));
}

bool TalkScheduler::deleteTalk(qint64 id)
{
    auto talk = m_storage.talks().find(id);
    if (!talk) {
        Q_EMIT failed(talk.error().message);
        return false;
    }
    return run(new DeleteTalkCommand(m_storage.talks(), talk.value()));
}

} // namespace Lectern
