// SPDX-License-Identifier: GPL-2.0-or-later
#include "history.h"

#include <QUndoStack>
#include <QVariant>

namespace Lectern::History {

namespace {
// Kept on the stack itself, so it goes with it.
const char questionProperty[] = "lectern-overwrite-question";

OverwriteQuestion *questionFor(const QUndoStack &stack)
{
    return static_cast<OverwriteQuestion *>(stack.property(questionProperty).value<void *>());
}
} // namespace

void setOverwriteQuestion(QUndoStack &stack, OverwriteQuestion *question)
{
    stack.setProperty(questionProperty, QVariant::fromValue(static_cast<void *>(question)));
}

Result<void> run(QUndoStack &stack, std::unique_ptr<Change> change, ChangeCommand::ErrorSink sink)
{
    if (auto ok = change->apply(); !ok) {
        return ok;
    }
    stack.push(new ChangeCommand(std::move(change), std::move(sink), questionFor(stack)));
    return {};
}

Result<void> run(QUndoStack *stack, std::unique_ptr<Change> change, ChangeCommand::ErrorSink sink)
{
    return stack ? run(*stack, std::move(change), std::move(sink)) : change->apply();
}

} // namespace Lectern::History
