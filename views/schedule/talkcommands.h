// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/talk.h"
#include "storage/result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <vector>

namespace Lectern {
class TalkRepository;

// The schedule's undoable changes. A command is executed once by whoever creates it
// (execute(), which reports failure) and only then pushed on the undo stack, whose first
// redo() it skips; so a change that failed never appears in the history.
class TalkCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &message)>;

    Result<void> execute();
    void redo() override;
    void undo() override;
    void setErrorSink(ErrorSink sink) { m_errorSink = std::move(sink); }

protected:
    friend class TalkMacroCommand;
    TalkCommand(TalkRepository &talks, const QString &text);
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;
    // Writes `talk` over the stored row, whatever version it is at now.
    Result<void> overwrite(Talk talk);

    TalkRepository &m_talks;

private:
    bool m_executed = false;
    bool m_skipRedo = false;
    ErrorSink m_errorSink;
};

// Any change of an existing talk: a move, an edit, a cancellation.
class UpdateTalkCommand : public TalkCommand
{
public:
    UpdateTalkCommand(TalkRepository &talks, const Talk &before, const Talk &after, const QString &text);
    qint64 talkId() const { return m_after.meta.id; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Talk m_before;
    Talk m_after;
};

class AddTalkCommand : public TalkCommand
{
public:
    AddTalkCommand(TalkRepository &talks, const Talk &talk);
    qint64 talkId() const { return m_talk.meta.id; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Talk m_talk;
};

class DeleteTalkCommand : public TalkCommand
{
public:
    DeleteTalkCommand(TalkRepository &talks, const Talk &talk);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Talk m_talk;
};

// Several commands as one step of the history (moving several talks at once).
class TalkMacroCommand : public TalkCommand
{
public:
    TalkMacroCommand(TalkRepository &talks, const QString &text, std::vector<std::unique_ptr<TalkCommand>> commands);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    std::vector<std::unique_ptr<TalkCommand>> m_commands;
};

} // namespace Lectern
