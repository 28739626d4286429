// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/talk.h"

#include <QDateTime>
#include <QHash>

#include <QAbstractTableModel>

namespace Lectern {
class AnnouncementRepository;
class TalkRepository;

// Every talk of the database as a table, in schedule order (scheduled by date and time,
// then the unscheduled ones). Follows the repository's change signals row by row, so an
// edit does not reset the view.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, TimeColumn, TitleColumn, SpeakersColumn, EpisodeColumn, StatusColumn, ColumnCount };
    enum Role {
        TalkIdRole = Qt::UserRole + 1,
        SortRole, // a value that sorts each column the way people expect (dates as dates)
        StatusKeyRole,
    };

    enum class Scope {
        AllTalks,
        Unscheduled, // talks without a date, waiting to be dropped on the calendar
    };

    explicit AgendaModel(TalkRepository &talks, Scope scope = Scope::AllTalks, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    const Talk &talkAt(int row) const { return m_talks.at(row); }
    int rowOf(qint64 talkId) const;
    // The announcement log, for the title's tooltip ("Announced 18 Jun 2020"); followed.
    void setAnnouncements(AnnouncementRepository *announcements);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void onTalkAdded(qint64 id);
    void onTalkUpdated(qint64 id);
    void onTalkRemoved(qint64 id);
    int insertionRow(const Talk &talk) const;
    bool inScope(const Talk &talk) const;

    TalkRepository &m_repository;
    Scope m_scope;
    QList<Talk> m_talks;
    AnnouncementRepository *m_announcements = nullptr;
    QHash<qint64, QDateTime> m_announced; // talk -> its latest announcement
};

} // namespace Lectern
