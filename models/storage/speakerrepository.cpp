// SPDX-License-Identifier: GPL-2.0-or-later
#include "speakerrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <algorithm>

namespace Lectern {
namespace {
Error invalid(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &error : errors) {
        lines << QStringLiteral("%1: %2").arg(error.field, error.message);
    }
    return Error{Error::Kind::InvalidInput, lines.join(QLatin1Char('\n'))};
}

QVariantList fieldValues(const Speaker &s)
{
    return {s.name.trimmed(), s.affiliation, s.roleTitle, s.bio, s.pronouns, s.timeZone, s.links.join(QLatin1Char('\n')), s.notes};
}

const QString speakerColumns =
        QStringLiteral("s.id, s.name, s.affiliation, s.role_title, s.bio, s.pronouns, s.time_zone, s.links, s.notes, s.version, s.created_at, s.modified_at");

// Four placeholders, all bound to the same pattern. SQLite's LIKE ignores (ASCII) case;
// PostgreSQL's ILIKE does the same there.
QString searchCondition(bool server)
{
    return QStringLiteral("(s.name %1 ? ESCAPE '\\' OR s.affiliation %1 ? ESCAPE '\\' OR s.role_title %1 ? ESCAPE '\\' "
                          "OR EXISTS (SELECT 1 FROM speaker_emails e WHERE e.speaker_id = s.id AND e.email %1 ? ESCAPE '\\'))")
            .arg(server ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"));
}

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString literal(const QString &value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QString directorySql(const QString &filter)
{
    return QStringLiteral("SELECT s.id, s.name, s.affiliation, s.role_title, count(DISTINCT t.id), "
                          "max(CASE WHEN t.talk_date < ? THEN t.talk_date END), min(CASE WHEN t.talk_date >= ? THEN t.talk_date END) "
                          "FROM speakers s LEFT JOIN talk_speakers l ON l.speaker_id = s.id LEFT JOIN talks t ON t.id = l.talk_id%1 "
                          "GROUP BY s.id, s.name, s.affiliation, s.role_title ORDER BY s.name, s.id")
            .arg(filter);
}
} // namespace

SpeakerRepository::SpeakerRepository(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

Result<QList<Speaker>> SpeakerRepository::all() const
{
    return query(QString(), {});
}

Result<Speaker> SpeakerRepository::find(qint64 id) const
{
    auto speakers = query(QStringLiteral("s.id = ?"), {id});
    if (!speakers) {
        return speakers.error();
    }
    if (speakers.value().isEmpty()) {
        return Error{Error::Kind::NotFound, tr("There is no speaker with id %1.").arg(id)};
    }
    return speakers.value().constFirst();
}

Result<QList<Speaker>> SpeakerRepository::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    // SQLite's lower() folds ASCII only: names with other letters are compared here instead.
    const bool ascii = std::all_of(wanted.cbegin(), wanted.cend(), [](QChar c) { return c.unicode() < 128; });
    auto candidates = ascii ? query(QStringLiteral("lower(s.name) = lower(?)"), {wanted}) : query(QString(), {});
    if (!candidates) {
        return candidates.error();
    }
    QList<Speaker> matches;
    for (const Speaker &speaker : candidates.value()) {
        if (speaker.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0) {
            matches.append(speaker);
        }
    }
    return matches;
}

Result<QList<Speaker>> SpeakerRepository::search(const QString &text) const
{
    if (text.trimmed().isEmpty()) {
        return all();
    }
    const QString pattern = likePattern(text);
    return query(searchCondition(m_db.isServer()), {pattern, pattern, pattern, pattern});
}

Result<QList<SpeakerSummary>> SpeakerRepository::directory(const QString &text, const QDate &today) const
{
    QVariantList values{Sql::fromDate(today), Sql::fromDate(today)};
    QString filter;
    if (!text.trimmed().isEmpty()) {
        const QString pattern = likePattern(text);
        filter = QStringLiteral(" WHERE ") + searchCondition(m_db.isServer());
        values << pattern << pattern << pattern << pattern;
    }
    const QSqlDatabase db = m_db.connection();
    auto rows = Sql::run(db, directorySql(filter), values);
    if (!rows) {
        return rows.error();
    }
    QList<SpeakerSummary> list;
    QHash<qint64, int> indexById;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        SpeakerSummary s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.affiliation = q.value(2).toString();
        s.roleTitle = q.value(3).toString();
        s.talkCount = q.value(4).toInt();
        s.lastTalk = Sql::toDate(q.value(5));
        s.nextTalk = Sql::toDate(q.value(6));
        indexById.insert(s.id, int(list.size()));
        list.append(s);
    }
    auto emails = Sql::run(db, QStringLiteral("SELECT speaker_id, email FROM speaker_emails ORDER BY speaker_id, position"));
    if (!emails) {
        return emails.error();
    }
    while (emails.value().next()) {
        const auto it = indexById.constFind(emails.value().value(0).toLongLong());
        if (it != indexById.constEnd()) {
            list[*it].emails << emails.value().value(1).toString();
        }
    }
    return list;
}

QString SpeakerRepository::directoryStatement(const QString &text, const QDate &today)
{
    QString filter;
    if (!text.trimmed().isEmpty()) {
        filter = QStringLiteral(" WHERE ") + searchCondition(false);
        const QString pattern = literal(likePattern(text));
        for (int i = 0; i < 4; ++i) {
            filter.replace(filter.indexOf(QLatin1Char('?')), 1, pattern);
        }
    }
    QString sql = directorySql(filter);
    const QString date = literal(today.toString(Qt::ISODate));
    sql.replace(sql.indexOf(QLatin1Char('?')), 1, date);
    sql.replace(sql.indexOf(QLatin1Char('?')), 1, date);
    return sql;
}

Result<QList<Speaker>> SpeakerRepository::query(const QString &where, const QVariantList &values) const
{
    const QSqlDatabase db = m_db.connection();
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    auto rows = Sql::run(db, QStringLiteral("SELECT %1 FROM speakers s%2 ORDER BY s.name, s.id").arg(speakerColumns, filter), values);
    if (!rows) {
        return rows.error();
    }
    QList<Speaker> speakers;
    QHash<qint64, int> indexById;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        Speaker s;
        s.meta.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.affiliation = q.value(2).toString();
        s.roleTitle = q.value(3).toString();
        s.bio = q.value(4).toString();
        s.pronouns = q.value(5).toString();
        s.timeZone = q.value(6).toString();
        s.links = q.value(7).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        s.notes = q.value(8).toString();
        s.meta.version = q.value(9).toInt();
        s.meta.created = Sql::toDateTime(q.value(10));
        s.meta.modified = Sql::toDateTime(q.value(11));
        indexById.insert(s.meta.id, int(speakers.size()));
        speakers.append(s);
    }
    if (speakers.isEmpty()) {
        return speakers;
    }
    // Emails and talks of the speakers found. A few speakers: ask for theirs by id; many: read
    // all of them once, which is cheaper than running the filter again as a subquery.
    constexpr int maxBoundIds = 500;
    QString idFilter;
    QVariantList ids;
    if (!where.isEmpty() && speakers.size() <= maxBoundIds) {
        for (const Speaker &speaker : std::as_const(speakers)) {
            ids << speaker.meta.id;
        }
        idFilter = QStringLiteral(" WHERE speaker_id IN (%1)").arg(QStringLiteral("?,").repeated(int(ids.size())).chopped(1));
    }
    auto emails = Sql::run(db, QStringLiteral("SELECT speaker_id, email FROM speaker_emails%1 ORDER BY speaker_id, position").arg(idFilter), ids);
    if (!emails) {
        return emails.error();
    }
    while (emails.value().next()) {
        const auto it = indexById.constFind(emails.value().value(0).toLongLong());
        if (it != indexById.constEnd()) {
            speakers[*it].emails << emails.value().value(1).toString();
        }
    }
    auto links = Sql::run(db,
                          QStringLiteral("SELECT l.speaker_id, l.talk_id, t.talk_date FROM talk_speakers l JOIN talks t ON t.id = l.talk_id%1")
                                  .arg(QString(idFilter).replace(QStringLiteral("speaker_id"), QStringLiteral("l.speaker_id"))),
                          ids);
    if (!links) {
        return links.error();
    }
    QHash<int, QVector<std::pair<QString, qint64>>> talksBySpeaker; // index in `speakers` -> (date, talk id)
    while (links.value().next()) {
        const auto it = indexById.constFind(links.value().value(0).toLongLong());
        if (it != indexById.constEnd()) {
            talksBySpeaker[*it].append({links.value().value(2).toString(), links.value().value(1).toLongLong()});
        }
    }
    for (auto it = talksBySpeaker.begin(); it != talksBySpeaker.end(); ++it) {
        std::sort(it->begin(), it->end());
        QList<qint64> &talkIds = speakers[it.key()].talkIds;
        for (const auto &[date, talkId] : std::as_const(*it)) {
            if (talkIds.isEmpty() || talkIds.constLast() != talkId) { // one talk in two roles counts once
                talkIds.append(talkId);
            }
        }
    }
    return speakers;
}

