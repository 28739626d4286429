// SPDX-License-Identifier: GPL-2.0-or-later
#include "caldavpublisher.h"

#include "export/icalendarexport.h"
#include "lectern_sync_debug.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/storage.h"

#include <QCryptographicHash>
#include <QRegularExpression>
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
    , m_collectionKey(m_client.collection().toString(QUrl::RemoveUserInfo))
{
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
    auto rows = Sql::run(m_storage.database().connection(),
                         QStringLiteral("SELECT uid, talk_id, name, etag, sequence, content_hash FROM published_events WHERE collection = ?"),
                         {m_collectionKey});
    if (!rows) {
        QTimer::singleShot(0, this, [this, error = rows.error().message] { finish(error); });
        return;
    }
    while (rows.value().next()) {
        Published p;
        p.talkId = rows.value().value(1).toLongLong();
        p.name = rows.value().value(2).toString();
        p.etag = rows.value().value(3).toByteArray();
        p.sequence = rows.value().value(4).toInt();
        p.hash = rows.value().value(5).toByteArray();
        m_published.insert(rows.value().value(0).toString(), p);
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
        if (!talk.date.isValid() || !talk.hasTime() || talk.icalUid.isEmpty()) {
            continue; // not in any calendar yet (or withdrawn below if it was)
        }
        const QString uid = talk.icalUid;
        wanted.insert(uid);
        const Published known = m_published.value(uid);
        const QString name = known.name.isEmpty() ? resourceName(uid) : known.name;
        Talk event = talk;
        const QByteArray hash = QCryptographicHash::hash(canonical(ICalendarExport::write(series.value(), {talk}).data), QCryptographicHash::Sha256).toHex();
        const bool isKnown = m_published.contains(uid);
        if (isKnown && hash == known.hash && onServer.value(name) == known.etag) {
            ++m_report.unchanged;
            continue;
        }
        // A changed event carries a higher SEQUENCE than the one subscribers have.
        event.sequence = isKnown ? qMax(talk.sequence, known.sequence + 1) : talk.sequence;
        const QByteArray ics = ICalendarExport::write(series.value(), {event}).data;
        const QByteArray serverEtag = onServer.value(name);
        QByteArray ifMatch;
        if (!serverEtag.isEmpty()) {
            if (!isKnown || serverEtag != known.etag) {
                // Someone else's copy (or one changed on the server since): not overwritten
                // unless asked.
                if (!m_force) {
                    const qint64 talkId = talk.meta.id;
                    const QString title = talk.title;
                    m_steps.append({[this, talkId, title, name](const std::function<void()> &next) { conflict(talkId, title, name, next); }});
                    continue;
                }
                ifMatch = serverEtag;
            } else {
                ifMatch = known.etag;
            }
        }
        const bool update = !ifMatch.isEmpty();
        const qint64 talkId = talk.meta.id;
        const QString title = talk.title;
        const int sequence = event.sequence;
        m_steps.append({[this, uid, name, ics, ifMatch, update, talkId, title, sequence, hash](const std::function<void()> &next) {
            m_client.put(name, ics, ifMatch, [this, uid, name, update, talkId, title, sequence, hash, next](const CalDavClient::Answer &answer) {
                if (answer.status == 412) {
                    conflict(talkId, title, name, next);
                    return;
                }
                if (!answer.ok()) {
                    finish(answer.error);
                    return;
                }
                ++(update ? m_report.updated : m_report.created);
                if (auto ok = remember(uid, {talkId, name, answer.etag, sequence, hash}); !ok) {
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
        if (serverEtag != known.etag && !m_force) {
            m_steps.append({[this, known](const std::function<void()> &next) { conflict(known.talkId, known.name, known.name, next); }});
            continue;
        }
        m_steps.append({[this, uid, known, serverEtag](const std::function<void()> &next) {
            m_client.remove(known.name, m_force ? serverEtag : known.etag, [this, uid, known, next](const CalDavClient::Answer &answer) {
                if (answer.status == 412) {
                    conflict(known.talkId, known.name, known.name, next);
                    return;
                }
                if (!answer.ok() && answer.status != 404) {
                    finish(answer.error);
                    return;
                }
                ++m_report.deleted;
                if (auto ok = forget(uid); !ok) {
                    finish(ok.error().message);
                    return;
                }
                next();
            });
        }});
    }
    runNext();
}

void CalDavPublisher::conflict(qint64 talkId, const QString &title, const QString &name, const std::function<void()> &next)
{
    // What the server's copy says, so the coordinator can choose.
    m_client.get(name, [this, talkId, title, name, next](const CalDavClient::Answer &answer) {
        QString differs;
        if (answer.ok()) {
            static const QRegularExpression summary(QStringLiteral("\\nSUMMARY[^:]*:([^\\r\\n]*)"));
            static const QRegularExpression start(QStringLiteral("\\nDTSTART[^:]*:([^\\r\\n]*)"));
            const QString text = QString::fromUtf8(answer.body);
            differs = tr("on the server: “%1”, starting %2").arg(summary.match(text).captured(1).trimmed(), start.match(text).captured(1).trimmed());
        } else {
            differs = answer.error;
        }
        m_report.conflicts.append({talkId, title, name, differs});
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

Result<void> CalDavPublisher::remember(const QString &uid, const Published &p)
{
    Transaction transaction(m_storage.database());
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto written = Sql::run(m_storage.database().connection(),
                            QStringLiteral("INSERT INTO published_events (collection, uid, talk_id, name, etag, sequence, content_hash, published_at, version, "
                                           "created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (collection, uid) DO UPDATE SET "
                                           "talk_id = excluded.talk_id, name = excluded.name, etag = excluded.etag, sequence = excluded.sequence, "
                                           "content_hash = excluded.content_hash, published_at = excluded.published_at, version = version + 1, "
                                           "modified_at = excluded.modified_at"),
                            {m_collectionKey,
                             uid,
                             p.talkId,
                             p.name,
                             QString::fromLatin1(p.etag),
                             p.sequence,
                             QString::fromLatin1(p.hash),
                             Sql::nowUtc(),
                             Sql::nowUtc(),
                             Sql::nowUtc()});
    if (!written) {
        return written.error();
    }
    m_published.insert(uid, p);
    return transaction.commit();
}

Result<void> CalDavPublisher::forget(const QString &uid)
{
    Transaction transaction(m_storage.database());
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto removed = Sql::run(
            m_storage.database().connection(), QStringLiteral("DELETE FROM published_events WHERE collection = ? AND uid = ?"), {m_collectionKey, uid});
    if (!removed) {
        return removed.error();
    }
    return transaction.commit();
}

void CalDavPublisher::finish(const QString &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_report.error = error;
    m_report.requests = m_client.requests();
    qCInfo(LECTERN_SYNC) << "CalDAV publish:" << m_report.created << "created" << m_report.updated << "updated" << m_report.deleted << "deleted"
                         << m_report.unchanged << "unchanged" << m_report.conflicts.size() << "conflicts" << m_report.requests << "requests" << error;
    Q_EMIT finished(m_report);
}

} // namespace Lectern
