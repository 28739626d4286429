// SPDX-License-Identifier: GPL-2.0-or-later
#include "announcementrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>

namespace Lectern {
namespace {
Announcement::Channel channelFromKey(const QString &key)
{
    if (key == QLatin1String("clipboard")) {
        return Announcement::Channel::Clipboard;
    }
    if (key == QLatin1String("mail-client")) {
        return Announcement::Channel::MailClient;
    }
    if (key == QLatin1String("smtp")) {
        return Announcement::Channel::Smtp;
    }
    return Announcement::Channel::File;
}

Announcement read(const QSqlQuery &q)
{
    Announcement a;
    a.meta.id = q.value(0).toLongLong();
    a.talkId = q.value(1).toLongLong();
    a.templateName = q.value(2).toString();
    a.channel = channelFromKey(q.value(3).toString());
    a.recipients = q.value(4).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    a.at = Sql::toDateTime(q.value(5));
    a.meta.version = q.value(6).toInt();
    return a;
}

const char *const columns = "SELECT id, talk_id, template, channel, recipients, announced_at, version FROM announcements ";
} // namespace

QString toKey(Announcement::Channel channel)
{
    switch (channel) {
    case Announcement::Channel::File:
        return QStringLiteral("file");
    case Announcement::Channel::Clipboard:
        return QStringLiteral("clipboard");
    case Announcement::Channel::MailClient:
        return QStringLiteral("mail-client");
    case Announcement::Channel::Smtp:
        return QStringLiteral("smtp");
    }
    return QStringLiteral("file");
}

AnnouncementRepository::AnnouncementRepository(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

Result<qint64> AnnouncementRepository::add(const Announcement &announcement)
{
    if (announcement.talkId <= 0 || announcement.templateName.trimmed().isEmpty()) {
        return Error{Error::Kind::InvalidInput, QCoreApplication::translate("AnnouncementRepository", "An announcement needs its talk and its template.")};
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    const QString now = Sql::nowUtc();
    auto inserted =
            Sql::run(m_db.connection(),
                     QStringLiteral("INSERT INTO announcements (talk_id, template, channel, recipients, announced_at, version, created_at, modified_at) "
                                    "VALUES (?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"),
                     {announcement.talkId,
                      announcement.templateName,
                      toKey(announcement.channel),
                      announcement.recipients.join(QLatin1Char('\n')),
                      announcement.at.isValid() ? Sql::fromDateTime(announcement.at) : QVariant(now),
                      now,
                      now});
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = Sql::returnedId(inserted.value());
    const qint64 talkId = announcement.talkId;
    if (auto ok = m_db.logChange({Entity::announcement(), id, {}}, ChangeKind::Added, [this, talkId] { Q_EMIT announcementAdded(talkId); }); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return id;
}

Result<QList<Announcement>> AnnouncementRepository::forTalk(qint64 talkId) const
{
    auto rows = Sql::run(m_db.connection(), QString::fromLatin1(columns) + QStringLiteral("WHERE talk_id = ? ORDER BY announced_at, id"), {talkId});
    if (!rows) {
        return rows.error();
    }
    QList<Announcement> list;
    while (rows.value().next()) {
        list << read(rows.value());
    }
    return list;
}

Result<QHash<qint64, Announcement>> AnnouncementRepository::latestFor(const QList<qint64> &talkIds) const
{
    QHash<qint64, Announcement> latest;
    if (talkIds.isEmpty()) {
        return latest;
    }
    QStringList marks;
    QVariantList values;
    for (qint64 id : talkIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    auto rows = Sql::run(m_db.connection(),
                         QString::fromLatin1(columns) + QStringLiteral("WHERE talk_id IN (%1) ORDER BY announced_at, id").arg(marks.join(QLatin1Char(','))),
                         values);
    if (!rows) {
        return rows.error();
    }
    while (rows.value().next()) {
        const Announcement a = read(rows.value());
        latest.insert(a.talkId, a); // later rows replace earlier ones
    }
    return latest;
}

} // namespace Lectern
