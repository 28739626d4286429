// SPDX-License-Identifier: GPL-2.0-or-later
#include "caldavpublisher.h"

#include "eventdifferences.h"
#include "export/icalendarexport.h"
#include "lectern_sync_debug.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/storage.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTimer>

namespace Lectern {

CalDavPublisher::CalDavPublisher(Storage &storage,
                                 QNetworkAccessManager &network,
                                 const QUrl &collection,
                                 const QString &user,
                                 const QString &password,
                                 QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_client(network, collection, user, password)
    , m_collectionKey(collectionKey(m_client.collection()))
{
}

QString CalDavPublisher::collectionKey(const QUrl &collection)
{
    return collection.toString(QUrl::RemoveUserInfo);
}

QByteArray CalDavPublisher::eventHash(const Series &series, const Talk &talk)
{
    return QCryptographicHash::hash(canonical(ICalendarExport::write(series, {talk}).data), QCryptographicHash::Sha256).toHex();
}

namespace {
bool publishable(const Talk &talk)
{
    return talk.date.isValid() && talk.hasTime() && !talk.icalUid.isEmpty();
}
} // namespace

Result<CalDavPublisher::Pending> CalDavPublisher::pending(Storage &storage, const QUrl &collection, HashCache *cache)
{
    const QString key = collectionKey(collection);
    auto published = storage.publishing().published(key);
    auto conflicts = storage.publishing().conflicts(key);
    auto series = storage.series().current();
    if (!published || !conflicts || !series) {
        return !published ? published.error() : !conflicts ? conflicts.error() : series.error();
    }
    HashCache scratch;
    HashCache &events = cache ? *cache : scratch;
    if (events.seriesVersion != series.value().meta.version) {
        events = HashCache{series.value().meta.version, {}};
    }
    // Only the talks that changed since the cache was filled are read and hashed again.
    Result<QList<Talk>> changed = QList<Talk>();
    if (events.byTalk.isEmpty()) {
        changed = storage.talks().all();
    } else {
        auto versions = storage.talks().versions();
        if (!versions) {
            return versions.error();
        }
        QList<qint64> ids;
        for (auto it = versions.value().cbegin(); it != versions.value().cend(); ++it) {
            const auto known = events.byTalk.constFind(it.key());
            if (known == events.byTalk.cend() || known->version != it.value()) {
                ids << it.key();
            }
        }
        for (auto it = events.byTalk.begin(); it != events.byTalk.end();) {
            it = versions.value().contains(it.key()) ? std::next(it) : events.byTalk.erase(it);
        }
        if (!ids.isEmpty()) {
            changed = storage.talks().findAll(ids);
        }
    }
    if (!changed) {
        return changed.error();
    }
    for (const Talk &talk : changed.value()) {
        const bool inCalendar = publishable(talk);
        events.byTalk.insert(talk.meta.id, {talk.meta.version, talk.icalUid, inCalendar, inCalendar ? eventHash(series.value(), talk) : QByteArray()});
    }
    QSet<QString> leftAlone;
    for (const PublishConflict &conflict : conflicts.value()) {
        leftAlone.insert(conflict.uid);
    }
    Pending pending;
    QSet<QString> wanted;
    for (const HashCache::Event &event : std::as_const(events.byTalk)) {
        if (!event.publishable) {
            continue;
        }
        wanted.insert(event.uid);
        if (leftAlone.contains(event.uid)) {
            continue;
        }
        const auto known = published.value().constFind(event.uid);
        if (known == published.value().cend()) {
            ++pending.created;
        } else if (known->hash != event.hash) {
            ++pending.updated;
        }
    }
    for (auto it = published.value().cbegin(); it != published.value().cend(); ++it) {
        if (!wanted.contains(it.key()) && !leftAlone.contains(it.key())) {
            ++pending.withdrawn;
        }
    }
    return pending;
}

QString CalDavPublisher::resourceName(const QString &uid)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(uid, "@")) + QStringLiteral(".ics");
}

QByteArray CalDavPublisher::canonical(const QByteArray &ics)
{
    QByteArray out;
    for (const QByteArray &line : ics.split('\n')) {
        if (line.startsWith("DTSTAMP") || line.startsWith("CREATED") || line.startsWith("LAST-MODIFIED")) {
            continue;
        }
        out += line.trimmed() + '\n';
    }
    return out;
}

