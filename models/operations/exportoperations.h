// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/announcement.h"
#include "export/exportbuilder.h"
#include "storage/result.h"

namespace Lectern {
class Storage;

namespace ExportOperations {
// Records in the announcement log that `output` (an announcement built by ExportBuilder)
// went out by `channel`: for its talk, with its template and recipients. An output about
// no talk (the call for proposals) records nothing.
Result<void> recordAnnouncement(Storage &storage, const ExportBuilder::Output &output, const QString &templateName, Announcement::Channel channel);
} // namespace ExportOperations

} // namespace Lectern
