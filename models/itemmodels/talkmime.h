// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

class QMimeData;

// What is carried by a drag inside Lectern: ids of records, under a MIME type per kind.
namespace Lectern::TalkMime {
QString talkIdsType();
QString proposalIdsType();

// The ids under `type`, plus the titles as text/plain for drops into other programs.
QMimeData *encode(const QString &type, const QList<qint64> &ids, const QStringList &titles = {});
QList<qint64> decode(const QMimeData *data, const QString &type);
} // namespace Lectern::TalkMime
