// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rowmeta.h"

#include <QDateTime>
#include <QStringList>

namespace Lectern {

// A talk's announcement that went out of Lectern: saved as a file, copied, handed to the
// mail client or (with the outbox) sent. The announcement log Next Up and the agenda read.
struct Announcement
{
    enum class Channel { File, Clipboard, MailClient, Smtp };

    RowMeta meta;
    qint64 talkId = 0;
    QString templateName;
    Channel channel = Channel::File;
    QStringList recipients;
    QDateTime at; // UTC
};

QString toKey(Announcement::Channel channel);

} // namespace Lectern
