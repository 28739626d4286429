// SPDX-License-Identifier: GPL-2.0-or-later
#include "changecommand.h"

namespace Lectern {

ChangeCommand::ChangeCommand(std::unique_ptr<Change> change, ErrorSink sink, OverwriteQuestion *question)
    : QUndoCommand(change->text())
    , m_change(std::move(change))
    , m_sink(std::move(sink))
    , m_question(question)
{
}

void ChangeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false; // made by History::run already
        return;
    }
    report(step(true));
}

void ChangeCommand::undo()
{
    report(step(false));
}

Result<void> ChangeCommand::step(bool forward)
{
    auto result = forward ? m_change->apply() : m_change->revert();
    if (result || result.error().kind != Error::Kind::Conflict || !m_question) {
        return result;
    }
    // Refused because someone changed a record since (not for a reason of the step's own).
    const QString changed = m_change->changedElsewhere(forward);
    if (changed.isEmpty() || !m_question->overwrite(changed, m_change->text(), !forward)) {
        return result;
    }
    return forward ? m_change->applyOverwriting() : m_change->revertOverwriting();
}

void ChangeCommand::report(const Result<void> &result)
{
    if (result) {
        return;
    }
    setObsolete(true);
    if (m_sink) {
        m_sink(result.error());
    }
}

} // namespace Lectern
