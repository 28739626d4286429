// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "change.h"
#include "domain/emailtemplate.h"
#include "domain/series.h"

#include <QStringList>

#include <memory>

namespace Lectern {
class Storage;

namespace SeriesOperations {

// Everything that makes the series a series: its row, and the world times kept beside it.
struct SeriesEdit
{
    Series series;
    QStringList worldTimes;
};
Result<SeriesEdit> currentSeries(Storage &storage);
// Every field checked first (a message naming the field: Error::Kind::InvalidInput), then
// written as one undoable step; refused if the series changed since `before` was read.
Result<std::unique_ptr<Change>> editSeries(Storage &storage, const SeriesEdit &before, const SeriesEdit &after);
// The checks alone (the settings page shows them as they are typed).
Result<void> validate(const SeriesEdit &edit);

// An email template's new subject and body, over the one read as `before` (refused if it
// changed since).
std::unique_ptr<Change> editTemplate(Storage &storage, const EmailTemplate &before, const EmailTemplate &after);

} // namespace SeriesOperations
} // namespace Lectern
