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

// The series fields the settings edit, with the world times kept beside them.
struct SeriesSettings
{
    QString name;
    QString senderName;
    QString senderEmail;
    QStringList mailingLists;
    QString worldTimes;

    friend bool operator==(const SeriesSettings &a, const SeriesSettings &b)
    {
        return a.name == b.name && a.senderName == b.senderName && a.senderEmail == b.senderEmail && a.mailingLists == b.mailingLists &&
                a.worldTimes == b.worldTimes;
    }
};

Result<SeriesSettings> currentSettings(Storage &storage);

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
// One undoable step from `before` to `after`.
std::unique_ptr<Change> editSettings(Storage &storage, const SeriesSettings &before, const SeriesSettings &after);

// An email template's new subject and body, over the one read as `before` (refused if it
// changed since).
std::unique_ptr<Change> editTemplate(Storage &storage, const EmailTemplate &before, const EmailTemplate &after);

} // namespace SeriesOperations
} // namespace Lectern
