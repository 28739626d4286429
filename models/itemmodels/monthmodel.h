// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <optional>

#include "domain/talk.h"
#include "schedule/monthgrid.h"
#include "schedule/slots.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace Lectern {
class AnnouncementRepository;
class TalkRepository;

// One month of the schedule: six weeks of seven days, each cell one day with its talks.
// Drops are routed by MIME type to handlers registered with addDropSource(), so a new kind
// of thing that can be dropped on a day (talks, proposals, ...) is one registration.
class MonthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        DateRole = Qt::UserRole + 1,
        InMonthRole, // bool: the day belongs to the shown month
        TodayRole, // bool
        UsualWeekdayRole, // bool: the series usually meets on this weekday
        TalkCountRole, // int
        OpenSlotRole, // bool: the series' rhythm has an open slot this day
        SlotTimeRole, // QTime: the slot's UTC time (invalid: the series has no usual time)
        SlotHolidayRole, // QString: the public holidays on the slot's day, or empty
    };

    // Handles ids dropped on a date; returns whether something changed.
    using DropHandler = std::function<bool(const QList<qint64> &ids, const QDate &date)>;

    explicit MonthModel(TalkRepository &talks, QObject *parent = nullptr);

    void setMonth(int year, int month);
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    void setUsualWeekday(int isoWeekday); // 0: none
    void setToday(const QDate &today); // the current date unless a test says otherwise
    // The series' slots (Slots::load), open ones drawn as chips of their own.
    void setSlots(const QList<Slot> &slots);
    std::optional<Slot> slotOn(const QDate &date) const;
    // The announcement log, for the days' tooltips ("announced 18 Jun 2020"); followed.
    void setAnnouncements(AnnouncementRepository *announcements);
    const MonthGrid &grid() const { return m_grid; }
    QDate today() const { return m_today; }

    QModelIndex indexOf(const QDate &date) const;
    QDate dateOf(const QModelIndex &index) const;
    // The talks of a day, by start time (a time to be announced last).
    QList<Talk> talksOn(const QDate &date) const;

    void addDropSource(const QString &mimeType, DropHandler handler);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void monthChanged(int year, int month);
    void loadFailed(const QString &message);

private:
    QString accessibleText(const QDate &date) const;
    void loadAnnouncements();
    QDate dropDate(int row, int column, const QModelIndex &parent) const;

    TalkRepository &m_repository;
    MonthGrid m_grid;
    QDate m_today;
    int m_usualWeekday = 0;
    QHash<qint64, QList<Talk>> m_talksByDay; // Julian day -> talks
    QHash<qint64, Slot> m_slots; // Julian day -> the series' slot there
    AnnouncementRepository *m_announcements = nullptr;
    QHash<qint64, QDateTime> m_announced; // talk -> its latest announcement, for the shown days
    QList<std::pair<QString, DropHandler>> m_dropSources;
};

} // namespace Lectern
