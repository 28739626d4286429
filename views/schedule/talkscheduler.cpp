// SPDX-License-Identifier: GPL-2.0-or-later
#include "talkscheduler.h"

#include "schedule/schedulechecker.h"
#include "scheduleconfirmation.h"
#include "storage/storage.h"
#include "talkcommands.h"

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
    if (hasWarnings(findings) && !m_confirmation.confirm(what, findings)) {
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
    if (hasWarnings(findings.value()) && !m_confirmation.confirm(tr("Move “%1” to %2?").arg(moved.title, when), findings.value())) {
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
