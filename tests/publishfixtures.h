// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "caldav/caldavpublisher.h"
#include "domain/talk.h"
#include "storage/publishrepository.h"

namespace PublishFixtures {
// A conflict as a publish leaves it when the talk's event was renamed on the server.
inline Lectern::PublishConflict renamedOnServer(const Lectern::Talk &talk)
{
    Lectern::PublishConflict conflict;
    conflict.uid = talk.icalUid;
    conflict.talkId = talk.meta.id;
    conflict.title = talk.title;
    conflict.name = Lectern::CalDavPublisher::resourceName(talk.icalUid);
    conflict.serverEtag = "\"server-2\"";
    conflict.differs = QStringLiteral("Title: “Renamed on the server” on the server, “%1” here.").arg(talk.title);
    return conflict;
}
} // namespace PublishFixtures