Result<qint64> SpeakerRepository::count() const
{
    auto rows = Sql::run(m_db.connection(), QStringLiteral("SELECT count(*) FROM speakers"));
    if (!rows) {
        return rows.error();
    }
    rows.value().next();
    return rows.value().value(0).toLongLong();
}

Result<void> SpeakerRepository::writeEmails(const Speaker &speaker, qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    QHash<QString, QString> created;
    if (auto old = Sql::run(db, QStringLiteral("SELECT email, created_at FROM speaker_emails WHERE speaker_id = ?"), {id})) {
        while (old.value().next()) {
            created.insert(old.value().value(0).toString(), old.value().value(1).toString());
        }
    }
    if (auto ok = Sql::run(db, QStringLiteral("DELETE FROM speaker_emails WHERE speaker_id = ?"), {id}); !ok) {
        return ok.error();
    }
    const QString now = Sql::nowUtc();
    int position = 0;
    QStringList seen;
    for (const QString &raw : speaker.emails) {
        const QString email = raw.trimmed();
        if (email.isEmpty() || seen.contains(email, Qt::CaseInsensitive)) {
            continue;
        }
        seen << email;
        auto ok = Sql::run(db,
                           QStringLiteral("INSERT INTO speaker_emails (speaker_id, email, position, created_at, modified_at) VALUES (?, ?, ?, ?, ?)"),
                           {id, email, position++, created.value(email, now), now});
        if (!ok) {
            return ok.error();
        }
    }
    return {};
}

