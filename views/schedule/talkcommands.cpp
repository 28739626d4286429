// SPDX-License-Identifier: GPL-2.0-or-later
#include "talkcommands.h"

#include "storage/talkrepository.h"

#include <QCoreApplication>

namespace Lectern {

TalkCommand::TalkCommand(TalkRepository &talks, const QString &text)
    : QUndoCommand(text)
    , m_talks(talks)
{
}

Result<void> TalkCommand::execute()
{
    auto ok = apply();
    m_executed = ok.ok();
    m_skipRedo = m_executed;
    return ok;
}

void TalkCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (auto ok = apply(); !ok && m_errorSink) {
        m_errorSink(ok.error().message);
    }
}

void TalkCommand::undo()
{
    if (auto ok = revert(); !ok && m_errorSink) {
        m_errorSink(ok.error().message);
    }
}

Result<void> TalkCommand::overwrite(Talk talk)
{
    auto current = m_talks.find(talk.meta.id);
    if (!current) {
        return current.error();
    }
    talk.meta.version = current.value().meta.version;
    return m_talks.update(talk);
}

UpdateTalkCommand::UpdateTalkCommand(TalkRepository &talks, const Talk &before, const Talk &after, const QString &text)
    : TalkCommand(talks, text)
    , m_before(before)
    , m_after(after)
{
}

Result<void> UpdateTalkCommand::apply()
{
    return overwrite(m_after);
}

Result<void> UpdateTalkCommand::revert()
{
    return overwrite(m_before);
}

AddTalkCommand::AddTalkCommand(TalkRepository &talks, const Talk &talk)
    : TalkCommand(talks, QCoreApplication::translate("TalkCommand", "Add “%1”").arg(talk.title))
    , m_talk(talk)
{
}

Result<void> AddTalkCommand::apply()
{
    if (m_talk.meta.id > 0) {
        return m_talks.restore(m_talk); // redo after undo: the same id and UID as before
    }
    auto id = m_talks.add(m_talk);
    if (!id) {
        return id.error();
    }
    auto stored = m_talks.find(id.value());
    if (!stored) {
        return stored.error();
    }
    m_talk = stored.value();
    return {};
}

Result<void> AddTalkCommand::revert()
{
    return m_talks.remove(m_talk.meta.id);
}

DeleteTalkCommand::DeleteTalkCommand(TalkRepository &talks, const Talk &talk)
    : TalkCommand(talks, QCoreApplication::translate("TalkCommand", "Delete “%1”").arg(talk.title))
    , m_talk(talk)
{
}

Result<void> DeleteTalkCommand::apply()
{
    return m_talks.remove(m_talk.meta.id);
}

Result<void> DeleteTalkCommand::revert()
{
    return m_talks.restore(m_talk);
}

TalkMacroCommand::TalkMacroCommand(TalkRepository &talks, const QString &text, std::vector<std::unique_ptr<TalkCommand>> commands)
    : TalkCommand(talks, text)
    , m_commands(std::move(commands))
{
}

Result<void> TalkMacroCommand::apply()
{
    for (std::size_t i = 0; i < m_commands.size(); ++i) {
        if (auto ok = m_commands[i]->apply(); !ok) {
            // Leave nothing half done: take back the ones that went through.
            while (i-- > 0) {
                (void)m_commands[i]->revert();
            }
            return ok;
        }
    }
    return {};
}

Result<void> TalkMacroCommand::revert()
{
    Result<void> result;
    for (auto it = m_commands.rbegin(); it != m_commands.rend(); ++it) {
        if (auto ok = (*it)->revert(); !ok && result.ok()) {
            result = ok;
        }
    }
    return result;
}

} // namespace Lectern
