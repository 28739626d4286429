// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "changecommand.h"

class QUndoStack;

namespace Lectern::History {

// Makes the change and, only if that worked, pushes it on the stack as one step of the
// history: a change that failed never appears there. Later refusals of undo or redo go to
// `sink`.
Result<void> run(QUndoStack &stack, std::unique_ptr<Change> change, ChangeCommand::ErrorSink sink);
// The same on `stack` when there is one; without one (a page used on its own, in a test) the
// change is only made.
Result<void> run(QUndoStack *stack, std::unique_ptr<Change> change, ChangeCommand::ErrorSink sink);
// Who is asked, for the steps pushed on `stack` from now on, whether an undo may replace
// another's change (the window's dialog; a test's answer). Without one such an undo is refused.
void setOverwriteQuestion(QUndoStack &stack, OverwriteQuestion *question);

} // namespace Lectern::History
