// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Lectern {

// Asks whether an undo (or redo) may replace what another coordinator changed since. A small
// interface so tests answer instead of a dialog.
class OverwriteQuestion
{
public:
    virtual ~OverwriteQuestion() = default;
    // `changed` says who changed what and when; `step` is the history's text ("Move …");
    // true replaces their change.
    virtual bool overwrite(const QString &changed, const QString &step, bool undo) = 0;
};

} // namespace Lectern
