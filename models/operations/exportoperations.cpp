// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportoperations.h"

#include "storage/storage.h"

namespace Lectern::ExportOperations {

Result<void> recordAnnouncement(Storage &storage, const ExportBuilder::Output &output, const QString &templateName, Announcement::Channel channel)
{
    if (output.talks.isEmpty() || !output.errors.isEmpty()) {
        return {};
    }
    Announcement announcement;
    announcement.talkId = output.talks.constFirst().meta.id;
    announcement.templateName = templateName;
    announcement.channel = channel;
    announcement.recipients = output.message.to;
    announcement.at = QDateTime::currentDateTimeUtc();
    auto id = storage.announcements().add(announcement);
    if (!id) {
        return id.error();
    }
    return {};
}

} // namespace Lectern::ExportOperations
