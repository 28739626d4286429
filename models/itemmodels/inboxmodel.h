// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/proposal.h"
#include "storage/proposalrepository.h"

#include <QAbstractTableModel>

namespace Lectern {

// The proposals of the inbox as a table: a search and a set of statuses, sorted by any column
// in SQL, read a page at a time as the view scrolls (fetchMore), so 100,000 proposals open
// as fast as 100. Follows the repository's change signals: a proposal that leaves the
// filter (decided while the "New" tab is shown) is removed as a row, so the view's current
// row moves on to the next proposal.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, WhoColumn, ReceivedColumn, SourceColumn, StatusColumn, ScoreColumn, ColumnCount };
    enum Role {
        ProposalIdRole = Qt::UserRole + 1,
        StatusRole, // ProposalStatus as int
        ChangedUpstreamRole,
        UpstreamClosedRole,
    };

    explicit InboxModel(ProposalRepository &proposals, QObject *parent = nullptr);

    // What to show; reads the first page again.
    void setSearch(const QString &text);
    void setStatuses(const QList<ProposalStatus> &statuses);
    QString search() const { return m_query.text; }
    QList<ProposalStatus> statuses() const { return m_query.statuses; }
    void setPageSize(int size) { m_pageSize = size; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    qint64 idAt(int row) const { return m_rows.at(row).id; }
    const ProposalSummary &summaryAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    // Reads the rows shown so far again and brings the view in step with as few signals as
    // the change needs.
    void refresh();

    ProposalRepository &m_repository;
    ProposalRepository::InboxQuery m_query;
    QList<ProposalSummary> m_rows;
    int m_pageSize = 200;
    bool m_hasMore = false;
    bool m_refreshQueued = false;
};

} // namespace Lectern