void CalDavPublisher::start()
{
    if (const QString problem = CalDavClient::checkUrl(m_client.collection(), true); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { finish(problem); });
        return;
    }
    auto published = m_storage.publishing().published(m_collectionKey);
    auto conflicts = m_storage.publishing().conflicts(m_collectionKey);
    if (!published || !conflicts) {
        QTimer::singleShot(0, this, [this, error = (!published ? published.error() : conflicts.error()).message] { finish(error); });
        return;
    }
    m_published = published.value();
    for (const PublishConflict &conflict : conflicts.value()) {
        m_knownConflicts.insert(conflict.uid, conflict);
    }
    m_client.listEtags([this](const CalDavClient::Answer &answer, const QHash<QString, QByteArray> &etags) {
        if (answer.status == 404) {
            // No such calendar yet: made where the server allows it.
            auto series = m_storage.series().current();
            m_client.makeCalendar(series ? series.value().name : QStringLiteral("Lectern"), [this](const CalDavClient::Answer &made) {
                if (!made.ok()) {
                    finish(tr("The calendar %1 does not exist, and the server did not create it: %2").arg(m_client.collection().toDisplayString(), made.error));
                    return;
                }
                plan({});
            });
            return;
        }
        if (answer.status == 401 || answer.status == 403) {
            finish(tr("%1 refused the user name or password (HTTP %2); nothing was published.")
                           .arg(m_client.collection().host(), QString::number(answer.status)));
            return;
        }
        if (answer.status == 0) {
            m_report.unreachable = true;
        }
        if (answer.status != 207) {
            finish(answer.error.isEmpty() ? tr("%1 did not list the calendar (HTTP %2).").arg(m_client.collection().host(), QString::number(answer.status))
                                          : answer.error);
            return;
        }
        plan(etags);
    });
}

void CalDavPublisher::plan(const QHash<QString, QByteArray> &server)
{
    // The server's resources by name (its hrefs are paths under the collection).
    QHash<QString, QByteArray> onServer;
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        onServer.insert(it.key().section(QLatin1Char('/'), -1), it.value());
    }
    auto series = m_storage.series().current();
    auto talks = series ? m_storage.talks().all() : Result<QList<Talk>>(series.error());
    if (!talks) {
        finish(talks.error().message);
        return;
    }
    QSet<QString> wanted;
    for (const Talk &talk : talks.value()) {
        if (!publishable(talk)) {
            continue; // not in any calendar yet (or withdrawn below if it was)
        }
        const QString uid = talk.icalUid;
        wanted.insert(uid);
        const Published known = m_published.value(uid);
        const QString name = known.name.isEmpty() ? resourceName(uid) : known.name;
        Talk event = talk;
        const QByteArray hash = eventHash(series.value(), talk);
        const bool isKnown = m_published.contains(uid);
        const QByteArray serverEtag = onServer.value(name);
        if (isKnown && hash == known.hash && serverEtag == known.etag) {
            ++m_report.unchanged;
            continue;
        }
        // A changed event carries a higher SEQUENCE than the one subscribers have.
        event.sequence = isKnown ? qMax(talk.sequence, known.sequence + 1) : talk.sequence;
        const QByteArray ics = ICalendarExport::write(series.value(), {event}).data;
        QByteArray ifMatch;
        if (!serverEtag.isEmpty()) {
            if (!isKnown || serverEtag != known.etag) {
                // Someone else's copy (or one changed on the server since): not overwritten
                // unless asked.
                if (!m_force && !overwriteChosen(uid, serverEtag)) {
                    const PublishConflict found{uid, talk.meta.id, talk.title, name, serverEtag, {}, false, false, {}};
                    m_steps.append({[this, found, ics](const std::function<void()> &next) { conflict(found, ics, next); }});
                    continue;
                }
                ifMatch = serverEtag;
            } else {
                ifMatch = known.etag;
            }
        }
        const bool update = !ifMatch.isEmpty();
        const Published written{uid, talk.meta.id, name, {}, event.sequence, hash};
        const QString title = talk.title;
        m_steps.append({[this, written, ics, ifMatch, update, title](const std::function<void()> &next) {
            m_client.put(written.name, ics, ifMatch, [this, written, ics, update, title, next](const CalDavClient::Answer &answer) {
                if (answer.status == 412) {
                    conflict({written.uid, written.talkId, title, written.name, {}, {}, false, false, {}}, ics, next);
                    return;
                }
                if (!answer.ok()) {
                    finish(answer.error);
                    return;
                }
                ++(update ? m_report.updated : m_report.created);
                Published published = written;
                published.etag = answer.etag;
                if (auto ok = remember(published); !ok) {
                    finish(ok.error().message);
                    return;
                }
                next();
            });
        }});
    }
    // Published talks that are gone, or whose time went back to "to be announced".
    for (auto it = m_published.cbegin(); it != m_published.cend(); ++it) {
        if (wanted.contains(it.key())) {
            continue;
        }
        const QString uid = it.key();
        const Published known = it.value();
        const QByteArray serverEtag = onServer.value(known.name);
        if (serverEtag.isEmpty()) {
            if (auto ok = forget(uid); !ok) {
                finish(ok.error().message);
                return;
            }
            continue;
        }
        const QString title = m_knownConflicts.value(uid).title.isEmpty() ? known.name : m_knownConflicts.value(uid).title;
        const PublishConflict found{uid, known.talkId, title, known.name, serverEtag, {}, true, false, {}};
        const bool overwrite = m_force || overwriteChosen(uid, serverEtag);
        if (serverEtag != known.etag && !overwrite) {
            m_steps.append({[this, found](const std::function<void()> &next) { conflict(found, {}, next); }});
            continue;
        }
        m_steps.append({[this, found, known, serverEtag, overwrite](const std::function<void()> &next) {
            m_client.remove(known.name, overwrite ? serverEtag : known.etag, [this, found, next](const CalDavClient::Answer &answer) {
                if (answer.status == 412) {
                    conflict(found, {}, next);
                    return;
                }
                if (!answer.ok() && answer.status != 404) {
                    finish(answer.error);
                    return;
                }
                ++m_report.deleted;
                if (auto ok = forget(found.uid); !ok) {
                    finish(ok.error().message);
                    return;
                }
                next();
            });
        }});
    }
    runNext();
}

