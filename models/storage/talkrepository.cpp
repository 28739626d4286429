// SPDX-License-Identifier: GPL-2.0-or-later
#include "talkrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlRecord>
#include <QUuid>
#include <QVector>

#include <algorithm>
#include <tuple>

namespace Lectern {
namespace {
const QString talkColumns =
        QStringLiteral("t.id, t.series_id, t.season, t.episode, t.title, t.abstract, t.talk_date, t.start_utc, t.duration_minutes, t.status, "
                       "t.stream_url, t.slides_url, t.recording_url, t.notes, t.ical_uid, t.sequence, t.version, t.created_at, t.modified_at, "
                       "(SELECT p.id FROM proposals p WHERE p.talk_id = t.id) AS proposal_id");

Talk readTalk(const QSqlQuery &q)
{
    Talk talk;
    talk.meta.id = q.value(0).toLongLong();
    talk.seriesId = q.value(1).toLongLong();
    talk.season = Sql::toOptionalInt(q.value(2));
    talk.episode = Sql::toOptionalInt(q.value(3));
    talk.title = q.value(4).toString();
    talk.abstract = q.value(5).toString();
    talk.date = Sql::toDate(q.value(6));
    talk.startUtc = Sql::toTime(q.value(7));
    talk.durationMinutes = q.value(8).toInt();
    talk.status = talkStatusFromKey(q.value(9).toString()).value_or(TalkStatus::Tentative);
    talk.streamUrl = q.value(10).toString();
    talk.slidesUrl = q.value(11).toString();
    talk.recordingUrl = q.value(12).toString();
    talk.notes = q.value(13).toString();
    talk.icalUid = q.value(14).toString();
    talk.sequence = q.value(15).toInt();
    talk.meta.version = q.value(16).toInt();
    talk.meta.created = Sql::toDateTime(q.value(17));
    talk.meta.modified = Sql::toDateTime(q.value(18));
    talk.proposalId = q.value(19).toLongLong();
    return talk;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("TalkRepository", text);
}

// Scheduled talks by date and time (a time to be announced last in its day), then the
// unscheduled ones; the id keeps the order stable.
auto scheduleOrder(const Talk &talk)
{
    return std::make_tuple(!talk.date.isValid(), talk.date.toJulianDay(), !talk.startUtc.isValid(), talk.startUtc.msecsSinceStartOfDay(), talk.meta.id);
}

Error invalid(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &error : errors) {
        lines << QStringLiteral("%1: %2").arg(error.field, error.message);
    }
    return Error{Error::Kind::InvalidInput, lines.join(QLatin1Char('\n'))};
}

Error notFound(qint64 id)
{
    return Error{Error::Kind::NotFound, tr("There is no talk with id %1.").arg(id)};
}
} // namespace

