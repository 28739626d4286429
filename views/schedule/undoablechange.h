// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/result.h"

#include <QUndoCommand>

#include <functional>

namespace Lectern {

// An undoable change given as two functions, for records other than talks (a speaker's
// edit, a merge). Like TalkCommand, it is executed once by its maker and only pushed if that
// worked; redo after undo runs `apply` again.
class UndoableChange : public QUndoCommand
{
public:
    using Step = std::function<Result<void>()>;
    UndoableChange(const QString &text, Step apply, Step revert);

    Result<void> execute();
    void setErrorSink(std::function<void(const QString &)> sink) { m_errorSink = std::move(sink); }
    void redo() override;
    void undo() override;

private:
    Step m_apply;
    Step m_revert;
    bool m_skipRedo = false;
    std::function<void(const QString &)> m_errorSink;
};

} // namespace Lectern