bool CalDavPublisher::overwriteChosen(const QString &uid, const QByteArray &serverEtag) const
{
    // Only for the server copy the coordinator saw: one edited again since asks again.
    const auto conflict = m_knownConflicts.constFind(uid);
    return conflict != m_knownConflicts.cend() && conflict->overwrite && conflict->serverEtag == serverEtag;
}

void CalDavPublisher::conflict(const PublishConflict &found, const QByteArray &ours, const std::function<void()> &next)
{
    // What the server's copy says, so the coordinator can choose.
    m_client.get(found.name, [this, found, ours, next](const CalDavClient::Answer &answer) {
        PublishConflict kept = found;
        kept.differs = answer.ok() ? eventDifferences(answer.body, ours).join(QLatin1Char(' ')) : answer.error;
        if (!answer.etag.isEmpty()) {
            kept.serverEtag = answer.etag;
        }
        kept.foundAt = QDateTime::currentDateTimeUtc();
        if (auto ok = m_storage.publishing().saveConflict(m_collectionKey, kept); !ok) {
            finish(ok.error().message);
            return;
        }
        m_report.conflicts.append(kept);
        next();
    });
}

void CalDavPublisher::runNext()
{
    if (m_finished) {
        return;
    }
    if (m_steps.isEmpty()) {
        finish();
        return;
    }
    const Step step = m_steps.takeFirst();
    Q_EMIT progress(m_done, m_done + 1 + int(m_steps.size()));
    ++m_done;
    step.run([this] { QTimer::singleShot(0, this, &CalDavPublisher::runNext); });
}

Result<void> CalDavPublisher::remember(const Published &p)
{
    if (auto ok = m_storage.publishing().remember(m_collectionKey, p); !ok) {
        return ok;
    }
    m_published.insert(p.uid, p);
    return {};
}

Result<void> CalDavPublisher::forget(const QString &uid)
{
    return m_storage.publishing().forget(m_collectionKey, uid);
}

void CalDavPublisher::finish(const QString &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_report.error = error;
    m_report.requests = m_client.requests();
    // What the run did, for the Publish panel; conflicts the server no longer has go once a
    // run went through to the end (a failed one saw only part of the calendar).
    PublishRun run{QDateTime::currentDateTimeUtc(), m_report.created, m_report.updated, m_report.deleted, m_report.unchanged, error};
    Result<void> kept = m_storage.publishing().recordRun(m_collectionKey, run);
    if (kept && error.isEmpty()) {
        QSet<QString> current;
        for (const PublishConflict &conflict : std::as_const(m_report.conflicts)) {
            current.insert(conflict.uid);
        }
        kept = m_storage.publishing().keepOnlyConflicts(m_collectionKey, current);
    }
    if (!kept && m_report.error.isEmpty()) {
        m_report.error = kept.error().message;
    }
    qCInfo(LECTERN_SYNC) << "CalDAV publish:" << m_report.created << "created" << m_report.updated << "updated" << m_report.deleted << "deleted"
                         << m_report.unchanged << "unchanged" << m_report.conflicts.size() << "conflicts" << m_report.requests << "requests" << m_report.error;
    Q_EMIT finished(m_report);
}

} // namespace Lectern
