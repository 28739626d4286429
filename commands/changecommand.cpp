// SPDX-License-Identifier: GPL-2.0-or-later
#include "changecommand.h"

namespace Lectern {

ChangeCommand::ChangeCommand(std::unique_ptr<Change> change, ErrorSink sink)
    : QUndoCommand(change->text())
    , m_change(std::move(change))
    , m_sink(std::move(sink))
{
}

void ChangeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false; // made by History::run already
        return;
    }
    report(m_change->apply());
}

void ChangeCommand::undo()
{
    report(m_change->revert());
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
