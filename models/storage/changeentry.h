// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Lectern {

// What the change log names: a kind of record and its id (or its key, for settings).
struct ChangeTarget
{
    QString entity;
    qint64 id = 0;
    QString key;

    friend bool operator==(const ChangeTarget &a, const ChangeTarget &b) { return a.entity == b.entity && a.id == b.id && a.key == b.key; }
    friend bool operator!=(const ChangeTarget &a, const ChangeTarget &b) { return !(a == b); }
};

// The entity names the log uses (portable text, also what the PostgreSQL mode announces).
namespace Entity {
inline const QString talk()
{
    return QStringLiteral("talk");
}
inline const QString speaker()
{
    return QStringLiteral("speaker");
}
inline const QString proposal()
{
    return QStringLiteral("proposal");
}
inline const QString series()
{
    return QStringLiteral("series");
}
inline const QString emailTemplate()
{
    return QStringLiteral("template");
}
inline const QString setting()
{
    return QStringLiteral("setting");
}
inline const QString announcement()
{
    return QStringLiteral("announcement");
}
inline const QString outbox()
{
    return QStringLiteral("outbox");
}
// What was published to a calendar collection (keyed by the collection).
inline const QString publish()
{
    return QStringLiteral("publish");
}
} // namespace Entity

enum class ChangeKind {
    Added,
    Updated,
    Removed,
};

// Who writes through a connection: the kind of writer ("gui", "cli", "sync", "import") and
// the person, so that a refused undo can say who changed the row since.
struct ChangeOrigin
{
    QString origin;
    QString author;
};

// One committed write, as the change log keeps it.
struct ChangeEntry
{
    qint64 seq = 0;
    ChangeTarget target;
    int version = 0; // the row's version after the write; 0 once removed
    ChangeKind kind = ChangeKind::Updated;
    ChangeOrigin origin;
    QString session; // the connection that wrote it, so a window skips its own writes
    QDateTime at;
};

QString toKey(ChangeKind kind);
ChangeKind changeKindFromKey(const QString &key);

} // namespace Lectern

Q_DECLARE_METATYPE(Lectern::ChangeEntry)