TalkRepository::TalkRepository(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

Result<QList<Talk>> TalkRepository::all() const
{
    return query(QString(), {});
}

Result<QList<Talk>> TalkRepository::inRange(const QDate &from, const QDate &to) const
{
    QStringList conditions{QStringLiteral("t.talk_date IS NOT NULL")};
    QVariantList values;
    if (from.isValid()) {
        conditions << QStringLiteral("t.talk_date >= ?");
        values << Sql::fromDate(from);
    }
    if (to.isValid()) {
        conditions << QStringLiteral("t.talk_date <= ?");
        values << Sql::fromDate(to);
    }
    return query(conditions.join(QStringLiteral(" AND ")), values);
}

Result<Talk> TalkRepository::find(qint64 id) const
{
    auto talks = query(QStringLiteral("t.id = ?"), {id});
    if (!talks) {
        return talks.error();
    }
    if (talks.value().isEmpty()) {
        return notFound(id);
    }
    return talks.value().constFirst();
}

Result<QHash<qint64, int>> TalkRepository::versions() const
{
    auto rows = Sql::run(m_db.connection(), QStringLiteral("SELECT id, version FROM talks"));
    if (!rows) {
        return rows.error();
    }
    QHash<qint64, int> versions;
    while (rows.value().next()) {
        versions.insert(rows.value().value(0).toLongLong(), rows.value().value(1).toInt());
    }
    return versions;
}

Result<QList<Talk>> TalkRepository::findAll(const QList<qint64> &ids) const
{
    QList<Talk> found;
    // In chunks, under SQLite's limit on bound values.
    constexpr int chunk = 500;
    for (int from = 0; from < ids.size(); from += chunk) {
        const QList<qint64> part = ids.mid(from, chunk);
        QStringList marks;
        QVariantList values;
        for (qint64 id : part) {
            marks << QStringLiteral("?");
            values << id;
        }
        auto talks = query(QStringLiteral("t.id IN (%1)").arg(marks.join(QLatin1Char(','))), values);
        if (!talks) {
            return talks.error();
        }
        found += talks.value();
    }
    return found;
}

Result<QList<Talk>> TalkRepository::query(const QString &where, const QVariantList &values) const
{
    const QSqlDatabase db = m_db.connection();
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    auto rows = Sql::run(db, QStringLiteral("SELECT %1 FROM talks t%2").arg(talkColumns, filter), values);
    if (!rows) {
        return rows.error();
    }
    QList<Talk> talks;
    while (rows.value().next()) {
        talks.append(readTalk(rows.value()));
    }
    if (talks.isEmpty()) {
        return talks;
    }
    // Sorted here rather than by SQL, which cannot use an index for "unscheduled last".
    std::sort(talks.begin(), talks.end(), [](const Talk &a, const Talk &b) { return scheduleOrder(a) < scheduleOrder(b); });
    QHash<qint64, int> indexById;
    indexById.reserve(talks.size());
    for (int i = 0; i < talks.size(); ++i) {
        indexById.insert(talks.at(i).meta.id, i);
    }

    // Links for all the talks at once: two queries, however many talks. The few links of
    // each talk are put in order here; an ORDER BY would sort every link of the database.
    const QString subset = where.isEmpty() ? QString() : QStringLiteral(" WHERE l.talk_id IN (SELECT t.id FROM talks t%1)").arg(filter);
    auto speakers = Sql::run(
            db,
            QStringLiteral("SELECT l.talk_id, s.id, s.name, l.role, l.position FROM talk_speakers l JOIN speakers s ON s.id = l.speaker_id%1").arg(subset),
            values);
    if (!speakers) {
        return speakers.error();
    }
    QHash<qint64, QVector<std::pair<int, TalkSpeaker>>> speakerLinks;
    while (speakers.value().next()) {
        const QSqlQuery &q = speakers.value();
        speakerLinks[q.value(0).toLongLong()].append(
                {q.value(4).toInt(),
                 {q.value(1).toLongLong(), q.value(2).toString(), speakerRoleFromKey(q.value(3).toString()).value_or(SpeakerRole::Speaker)}});
    }
    auto topics =
            Sql::run(db, QStringLiteral("SELECT l.talk_id, o.name, l.position FROM talk_topics l JOIN topics o ON o.id = l.topic_id%1").arg(subset), values);
    if (!topics) {
        return topics.error();
    }
    QHash<qint64, QVector<std::pair<int, QString>>> topicLinks;
    while (topics.value().next()) {
        topicLinks[topics.value().value(0).toLongLong()].append({topics.value().value(2).toInt(), topics.value().value(1).toString()});
    }
    const auto byPosition = [](const auto &a, const auto &b) { return a.first < b.first; };
    for (auto it = speakerLinks.begin(); it != speakerLinks.end(); ++it) {
        const auto talk = indexById.constFind(it.key());
        if (talk != indexById.constEnd()) {
            std::sort(it->begin(), it->end(), byPosition);
            for (const auto &link : std::as_const(*it)) {
                talks[*talk].speakers.append(link.second);
            }
        }
    }
    for (auto it = topicLinks.begin(); it != topicLinks.end(); ++it) {
        const auto talk = indexById.constFind(it.key());
        if (talk != indexById.constEnd()) {
            std::sort(it->begin(), it->end(), byPosition);
            for (const auto &link : std::as_const(*it)) {
                talks[*talk].topics.append(link.second);
            }
        }
    }
    return talks;
}

Result<void> TalkRepository::writeLinks(const Talk &talk, qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    const QString now = Sql::nowUtc();
    // Links are rewritten whole; a link that stays keeps the stamp of when it was made.
    QHash<QString, QString> speakerLinkCreated;
    QHash<qint64, QString> topicLinkCreated;
    if (auto old = Sql::run(db, QStringLiteral("SELECT speaker_id, role, created_at FROM talk_speakers WHERE talk_id = ?"), {id})) {
        while (old.value().next()) {
            speakerLinkCreated.insert(old.value().value(0).toString() + QLatin1Char('|') + old.value().value(1).toString(), old.value().value(2).toString());
        }
    }
    if (auto old = Sql::run(db, QStringLiteral("SELECT topic_id, created_at FROM talk_topics WHERE talk_id = ?"), {id})) {
        while (old.value().next()) {
            topicLinkCreated.insert(old.value().value(0).toLongLong(), old.value().value(1).toString());
        }
    }
    for (const char *statement : {"DELETE FROM talk_speakers WHERE talk_id = ?", "DELETE FROM talk_topics WHERE talk_id = ?"}) {
        if (auto ok = Sql::run(db, QString::fromLatin1(statement), {id}); !ok) {
            return ok.error();
        }
    }
    int position = 0;
    for (const TalkSpeaker &speaker : talk.speakers) {
        auto ok = Sql::run(db,
                           QStringLiteral("INSERT INTO talk_speakers (talk_id, speaker_id, role, position, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?)"),
                           {id,
                            speaker.speakerId,
                            toKey(speaker.role),
                            position++,
                            speakerLinkCreated.value(QString::number(speaker.speakerId) + QLatin1Char('|') + toKey(speaker.role), now),
                            now});
        if (!ok) {
            return Error{Error::Kind::InvalidInput, tr("Cannot link speaker %1 to the talk: %2").arg(QString::number(speaker.speakerId), ok.error().message)};
        }
    }
    position = 0;
    for (const QString &rawName : talk.topics) {
        const QString name = rawName.trimmed();
        if (name.isEmpty()) {
            continue;
        }
        auto existing = Sql::run(db, QStringLiteral("SELECT id FROM topics WHERE lower(name) = lower(?)"), {name});
        if (!existing) {
            return existing.error();
        }
        QVariant topicId;
        if (existing.value().next()) {
            topicId = existing.value().value(0);
        } else {
            auto inserted = Sql::run(db, QStringLiteral("INSERT INTO topics (name, created_at, modified_at) VALUES (?, ?, ?) RETURNING id"), {name, now, now});
            if (!inserted) {
                return inserted.error();
            }
            topicId = Sql::returnedId(inserted.value());
        }
        auto ok = Sql::run(
                db,
                QStringLiteral("INSERT INTO talk_topics (talk_id, topic_id, position, created_at, modified_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                {id, topicId, position++, topicLinkCreated.value(topicId.toLongLong(), now), now});
        if (!ok) {
            return ok.error();
        }
    }
    return {};
}

QString TalkRepository::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@lectern");
}

Result<qint64> TalkRepository::add(const Talk &talk)
{
    return insert(talk, 0);
}

Result<void> TalkRepository::restore(const Talk &talk)
{
    if (talk.meta.id <= 0 || talk.icalUid.isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("Only a talk read from the database can be restored.")};
    }
    auto id = insert(talk, talk.meta.id);
    if (!id) {
        return id.error();
    }
    return {};
}

Result<void> TalkRepository::notifyChanged(qint64 id)
{
    return m_db.logChange({Entity::talk(), id, {}}, ChangeKind::Updated, [this, id] { Q_EMIT talkUpdated(id); });
}

Result<QList<Talk>> TalkRepository::unscheduled() const
{
    return query(QStringLiteral("t.talk_date IS NULL"), {});
}

Result<std::optional<std::pair<int, int>>> TalkRepository::lastEpisode(qint64 seriesId) const
{
    auto rows = Sql::run(m_db.connection(),
                         QStringLiteral("SELECT season, MAX(episode) FROM talks WHERE series_id = ? AND season = "
                                        "(SELECT MAX(season) FROM talks WHERE series_id = ?) GROUP BY season"),
                         {seriesId, seriesId});
    if (!rows) {
        return rows.error();
    }
    if (!rows.value().next() || rows.value().value(0).isNull()) {
        return std::optional<std::pair<int, int>>();
    }
    return std::optional<std::pair<int, int>>(std::make_pair(rows.value().value(0).toInt(), rows.value().value(1).toInt()));
}

Result<QDate> TalkRepository::latestDate() const
{
    auto rows = Sql::run(m_db.connection(), QStringLiteral("SELECT max(talk_date) FROM talks"));
    if (!rows) {
        return rows.error();
    }
    rows.value().next();
    return Sql::toDate(rows.value().value(0));
}

Result<QStringList> TalkRepository::topicNames() const
{
    auto rows = Sql::run(m_db.connection(), QStringLiteral("SELECT name FROM topics ORDER BY name"));
    if (!rows) {
        return rows.error();
    }
    QStringList names;
    while (rows.value().next()) {
        names << rows.value().value(0).toString();
    }
    return names;
}

Result<qint64> TalkRepository::insert(const Talk &input, qint64 explicitId)
{
    if (const auto errors = input.validate(); !errors.isEmpty()) {
        return invalid(errors);
    }
    Talk talk = input;
    if (talk.icalUid.isEmpty()) {
        talk.icalUid = newUid();
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
    values << QVariantList{talk.seriesId,
                           Sql::fromOptional(talk.season),
                           Sql::fromOptional(talk.episode),
                           talk.title,
                           talk.abstract,
                           Sql::fromDate(talk.date),
                           Sql::fromTime(talk.startUtc),
                           talk.durationMinutes,
                           toKey(talk.status),
                           talk.streamUrl,
                           talk.slidesUrl,
                           talk.recordingUrl,
                           talk.notes,
                           talk.icalUid,
                           talk.sequence,
                           explicitId > 0 && talk.meta.created.isValid() ? Sql::fromDateTime(talk.meta.created) : QVariant(now),
                           now};
    auto inserted = Sql::run(m_db.connection(),
                             QStringLiteral("INSERT INTO talks (%1series_id, season, episode, title, abstract, talk_date, start_utc, duration_minutes, "
                                            "status, stream_url, slides_url, recording_url, notes, ical_uid, sequence, version, created_at, modified_at) "
                                            "VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id")
                                     .arg(withId ? QStringLiteral("id, ") : QString(), withId ? QStringLiteral("?, ") : QString()),
                             values);
    if (!inserted) {
        return inserted.error();
    }
    const qint64 returned = Sql::returnedId(inserted.value()); // read (and reset) even when the id was given
    const qint64 id = explicitId > 0 ? explicitId : returned;
    if (auto ok = writeLinks(talk, id); !ok) {
        return ok.error();
    }
    if (auto ok = m_db.logChange({Entity::talk(), id, {}}, ChangeKind::Added, [this, id] { Q_EMIT talkAdded(id); }); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return id;
}

Result<void> TalkRepository::update(const Talk &talk)
{
    if (const auto errors = talk.validate(); !errors.isEmpty()) {
        return invalid(errors);
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto updated = Sql::run(m_db.connection(),
                            QStringLiteral("UPDATE talks SET series_id = ?, season = ?, episode = ?, title = ?, abstract = ?, talk_date = ?, start_utc = ?, "
                                           "duration_minutes = ?, status = ?, stream_url = ?, slides_url = ?, recording_url = ?, notes = ?, sequence = ?, "
                                           "version = version + 1, modified_at = ? WHERE id = ? AND version = ?"),
                            {talk.seriesId,
                             Sql::fromOptional(talk.season),
                             Sql::fromOptional(talk.episode),
                             talk.title,
                             talk.abstract,
                             Sql::fromDate(talk.date),
                             Sql::fromTime(talk.startUtc),
                             talk.durationMinutes,
                             toKey(talk.status),
                             talk.streamUrl,
                             talk.slidesUrl,
                             talk.recordingUrl,
                             talk.notes,
                             talk.sequence,
                             Sql::nowUtc(),
                             talk.meta.id,
                             talk.meta.version});
    if (!updated) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() != 1) {
        auto current = find(talk.meta.id);
        if (!current) {
            return current.error();
        }
        return Error{Error::Kind::Conflict, tr("The talk “%1” was changed elsewhere since it was read; reload it and try again.").arg(current.value().title)};
    }
    if (auto ok = writeLinks(talk, talk.meta.id); !ok) {
        return ok.error();
    }
    if (auto ok = notifyChanged(talk.meta.id); !ok) {
        return ok.error();
    }
    return transaction.commit();
}

Result<void> TalkRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto removed = Sql::run(m_db.connection(), QStringLiteral("DELETE FROM talks WHERE id = ?"), {id});
    if (!removed) {
        return removed.error();
    }
    if (removed.value().numRowsAffected() != 1) {
        return notFound(id);
    }
    if (auto ok = m_db.logChange({Entity::talk(), id, {}}, ChangeKind::Removed, [this, id] { Q_EMIT talkRemoved(id); }); !ok) {
        return ok.error();
    }
    return transaction.commit();
}

} // namespace Lectern
