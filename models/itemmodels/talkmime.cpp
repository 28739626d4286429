// SPDX-License-Identifier: GPL-2.0-or-later
#include "talkmime.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QStringList>

namespace Lectern::TalkMime {

QString talkIdsType()
{
    return QStringLiteral("application/x-lectern-talk-ids");
}

QString proposalIdsType()
{
    return QStringLiteral("application/x-lectern-proposal-ids");
}

QMimeData *encode(const QString &type, const QList<qint64> &ids, const QStringList &titles)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << quint32(ids.size());
    for (qint64 id : ids) {
        stream << id;
    }
    auto *data = new QMimeData;
    data->setData(type, bytes);
    if (!titles.isEmpty()) {
        data->setText(titles.join(QLatin1Char('\n')));
    }
    return data;
}

QList<qint64> decode(const QMimeData *data, const QString &type)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(type)) {
        return ids;
    }
    const QByteArray bytes = data->data(type);
    QDataStream stream(bytes);
    quint32 count = 0;
    stream >> count;
    // Anything but a count followed by exactly that many ids is not ours: take nothing.
    if (stream.status() != QDataStream::Ok || qint64(bytes.size()) != 4 + qint64(count) * 8) {
        return ids;
    }
    for (quint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        qint64 id = 0;
        stream >> id;
        if (stream.status() == QDataStream::Ok && id > 0) {
            ids.append(id);
        }
    }
    return ids;
}

} // namespace Lectern::TalkMime
