// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operations/change.h"
#include "overwritequestion.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace Lectern {

// The one undo command: a Change on a QUndoStack. The change is made before it is pushed
// (History::run), so the stack's first redo() is skipped. When undo or redo is refused
// (someone changed the record since, or the database failed) the command leaves the
// history (QUndoCommand::setObsolete), so the history never claims a state the data is not
// in, and the reason goes to the error sink. When someone else changed the record since and
// there is an OverwriteQuestion, the user is asked first: undo anyway, replacing their
// change, or keep it.
class ChangeCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const Error &error)>;
    ChangeCommand(std::unique_ptr<Change> change, ErrorSink sink, OverwriteQuestion *question = nullptr);

    void redo() override;
    void undo() override;
    Change &change() { return *m_change; }

private:
    void report(const Result<void> &result);
    Result<void> step(bool forward);

    std::unique_ptr<Change> m_change;
    ErrorSink m_sink;
    OverwriteQuestion *m_question = nullptr;
    bool m_skipRedo = true;
};

} // namespace Lectern
