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
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SpeakerRepository", text, disambiguation, n);
}

Result<void> validate(const Speaker &speaker)
{
    if (speaker.name.trimmed().isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("name: A speaker needs a name.")};
    }
    return {};
}

QVariantList fieldValues(const Speaker &s)
{
    return {s.name.trimmed(), s.email.trimmed(), s.affiliation, s.roleTitle, s.bio, s.pronouns, s.timeZone, s.links.join(QLatin1Char('\n')), s.notes};
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
    bool ascii = true;
    for (const QChar c : wanted) {
        ascii = ascii && c.unicode() < 128;
    }
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

namespace {
// Four placeholders, all bound to the same pattern.
const QString searchCondition =
        QStringLiteral("(s.name LIKE ? ESCAPE '\\' OR s.email LIKE ? ESCAPE '\\' OR s.affiliation LIKE ? ESCAPE '\\' OR s.role_title LIKE ? ESCAPE '\\')");

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

Result<QList<Speaker>> SpeakerRepository::search(const QString &text) const
{
    if (text.trimmed().isEmpty()) {
        return all();
    }
    const QString pattern = likePattern(text);
    return query(searchCondition, {pattern, pattern, pattern, pattern});
}

QString SpeakerRepository::searchStatement(const QString &text)
{
    QString pattern = likePattern(text);
    pattern.replace(QLatin1Char('\''), QStringLiteral("''"));
    QString condition = searchCondition;
    condition.replace(QLatin1Char('?'), QLatin1Char('\'') + pattern + QLatin1Char('\''));
    return QStringLiteral("SELECT s.id, s.name, s.email, s.affiliation, s.role_title, s.bio, s.pronouns, s.time_zone, s.links, s.notes, "
                          "s.version, s.created_at, s.modified_at FROM speakers s WHERE %1 ORDER BY s.name, s.id")
            .arg(condition);
}

Result<QList<Speaker>> SpeakerRepository::query(const QString &where, const QVariantList &values) const
{
    const QSqlDatabase db = m_db.connection();
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    auto rows = Sql::run(db,
                         QStringLiteral("SELECT s.id, s.name, s.email, s.affiliation, s.role_title, s.bio, s.pronouns, s.time_zone, s.links, s.notes, "
                                        "s.version, s.created_at, s.modified_at FROM speakers s%1 ORDER BY s.name, s.id")
                                 .arg(filter),
                         values);
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
        s.email = q.value(2).toString();
        s.affiliation = q.value(3).toString();
        s.roleTitle = q.value(4).toString();
        s.bio = q.value(5).toString();
        s.pronouns = q.value(6).toString();
        s.timeZone = q.value(7).toString();
        s.links = q.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        s.notes = q.value(9).toString();
        s.meta.version = q.value(10).toInt();
        s.meta.created = Sql::toDateTime(q.value(11));
        s.meta.modified = Sql::toDateTime(q.value(12));
        indexById.insert(s.meta.id, speakers.size());
        speakers.append(s);
    }
    if (speakers.isEmpty()) {
        return speakers;
    }
    // The talks of the speakers found. A few speakers: ask for theirs by id; many: read all
    // links once, which is cheaper than running the filter a second time as a subquery.
    constexpr int maxBoundIds = 500;
    QString linkFilter;
    QVariantList ids;
    if (!where.isEmpty() && speakers.size() <= maxBoundIds) {
        for (const Speaker &speaker : std::as_const(speakers)) {
            ids << speaker.meta.id;
        }
        linkFilter = QStringLiteral(" WHERE l.speaker_id IN (%1)").arg(QStringLiteral("?,").repeated(int(ids.size())).chopped(1));
    }
    auto links = Sql::run(
            db, QStringLiteral("SELECT l.speaker_id, l.talk_id, t.talk_date FROM talk_speakers l JOIN talks t ON t.id = l.talk_id%1").arg(linkFilter), ids);
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

Result<qint64> SpeakerRepository::add(const Speaker &speaker)
{
    if (auto ok = validate(speaker); !ok) {
        return ok.error();
    }
    const QString now = Sql::nowUtc();
    QVariantList values = fieldValues(speaker);
    values << now << now;
    auto inserted = Sql::run(m_db.connection(),
                             QStringLiteral("INSERT INTO speakers (name, email, affiliation, role_title, bio, pronouns, time_zone, links, notes, version, "
                                            "created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
                             values);
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    m_db.afterCommit([this, id] { Q_EMIT speakerAdded(id); });
    return id;
}

Result<void> SpeakerRepository::update(const Speaker &speaker)
{
    if (auto ok = validate(speaker); !ok) {
        return ok.error();
    }
    QVariantList values = fieldValues(speaker);
    values << Sql::nowUtc() << speaker.meta.id << speaker.meta.version;
    auto updated = Sql::run(m_db.connection(),
                            QStringLiteral("UPDATE speakers SET name = ?, email = ?, affiliation = ?, role_title = ?, bio = ?, pronouns = ?, time_zone = ?, "
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
    const qint64 id = speaker.meta.id;
    m_db.afterCommit([this, id] { Q_EMIT speakerUpdated(id); });
    return {};
}

Result<void> SpeakerRepository::remove(qint64 id)
{
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
    m_db.afterCommit([this, id] { Q_EMIT speakerRemoved(id); });
    return {};
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

} // namespace Lectern
