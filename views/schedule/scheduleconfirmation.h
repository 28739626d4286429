// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "schedule/finding.h"

#include <QString>

namespace Lectern {

// Asks the user whether to go ahead with a change the scheduling rules warn about. A small
// interface so tests can answer instead of a dialog.
class ScheduleConfirmation
{
public:
    virtual ~ScheduleConfirmation() = default;
    // `what` says the change in plain words ("Move “Title” to Wednesday, 11 September 2019"),
    // `goAhead` names the button that makes it anyway ("Move Anyway").
    virtual bool confirm(const QString &what, const QList<Finding> &findings, const QString &goAhead) = 0;
};

} // namespace Lectern
