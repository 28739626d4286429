// SPDX-License-Identifier: GPL-2.0-or-later
#include "outboxmodel.h"

#include "mail/mailcomposer.h"
#include "storage/outboxrepository.h"

#include <QLocale>

namespace Lectern {
namespace {
bool newerFirst(const OutboxEntry &a, const OutboxEntry &b)
{
    return a.sendAt != b.sendAt ? a.sendAt > b.sendAt : a.meta.id > b.meta.id;
}
} // namespace

OutboxModel::OutboxModel(OutboxRepository &outbox, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
{
    connect(&m_outbox, &OutboxRepository::entryAdded, this, &OutboxModel::follow);
    connect(&m_outbox, &OutboxRepository::entryChanged, this, &OutboxModel::follow);
    connect(&m_outbox, &OutboxRepository::entryRemoved, this, &OutboxModel::forget);
    reload();
}

bool OutboxModel::matches(const OutboxEntry &entry, Filter filter)
{
    switch (filter) {
    case Filter::All:
        return true;
    case Filter::Waiting:
        return entry.isWaiting() || entry.state == OutboxEntry::State::Sending;
    case Filter::Sent:
        return entry.state == OutboxEntry::State::Sent;
    case Filter::NeedsAttention:
        return entry.state == OutboxEntry::State::Unknown || (entry.state == OutboxEntry::State::Failed && !entry.nextTryAt.isValid());
    case Filter::Cancelled:
        return entry.state == OutboxEntry::State::Cancelled;
    }
    return true;
}

void OutboxModel::setFilter(Filter filter)
{
    if (filter != m_filter) {
        m_filter = filter;
        reload();
    }
}

void OutboxModel::reload()
{
    auto entries = m_outbox.list();
    beginResetModel();
    m_rows.clear();
    if (entries) {
        for (const OutboxEntry &entry : entries.value()) {
            if (matches(entry, m_filter)) {
                m_rows << entry;
            }
        }
    }
    endResetModel();
    if (!entries) {
        Q_EMIT loadFailed(entries.error().message);
    }
}

int OutboxModel::insertionRow(const OutboxEntry &entry) const
{
    int row = 0;
    while (row < m_rows.size() && newerFirst(m_rows.at(row), entry)) {
        ++row;
    }
    return row;
}

void OutboxModel::follow(qint64 id)
{
    auto found = m_outbox.find(id);
    const int row = rowOf(id);
    if (!found || !matches(found.value(), m_filter)) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    const OutboxEntry &entry = found.value();
    if (row >= 0) {
        m_rows[row] = entry;
        const int wanted = [&] {
            QList<OutboxEntry> others = m_rows;
            others.removeAt(row);
            int at = 0;
            while (at < others.size() && newerFirst(others.at(at), entry)) {
                ++at;
            }
            return at;
        }();
        if (wanted != row) {
            // Its time changed: the row moves to where that time belongs.
            beginMoveRows({}, row, row, {}, wanted > row ? wanted + 1 : wanted);
            m_rows.move(row, wanted);
            endMoveRows();
        }
        const int now = rowOf(id);
        Q_EMIT dataChanged(index(now, 0), index(now, ColumnCount - 1));
        return;
    }
    const int at = insertionRow(entry);
    beginInsertRows({}, at, at);
    m_rows.insert(at, entry);
    endInsertRows();
}

void OutboxModel::forget(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<OutboxEntry> OutboxModel::entryAt(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return std::nullopt;
    }
    return m_rows.at(row);
}

int OutboxModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).meta.id == id) {
            return row;
        }
    }
    return -1;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const OutboxEntry &entry = m_rows.at(index.row());
    if (role == EntryIdRole) {
        return entry.meta.id;
    }
    if (role == StateRole) {
        return int(entry.state);
    }
    if (role == Qt::ToolTipRole) {
        return entry.lastError.isEmpty() ? QVariant() : QVariant(entry.lastError);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case StateColumn:
        if (entry.state == OutboxEntry::State::Failed && entry.nextTryAt.isValid()) {
            return tr("failed, tries again %1").arg(QLocale().toString(entry.nextTryAt.toLocalTime(), QLocale::ShortFormat));
        }
        return entry.tries > 1 ? tr("%1 (%2 tries)").arg(displayName(entry.state), QString::number(entry.tries)) : displayName(entry.state);
    case WhenColumn:
        return QLocale().toString((entry.state == OutboxEntry::State::Sent && entry.sentAt.isValid() ? entry.sentAt : entry.sendAt).toLocalTime(),
                                  QLocale::ShortFormat);
    case ToColumn:
        return entry.kind == OutboxEntry::Kind::TrackerComment ? tr("Task %1").arg(entry.subject) : entry.recipients.join(QStringLiteral(", "));
    case WhatColumn:
        return entry.kind == OutboxEntry::Kind::TrackerComment ? MailComposer::oneLine(entry.body) : entry.subject;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StateColumn:
        return tr("State");
    case WhenColumn:
        return tr("When");
    case ToColumn:
        return tr("To");
    case WhatColumn:
        return tr("Message");
    }
    return {};
}

} // namespace Lectern
