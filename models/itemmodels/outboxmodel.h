// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/outboxentry.h"

#include <QAbstractTableModel>

#include <optional>

namespace Lectern {
class OutboxRepository;

// The outbox as the Outbox page lists it, newest first, optionally only one kind of state
// ("waiting" is queued or failed with a retry planned). Follows the repository's signals
// row by row: an entry added, changed (sent, failed) or removed moves only its row.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, WhenColumn, ToColumn, WhatColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, StateRole };
    enum class Filter { All, Waiting, Sent, NeedsAttention, Cancelled };

    explicit OutboxModel(OutboxRepository &outbox, QObject *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<OutboxEntry> entryAt(int row) const;
    int rowOf(qint64 id) const;
    static bool matches(const OutboxEntry &entry, Filter filter);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void follow(qint64 id);
    void forget(qint64 id);
    int insertionRow(const OutboxEntry &entry) const;

    OutboxRepository &m_outbox;
    Filter m_filter = Filter::All;
    QList<OutboxEntry> m_rows;
};

} // namespace Lectern
