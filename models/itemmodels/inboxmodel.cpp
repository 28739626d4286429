// SPDX-License-Identifier: GPL-2.0-or-later
#include "inboxmodel.h"

#include "talkmime.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>

namespace Lectern {
namespace {
using SortKey = ProposalRepository::InboxQuery::SortKey;

SortKey sortKeyFor(int column)
{
    switch (column) {
    case InboxModel::TitleColumn:
        return SortKey::Title;
    case InboxModel::WhoColumn:
        return SortKey::Proposer;
    case InboxModel::SourceColumn:
        return SortKey::Source;
    case InboxModel::StatusColumn:
        return SortKey::Status;
    case InboxModel::ScoreColumn:
        return SortKey::Score;
    default:
        return SortKey::Received;
    }
}

// Whether `part` is `whole` with some elements left out, the rest in the same order.
bool isSubsequence(const QList<qint64> &part, const QList<qint64> &whole)
{
    int i = 0;
    for (qint64 id : whole) {
        if (i < part.size() && part.at(i) == id) {
            ++i;
        }
    }
    return i == part.size();
}

QList<qint64> idsOf(const QList<ProposalSummary> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const ProposalSummary &row : rows) {
        ids.append(row.id);
    }
    return ids;
}
} // namespace

InboxModel::InboxModel(ProposalRepository &proposals, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(proposals)
{
    const auto queueRefresh = [this] {
        if (!m_refreshQueued) {
            m_refreshQueued = true;
            // A bulk decision announces every proposal it changed: one read for all of them.
            QMetaObject::invokeMethod(this, &InboxModel::refresh, Qt::QueuedConnection);
        }
    };
    connect(&proposals, &ProposalRepository::proposalAdded, this, queueRefresh);
    connect(&proposals, &ProposalRepository::proposalUpdated, this, queueRefresh);
    connect(&proposals, &ProposalRepository::proposalRemoved, this, queueRefresh);
    reload();
}

void InboxModel::setSearch(const QString &text)
{
    if (text == m_query.text) {
        return;
    }
    m_query.text = text;
    reload();
}

void InboxModel::setStatuses(const QList<ProposalStatus> &statuses)
{
    m_query.statuses = statuses;
    reload();
}

void InboxModel::reload()
{
    ProposalRepository::InboxQuery page = m_query;
    page.limit = m_pageSize;
    page.offset = 0;
    auto rows = m_repository.inbox(page);
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    if (rows) {
        m_rows = rows.value();
        m_hasMore = rows.value().size() == m_pageSize;
    }
    endResetModel();
    if (!rows) {
        Q_EMIT loadFailed(rows.error().message);
    }
}

void InboxModel::refresh()
{
    m_refreshQueued = false;
    ProposalRepository::InboxQuery shown = m_query;
    // One page more than shown: a proposal arriving at the top does not push the last shown
    // row out of the read, which would look like a reordering.
    shown.limit = int(m_rows.size()) + m_pageSize;
    shown.offset = 0;
    auto rows = m_repository.inbox(shown);
    if (!rows) {
        Q_EMIT loadFailed(rows.error().message);
        return;
    }
    const QList<ProposalSummary> &fresh = rows.value();
    const QList<qint64> oldIds = idsOf(m_rows);
    const QList<qint64> newIds = idsOf(fresh);
    if (oldIds == newIds) {
        m_rows = fresh;
    } else if (isSubsequence(newIds, oldIds)) {
        // Only removals: row by row from the end, so that views keep their place.
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (!newIds.contains(m_rows.at(row).id)) {
                beginRemoveRows(QModelIndex(), row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
        }
        m_rows = fresh;
    } else if (isSubsequence(oldIds, newIds)) {
        for (int row = 0; row < fresh.size(); ++row) {
            if (row >= m_rows.size() || m_rows.at(row).id != fresh.at(row).id) {
                beginInsertRows(QModelIndex(), row, row);
                m_rows.insert(row, fresh.at(row));
                endInsertRows();
            }
        }
        m_rows = fresh;
    } else {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        m_hasMore = fresh.size() == shown.limit;
        return;
    }
    m_hasMore = fresh.size() == shown.limit;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int InboxModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProposalSummary &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return p.title;
        case WhoColumn:
            if (!p.speakers.isEmpty() && !p.proposer.isEmpty() && p.speakers != p.proposer) {
                return tr("%1 (proposed by %2)").arg(p.speakers, p.proposer);
            }
            return p.speakers.isEmpty() ? p.proposer : p.speakers;
        case ReceivedColumn:
            return p.received.isValid() ? QLocale().toString(p.received.toLocalTime().date(), QLocale::ShortFormat) : QString();
        case SourceColumn:
            return displayName(p.source);
        case StatusColumn: {
            QStringList words{displayName(p.status)};
            if (p.changedUpstream) {
                words << tr("changed upstream");
            }
            if (p.upstreamClosed) {
                words << tr("closed upstream");
            }
            return words.join(QStringLiteral(" · "));
        }
        case ScoreColumn:
            return p.score ? QLocale().toString(*p.score, 'f', 1) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && p.changedUpstream) {
            return tr("The title or text changed in the tracker since you reviewed or decided on it.");
        }
        if (index.column() == ReceivedColumn && p.received.isValid()) {
            return QLocale().toString(p.received.toLocalTime(), QLocale::LongFormat);
        }
        if (index.column() == TitleColumn) {
            return p.title;
        }
        return {};
    case Qt::FontRole:
        if (p.status == ProposalStatus::New || p.changedUpstream) {
            QFont bold;
            bold.setBold(true); // unread, as in a mail client
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case ProposalIdRole:
        return p.id;
    case StatusRole:
        return int(p.status);
    case ChangedUpstreamRole:
        return p.changedUpstream;
    case UpstreamClosedRole:
        return p.upstreamClosed;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case WhoColumn:
        return tr("Who");
    case ReceivedColumn:
        return tr("Received");
    case SourceColumn:
        return tr("Source");
    case StatusColumn:
        return tr("Status");
    case ScoreColumn:
        return tr("Score");
    }
    return {};
}

Qt::ItemFlags InboxModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore) {
        return;
    }
    ProposalRepository::InboxQuery page = m_query;
    page.limit = m_pageSize;
    page.offset = int(m_rows.size());
    auto rows = m_repository.inbox(page);
    if (!rows) {
        m_hasMore = false;
        Q_EMIT loadFailed(rows.error().message);
        return;
    }
    m_hasMore = rows.value().size() == m_pageSize;
    if (rows.value().isEmpty()) {
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.value().size()) - 1);
    m_rows.append(rows.value());
    endInsertRows();
}

void InboxModel::sort(int column, Qt::SortOrder order)
{
    m_query.sortKey = sortKeyFor(column);
    m_query.order = order;
    reload();
}

QStringList InboxModel::mimeTypes() const
{
    return {TalkMime::proposalIdsType()};
}

QMimeData *InboxModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    QStringList titles;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !ids.contains(m_rows.at(index.row()).id)) {
            ids << m_rows.at(index.row()).id;
            titles << m_rows.at(index.row()).title;
        }
    }
    return ids.isEmpty() ? nullptr : TalkMime::encode(TalkMime::proposalIdsType(), ids, titles);
}

Qt::DropActions InboxModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace Lectern
