// SPDX-License-Identifier: GPL-2.0-or-later
#include "phabricatorsync.h"

#include "lectern_sync_debug.h"
#include "storage/storage.h"

#include <QCoreApplication>

namespace Lectern {
namespace {
const QString sourceKey = QStringLiteral("phabricator");
constexpr int usersPerCall = 100;
} // namespace

PhabricatorSync::PhabricatorSync(Storage &storage,
                                 QNetworkAccessManager &network,
                                 const QUrl &base,
                                 const QString &project,
                                 const QString &token,
                                 QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_client(network, base.adjusted(QUrl::StripTrailingSlash), token)
    , m_project(project.trimmed())
{
    qRegisterMetaType<Lectern::PhabricatorSync::Report>();
    connect(&m_client, &ConduitClient::answered, this, [this](const QByteArray &body) {
        if (m_stage == Stage::Tasks) {
            pageAnswered(body);
        } else if (m_stage == Stage::Users) {
            usersAnswered(body);
        }
    });
    connect(&m_client, &ConduitClient::failed, this, &PhabricatorSync::fail);
}

QString PhabricatorSync::endpoint() const
{
    return m_client.base().toString();
}

void PhabricatorSync::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_tasks.clear();
    m_authorNames.clear();
    m_after.clear();
    if (const QString problem = ConduitClient::checkBaseUrl(m_client.base()); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    if (m_project.isEmpty()) {
        fail(tr("Name the Phabricator project whose tasks are proposals."));
        return;
    }
    auto state = m_storage.syncStates().find(sourceKey, endpoint(), m_project);
    if (!state) {
        fail(state.error().message);
        return;
    }
    m_modifiedSince = state.value().lastModifiedSeen;
    qCInfo(LECTERN_SYNC) << "sync" << endpoint() << m_project << "modified since" << m_modifiedSince;
    m_stage = Stage::Tasks;
    requestPage();
}

void PhabricatorSync::cancel()
{
    if (m_running) {
        m_client.cancel();
    }
}

void PhabricatorSync::requestPage()
{
    ConduitClient::Parameters parameters{{QStringLiteral("constraints[projects][0]"), m_project},
                                         {QStringLiteral("order"), QStringLiteral("oldest")},
                                         {QStringLiteral("limit"), QString::number(m_pageSize)}};
    if (m_modifiedSince.isValid()) {
        // Inclusive: a task changed in the same second as the last one seen comes again, and
        // is matched by its id.
        parameters.append({QStringLiteral("constraints[modifiedStart]"), QString::number(m_modifiedSince.toSecsSinceEpoch())});
    }
    if (!m_after.isEmpty()) {
        parameters.append({QStringLiteral("after"), m_after});
    }
    m_client.call(QStringLiteral("maniphest.search"), parameters);
}

void PhabricatorSync::pageAnswered(const QByteArray &body)
{
    auto page = Conduit::taskPage(body);
    if (!page) {
        fail(page.error().message);
        return;
    }
    if (!page.value().after.isEmpty() && page.value().after == m_after) {
        fail(tr("The server sent the same page twice (cursor %1); stopped rather than loop.").arg(m_after));
        return;
    }
    m_tasks.append(page.value().tasks);
    Q_EMIT progress(int(m_tasks.size()));
    m_after = page.value().after;
    if (!m_after.isEmpty()) {
        requestPage();
        return;
    }
    QSet<QString> authors;
    for (const Conduit::Task &task : std::as_const(m_tasks)) {
        if (!task.authorPhid.isEmpty()) {
            authors.insert(task.authorPhid);
        }
    }
    m_pendingAuthors = QStringList(authors.cbegin(), authors.cend());
    m_pendingAuthors.sort();
    m_stage = Stage::Users;
    requestUsers();
}

void PhabricatorSync::requestUsers()
{
    if (m_pendingAuthors.isEmpty()) {
        m_stage = Stage::Idle;
        auto report = write(m_tasks, m_authorNames);
        m_running = false;
        if (!report) {
            Q_EMIT failed(report.error().message);
            return;
        }
        Q_EMIT finished(report.value());
        return;
    }
    ConduitClient::Parameters parameters;
    const QStringList batch = m_pendingAuthors.mid(0, usersPerCall);
    m_pendingAuthors = m_pendingAuthors.mid(batch.size());
    for (int i = 0; i < batch.size(); ++i) {
        parameters.append({QStringLiteral("constraints[phids][%1]").arg(i), batch.at(i)});
    }
    parameters.append({QStringLiteral("limit"), QString::number(usersPerCall)});
    m_client.call(QStringLiteral("user.search"), parameters);
}

void PhabricatorSync::usersAnswered(const QByteArray &body)
{
    auto names = Conduit::userNames(body);
    if (!names) {
        fail(names.error().message);
        return;
    }
    m_authorNames.insert(names.value());
    requestUsers();
}

void PhabricatorSync::fail(const QString &message)
{
    qCWarning(LECTERN_SYNC) << "sync failed:" << message;
    m_stage = Stage::Idle;
    m_running = false;
    m_tasks.clear();
    Q_EMIT failed(tr("%1 Nothing was changed; the next sync starts from the same place.").arg(message));
}

Result<PhabricatorSync::Report> PhabricatorSync::write(const QList<Conduit::Task> &tasks, const QHash<QString, QString> &authorNames)
{
    Report report;
    report.fetched = int(tasks.size());
    const OriginScope origin(m_storage.database(), QStringLiteral("sync"));
    Transaction transaction(m_storage.database());
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto series = m_storage.series().current();
    if (!series) {
        return series.error();
    }
    QStringList externalIds;
    externalIds.reserve(tasks.size());
    for (const Conduit::Task &task : tasks) {
        externalIds << QStringLiteral("T%1").arg(task.id);
    }
    // Only the fetched tasks' proposals: a database may hold tens of thousands from the tracker.
    auto known = m_storage.proposals().fromSource(ProposalSource::Phabricator, externalIds);
    if (!known) {
        return known.error();
    }
    auto state = m_storage.syncStates().find(sourceKey, endpoint(), m_project);
    if (!state) {
        return state.error();
    }
    QDateTime newest = state.value().lastModifiedSeen;
    const QString base = endpoint();
    for (const Conduit::Task &task : tasks) {
        if (!newest.isValid() || task.modified > newest) {
            newest = task.modified;
        }
        const QString externalId = QStringLiteral("T%1").arg(task.id);
        const auto existing = known.value().constFind(externalId);
        Proposal proposal = existing != known.value().constEnd() ? *existing : Proposal();
        const Proposal before = proposal;
        proposal.title = task.title.trimmed();
        proposal.text = task.description;
        proposal.url = QStringLiteral("%1/%2").arg(base, externalId);
        proposal.proposer = authorNames.value(task.authorPhid, proposal.proposer);
        proposal.received = task.created;
        proposal.updated = task.modified;
        proposal.upstreamStatus = task.status;
        proposal.upstreamClosed = task.closed;
        if (existing == known.value().constEnd()) {
            proposal.seriesId = series.value().meta.id;
            proposal.source = ProposalSource::Phabricator;
            proposal.externalId = externalId;
            if (auto id = m_storage.proposals().add(proposal); !id) {
                return Error{id.error().kind, tr("%1 (%2): %3").arg(externalId, task.title, id.error().message)};
            }
            ++report.added;
            report.closedUpstream += task.closed ? 1 : 0;
            continue;
        }
        const bool contentChanged = before.title != proposal.title || before.text != proposal.text;
        const bool looked = !before.reviews.isEmpty() || before.status != ProposalStatus::New;
        if (contentChanged && looked && !before.changedUpstream) {
            proposal.changedUpstream = true;
            ++report.changedSinceReview;
        }
        if (task.closed && !before.upstreamClosed) {
            ++report.closedUpstream;
        }
        if (contentChanged || before.url != proposal.url || before.proposer != proposal.proposer || before.received != proposal.received ||
            before.updated != proposal.updated || before.upstreamStatus != proposal.upstreamStatus || before.upstreamClosed != proposal.upstreamClosed) {
            if (auto ok = m_storage.proposals().update(proposal); !ok) {
                return Error{ok.error().kind, tr("%1 (%2): %3").arg(externalId, task.title, ok.error().message)};
            }
            ++report.updated;
        } else {
            ++report.unchanged;
        }
    }
    SyncState saved = state.value();
    saved.lastSuccess = QDateTime::currentDateTimeUtc();
    saved.lastModifiedSeen = newest;
    if (auto ok = m_storage.syncStates().save(saved); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    qCInfo(LECTERN_SYNC) << "sync done:" << report.fetched << "fetched," << report.added << "added," << report.updated << "updated";
    return report;
}

} // namespace Lectern