Result<qint64> SpeakerRepository::insert(const Speaker &speaker, qint64 explicitId)
{
    if (const auto errors = speaker.validate(); !errors.isEmpty()) {
        return invalid(errors);
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    const QString now = Sql::nowUtc();
    // The id column only when one is given: a server's identity column takes no NULL.
    const bool withId = explicitId > 0;
    QVariantList values;
    if (withId) {
        values << explicitId;
    }
    values << fieldValues(speaker);
    values << (explicitId > 0 && speaker.meta.created.isValid() ? Sql::fromDateTime(speaker.meta.created) : QVariant(now)) << now;
    auto inserted = Sql::run(m_db.connection(),
                             QStringLiteral("INSERT INTO speakers (%1name, affiliation, role_title, bio, pronouns, time_zone, links, notes, version, "
                                            "created_at, modified_at) VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id")
                                     .arg(withId ? QStringLiteral("id, ") : QString(), withId ? QStringLiteral("?, ") : QString()),
                             values);
    if (!inserted) {
        return inserted.error();
    }
    const qint64 returned = Sql::returnedId(inserted.value()); // read (and reset) even when the id was given
    const qint64 id = explicitId > 0 ? explicitId : returned;
    if (auto ok = writeEmails(speaker, id); !ok) {
        return ok.error();
    }
    if (auto ok = m_db.logChange({Entity::speaker(), id, {}}, ChangeKind::Added, [this, id] { Q_EMIT speakerAdded(id); }); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return id;
}

Result<qint64> SpeakerRepository::add(const Speaker &speaker)
{
    return insert(speaker, 0);
}

Result<void> SpeakerRepository::restore(const Speaker &speaker)
{
    if (speaker.meta.id <= 0) {
        return Error{Error::Kind::InvalidInput, tr("Only a speaker read from the database can be restored.")};
    }
    auto id = insert(speaker, speaker.meta.id);
    if (!id) {
        return id.error();
    }
    return {};
}

Result<void> SpeakerRepository::update(const Speaker &speaker)
{
    if (const auto errors = speaker.validate(); !errors.isEmpty()) {
        return invalid(errors);
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    QVariantList values = fieldValues(speaker);
    values << Sql::nowUtc() << speaker.meta.id << speaker.meta.version;
    auto updated = Sql::run(m_db.connection(),
                            QStringLiteral("UPDATE speakers SET name = ?, affiliation = ?, role_title = ?, bio = ?, pronouns = ?, time_zone = ?, "
                                           "links = ?, notes = ?, version = version + 1, modified_at = ? WHERE id = ? AND version = ?"),
                            values);
    if (!updated) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() != 1) {
        auto current = find(speaker.meta.id);
        if (!current) {
            return current.error();
        }
        return Error{Error::Kind::Conflict, tr("The speaker “%1” was changed elsewhere since it was read; reload and try again.").arg(current.value().name)};
    }
    if (auto ok = writeEmails(speaker, speaker.meta.id); !ok) {
        return ok.error();
    }
    if (auto ok = notifyChanged(speaker.meta.id); !ok) {
        return ok.error();
    }
    return transaction.commit();
}

Result<void> SpeakerRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto speaker = find(id);
    if (!speaker) {
        return speaker.error();
    }
    if (!speaker.value().talkIds.isEmpty()) {
        return Error{Error::Kind::InvalidInput,
                     tr("%1 is linked to %n talk(s); unlink or merge them before deleting the record.", nullptr, int(speaker.value().talkIds.size()))
                             .arg(speaker.value().name)};
    }
    auto removed = Sql::run(m_db.connection(), QStringLiteral("DELETE FROM speakers WHERE id = ?"), {id});
    if (!removed) {
        return Error{Error::Kind::InvalidInput, tr("%1 cannot be deleted while proposals name them: %2").arg(speaker.value().name, removed.error().message)};
    }
    if (auto ok = notifyRemoved(id); !ok) {
        return ok.error();
    }
    return transaction.commit();
}

Result<qint64> SpeakerRepository::findOrAdd(const QString &name)
{
    auto matches = findByName(name);
    if (!matches) {
        return matches.error();
    }
    if (!matches.value().isEmpty()) {
        return matches.value().constFirst().meta.id;
    }
    Speaker speaker;
    speaker.name = name.trimmed();
    return add(speaker);
}

Result<void> SpeakerRepository::notifyChanged(qint64 id)
{
    return m_db.logChange({Entity::speaker(), id, {}}, ChangeKind::Updated, [this, id] { Q_EMIT speakerUpdated(id); });
}

Result<void> SpeakerRepository::notifyRemoved(qint64 id)
{
    return m_db.logChange({Entity::speaker(), id, {}}, ChangeKind::Removed, [this, id] { Q_EMIT speakerRemoved(id); });
}

} // namespace Lectern
