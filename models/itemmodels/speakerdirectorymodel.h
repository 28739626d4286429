// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/speaker.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Lectern {
class SpeakerRepository;

// The speaker directory: every speaker with affiliation, title, number of talks, last and
// next talk. Loaded with one lean query and searched in memory (SearchRole), so a keystroke
// never waits for the database. Follows the repository's signals.
class SpeakerDirectoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, AffiliationColumn, TitleColumn, TalksColumn, LastTalkColumn, NextTalkColumn, ColumnCount };
    enum Role {
        SpeakerIdRole = Qt::UserRole + 1,
        SearchRole, // name, affiliation, title and emails, case folded, without accents
        SortRole,
    };

    explicit SpeakerDirectoryModel(SpeakerRepository &speakers, QObject *parent = nullptr);
    void setToday(const QDate &today);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(qint64 speakerId) const;
    // Folds text the way SearchRole is folded, for the filter.
    static QString searchKey(const QString &text);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    SpeakerRepository &m_repository;
    QDate m_today;
    QList<SpeakerSummary> m_rows;
    QStringList m_search;
};

// Keeps the directory's rows whose search text contains what was typed, folded the same way
// (so "laxstrom" finds "Laxström").
class SpeakerSearchFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_key;
    QString m_raw;
};

} // namespace Lectern
