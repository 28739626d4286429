// SPDX-License-Identifier: GPL-2.0-or-later
#include "monthmodel.h"

#include "storage/announcementrepository.h"

#include "storage/talkrepository.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>

#include "talkmime.h"

namespace Lectern {

MonthModel::MonthModel(TalkRepository &talks, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(talks)
    , m_grid(QDate::currentDate().year(), QDate::currentDate().month(), QLocale().firstDayOfWeek())
    , m_today(QDate::currentDate())
{
    // Any change may concern the shown weeks; one month's talks reload in well under a millisecond.
    connect(&m_repository, &TalkRepository::talkAdded, this, &MonthModel::reload);
    connect(&m_repository, &TalkRepository::talkUpdated, this, &MonthModel::reload);
    connect(&m_repository, &TalkRepository::talkRemoved, this, &MonthModel::reload);
    reload();
}

void MonthModel::setMonth(int year, int month)
{
    if (year == m_grid.year() && month == m_grid.month()) {
        return;
    }
    m_grid = MonthGrid(year, month, m_grid.firstDayOfWeek());
    reload();
    Q_EMIT monthChanged(year, month);
}

void MonthModel::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_grid = MonthGrid(m_grid.year(), m_grid.month(), day);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, MonthGrid::days - 1);
    reload();
}

void MonthModel::setUsualWeekday(int isoWeekday)
{
    m_usualWeekday = isoWeekday;
    Q_EMIT dataChanged(index(0, 0), index(MonthGrid::weeks - 1, MonthGrid::days - 1), {UsualWeekdayRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, MonthGrid::days - 1);
}

void MonthModel::setToday(const QDate &today)
{
    m_today = today;
    Q_EMIT dataChanged(index(0, 0), index(MonthGrid::weeks - 1, MonthGrid::days - 1), {TodayRole});
}

void MonthModel::reload()
{
    auto talks = m_repository.inRange(m_grid.firstVisibleDate(), m_grid.lastVisibleDate());
    m_talksByDay.clear();
    if (!talks) {
        Q_EMIT loadFailed(talks.error().message);
    } else {
        for (const Talk &talk : talks.value()) {
            m_talksByDay[talk.date.toJulianDay()].append(talk); // already in schedule order
        }
        loadAnnouncements();
    }
    Q_EMIT dataChanged(index(0, 0), index(MonthGrid::weeks - 1, MonthGrid::days - 1));
    Q_EMIT headerDataChanged(Qt::Vertical, 0, MonthGrid::weeks - 1); // week numbers
}

void MonthModel::setAnnouncements(AnnouncementRepository *announcements)
{
    m_announcements = announcements;
    loadAnnouncements(); // for the talks already read; no second read of the month
    if (announcements) {
        connect(announcements, &AnnouncementRepository::announcementAdded, this, [this] {
            loadAnnouncements();
            Q_EMIT dataChanged(index(0, 0), index(MonthGrid::weeks - 1, MonthGrid::days - 1), {Qt::ToolTipRole, Qt::AccessibleTextRole});
        });
    }
}

void MonthModel::loadAnnouncements()
{
    m_announced.clear();
    if (!m_announcements) {
        return;
    }
    QList<qint64> ids;
    for (const QList<Talk> &day : std::as_const(m_talksByDay)) {
        for (const Talk &talk : day) {
            ids << talk.meta.id;
        }
    }
    if (auto latest = m_announcements->latestFor(ids)) {
        for (auto it = latest.value().cbegin(); it != latest.value().cend(); ++it) {
            m_announced.insert(it.key(), it.value().at);
        }
    }
}

void MonthModel::setSlots(const QList<Slot> &slots)
{
    m_slots.clear();
    for (const Slot &slot : slots) {
        m_slots.insert(slot.date.toJulianDay(), slot);
    }
    Q_EMIT dataChanged(index(0, 0), index(MonthGrid::weeks - 1, MonthGrid::days - 1), {OpenSlotRole, SlotTimeRole, SlotHolidayRole, Qt::ToolTipRole});
}

std::optional<Slot> MonthModel::slotOn(const QDate &date) const
{
    const auto found = m_slots.constFind(date.toJulianDay());
    return found == m_slots.constEnd() ? std::nullopt : std::optional<Slot>(*found);
}

QModelIndex MonthModel::indexOf(const QDate &date) const
{
    const auto cell = m_grid.cellOf(date);
    return cell ? index(cell->first, cell->second) : QModelIndex();
}

QDate MonthModel::dateOf(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? m_grid.dateAt(index.row(), index.column()) : QDate();
}

QList<Talk> MonthModel::talksOn(const QDate &date) const
{
    return m_talksByDay.value(date.toJulianDay());
}

void MonthModel::addDropSource(const QString &mimeType, DropHandler handler)
{
    m_dropSources.append({mimeType, std::move(handler)});
}

int MonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : MonthGrid::weeks;
}

int MonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : MonthGrid::days;
}

QString MonthModel::accessibleText(const QDate &date) const
{
    const QList<Talk> talks = talksOn(date);
    QStringList parts{QLocale().toString(date, QLocale::LongFormat)};
    if (talks.isEmpty()) {
        parts << tr("no talks");
    }
    if (const auto slot = slotOn(date); slot && slot->isOpen()) {
        parts << (slot->startUtc.isValid() ? tr("an open slot of the series at %1 UTC").arg(slot->startUtc.toString(QStringLiteral("HH:mm")))
                                           : tr("an open slot of the series"));
    }
    for (const Talk &talk : talks) {
        parts << (talk.hasTime() ? tr("%1 UTC: %2, %3").arg(talk.startUtc.toString(QStringLiteral("HH:mm")), talk.title, displayName(talk.status))
                                 : tr("time to be announced: %1, %2").arg(talk.title, displayName(talk.status)));
        if (const auto announced = m_announced.constFind(talk.meta.id); announced != m_announced.constEnd()) {
            parts << tr("announced %1").arg(QLocale().toString(announced->toLocalTime().date(), QLocale::ShortFormat));
        }
    }
    return parts.join(QStringLiteral("; "));
}

QVariant MonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QDate date = m_grid.dateAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return date.day();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return accessibleText(date);
    case DateRole:
        return date;
    case InMonthRole:
        return m_grid.isInMonth(date);
    case TodayRole:
        return date == m_today;
    case UsualWeekdayRole:
        return m_usualWeekday > 0 && date.dayOfWeek() == m_usualWeekday;
    case TalkCountRole:
        return int(talksOn(date).size());
    case OpenSlotRole: {
        const auto slot = slotOn(date);
        return slot && slot->isOpen();
    }
    case SlotTimeRole: {
        const auto slot = slotOn(date);
        return slot ? QVariant(slot->startUtc) : QVariant();
    }
    case SlotHolidayRole: {
        QStringList names;
        if (const auto slot = slotOn(date)) {
            for (const PublicHoliday &holiday : slot->holidays) {
                names << tr("%1 (%2)").arg(holiday.name, holiday.regionName);
            }
        }
        return names.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant MonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < MonthGrid::days) {
        const int weekday = m_grid.weekdayOf(section);
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().dayName(weekday, QLocale::ShortFormat);
        case Qt::ToolTipRole:
            return weekday == m_usualWeekday ? tr("%1: the series' usual day").arg(QLocale().dayName(weekday)) : QLocale().dayName(weekday);
        case UsualWeekdayRole:
            return weekday == m_usualWeekday;
        case Qt::FontRole:
            if (weekday == m_usualWeekday) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            break;
        }
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < MonthGrid::weeks) {
        return m_grid.dateAt(section, 0).weekNumber();
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags MonthModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QStringList MonthModel::mimeTypes() const
{
    QStringList types;
    for (const auto &source : m_dropSources) {
        types << source.first;
    }
    return types;
}

Qt::DropActions MonthModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QDate MonthModel::dropDate(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid()) {
        return dateOf(parent);
    }
    return m_grid.dateAt(row, column);
}

bool MonthModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(action);
    if (!data || !dropDate(row, column, parent).isValid()) {
        return false;
    }
    for (const auto &source : m_dropSources) {
        if (data->hasFormat(source.first)) {
            return true;
        }
    }
    return false;
}

bool MonthModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction) {
        return true;
    }
    const QDate date = dropDate(row, column, parent);
    if (!data || !date.isValid()) {
        return false;
    }
    for (const auto &source : std::as_const(m_dropSources)) {
        const QList<qint64> ids = TalkMime::decode(data, source.first);
        if (!ids.isEmpty()) {
            return source.second(ids, date);
        }
    }
    return false;
}

} // namespace Lectern
