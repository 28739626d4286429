// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "change.h"
#include "schedule/finding.h"

#include <memory>

namespace Lectern {

// A change worked out and checked by the rules, not yet made: the GUI asks `question` when
// the rules warn and then puts the change on its history; the CLI prints the findings and
// makes it only with --force. Either way the same rows are written.
struct PlannedChange
{
    std::unique_ptr<Change> change; // null when nothing would change
    QList<Finding> findings;
    QString question; // "Move “…” to Wednesday, 10 June 2020?"
    QString confirmLabel; // "Move Anyway"
    qint64 talkId = 0; // the talk concerned, when there is one (0 for a talk still to be added)

    bool isEmpty() const { return !change; }
    bool needsConfirmation() const { return hasWarnings(findings); }
};

} // namespace Lectern
