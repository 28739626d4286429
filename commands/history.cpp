// SPDX-License-Identifier: GPL-2.0-or-later
#include "history.h"

#include <QUndoStack>

namespace Lectern::History {

Result<void> run(QUndoStack &stack, std::unique_ptr<Change> change, ChangeCommand::ErrorSink sink)
{
    if (auto ok = change->apply(); !ok) {
        return ok;
    }
    stack.push(new ChangeCommand(std::move(change), std::move(sink)));
    return {};
}

Result<void> run(QUndoStack *stack, std::unique_ptr<Change> change, ChangeCommand::ErrorSink sink)
{
    return stack ? run(*stack, std::move(change), std::move(sink)) : change->apply();
}

} // namespace Lectern::History
