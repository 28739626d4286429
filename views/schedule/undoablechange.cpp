// SPDX-License-Identifier: GPL-2.0-or-later
#include "undoablechange.h"

namespace Lectern {

UndoableChange::UndoableChange(const QString &text, Step apply, Step revert)
    : QUndoCommand(text)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
{
}

Result<void> UndoableChange::execute()
{
    auto ok = m_apply();
    m_skipRedo = ok.ok();
    return ok;
}

void UndoableChange::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (auto ok = m_apply(); !ok && m_errorSink) {
        m_errorSink(ok.error().message);
    }
}

void UndoableChange::undo()
{
    if (auto ok = m_revert(); !ok && m_errorSink) {
        m_errorSink(ok.error().message);
    }
}

} // namespace Lectern
