// SPDX-License-Identifier: GPL-2.0-or-later
#include "agendamodel.h"

#include "storage/announcementrepository.h"

#include "storage/talkrepository.h"
#include "talkmime.h"

#include <QLocale>
#include <QMimeData>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <tuple>

namespace Lectern {
namespace {
// Scheduled before unscheduled, then by date, time (TBA last within a day), id.
auto scheduleKey(const Talk &talk)
{
    return std::make_tuple(!talk.date.isValid(), talk.date.toJulianDay(), !talk.startUtc.isValid(), talk.startUtc.msecsSinceStartOfDay(), talk.meta.id);
}

QString speakerList(const Talk &talk)
{
    QStringList parts;
    for (const TalkSpeaker &speaker : talk.speakers) {
        parts << (speaker.role == SpeakerRole::Speaker ? speaker.name : AgendaModel::tr("%1 (%2)").arg(speaker.name, displayName(speaker.role).toLower()));
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

AgendaModel::AgendaModel(TalkRepository &talks, Scope scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(talks)
    , m_scope(scope)
{
    connect(&m_repository, &TalkRepository::talkAdded, this, &AgendaModel::onTalkAdded);
    connect(&m_repository, &TalkRepository::talkUpdated, this, &AgendaModel::onTalkUpdated);
    connect(&m_repository, &TalkRepository::talkRemoved, this, &AgendaModel::onTalkRemoved);
    reload();
}

void AgendaModel::reload()
{
    auto talks = m_scope == Scope::Unscheduled ? m_repository.unscheduled() : m_repository.all();
    beginResetModel();
    m_talks = talks ? talks.value() : QList<Talk>();
    endResetModel();
    if (!talks) {
        Q_EMIT loadFailed(talks.error().message);
    }
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_talks.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Talk &talk = m_talks.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return talk.date.isValid() ? locale.toString(talk.date, QLocale::ShortFormat) : tr("Not scheduled");
        case TimeColumn:
            return talk.startUtc.isValid() ? tr("%1 UTC").arg(talk.startUtc.toString(QStringLiteral("HH:mm")))
                                           : (talk.date.isValid() ? tr("Time TBA") : QString());
        case TitleColumn:
            return talk.title;
        case SpeakersColumn:
            return speakerList(talk);
        case EpisodeColumn:
            if (talk.season && talk.episode) {
                return tr("S%1 E%2").arg(QString::number(*talk.season), QString::number(*talk.episode));
            }
            return QString();
        case StatusColumn:
            return displayName(talk.status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn && talk.hasTime() && talk.isScheduled()) {
            const QDateTime local = talk.startDateTimeUtc().toLocalTime();
            return tr("%1 in your time zone").arg(locale.toString(local, QLocale::LongFormat));
        }
        if (index.column() == TitleColumn) {
            const auto announced = m_announced.constFind(talk.meta.id);
            return announced == m_announced.constEnd()
                    ? talk.title
                    : tr("%1\nAnnounced %2").arg(talk.title, locale.toString(announced->toLocalTime().date(), QLocale::ShortFormat));
        }
        break;
    case TalkIdRole:
        return talk.meta.id;
    case StatusKeyRole:
        return toKey(talk.status);
    case SortRole:
        switch (index.column()) {
        case DateColumn:
        case TimeColumn:
            // A number, not text: the proxy asks for it on every comparison. Unscheduled talks
            // and times to be announced sort last; equal keys keep the model's order.
            return (talk.date.isValid() ? talk.date.toJulianDay() : std::numeric_limits<qint32>::max()) * qint64(86400001) +
                    (talk.startUtc.isValid() ? talk.startUtc.msecsSinceStartOfDay() : 86400000);
        case EpisodeColumn:
            return talk.season.value_or(0) * 1000 + talk.episode.value_or(0);
        case StatusColumn:
            return int(talk.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Start (UTC)");
    case TitleColumn:
        return tr("Title");
    case SpeakersColumn:
        return tr("Speakers");
    case EpisodeColumn:
        return tr("Episode");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList AgendaModel::mimeTypes() const
{
    return {TalkMime::talkIdsType()};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    QStringList titles;
    for (const QModelIndex &index : indexes) {
        const Talk &talk = m_talks.at(index.row());
        if (index.isValid() && !ids.contains(talk.meta.id)) {
            ids << talk.meta.id;
            titles << talk.title;
        }
    }
    return ids.isEmpty() ? nullptr : TalkMime::encode(TalkMime::talkIdsType(), ids, titles);
}

Qt::DropActions AgendaModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool AgendaModel::inScope(const Talk &talk) const
{
    return m_scope == Scope::AllTalks || !talk.isScheduled();
}

int AgendaModel::rowOf(qint64 talkId) const
{
    for (int row = 0; row < m_talks.size(); ++row) {
        if (m_talks.at(row).meta.id == talkId) {
            return row;
        }
    }
    return -1;
}

int AgendaModel::insertionRow(const Talk &talk) const
{
    const auto it = std::lower_bound(m_talks.cbegin(), m_talks.cend(), talk, [](const Talk &a, const Talk &b) { return scheduleKey(a) < scheduleKey(b); });
    return int(it - m_talks.cbegin());
}

void AgendaModel::onTalkAdded(qint64 id)
{
    auto talk = m_repository.find(id);
    if (!talk) {
        Q_EMIT loadFailed(talk.error().message);
        return;
    }
    if (!inScope(talk.value()) || rowOf(id) >= 0) {
        return;
    }
    const int row = insertionRow(talk.value());
    beginInsertRows(QModelIndex(), row, row);
    m_talks.insert(row, talk.value());
    endInsertRows();
}

void AgendaModel::setAnnouncements(AnnouncementRepository *announcements)
{
    m_announcements = announcements;
    m_announced.clear();
    if (!announcements) {
        return;
    }
    QList<qint64> ids;
    for (const Talk &talk : std::as_const(m_talks)) {
        ids << talk.meta.id;
    }
    if (auto latest = announcements->latestFor(ids)) {
        for (auto it = latest.value().cbegin(); it != latest.value().cend(); ++it) {
            m_announced.insert(it.key(), it.value().at);
        }
    }
    connect(announcements, &AnnouncementRepository::announcementAdded, this, [this](qint64 talkId) {
        auto latest = m_announcements->latestFor({talkId});
        if (latest && latest.value().contains(talkId)) {
            m_announced.insert(talkId, latest.value().value(talkId).at);
        }
        if (const int row = rowOf(talkId); row >= 0) {
            Q_EMIT dataChanged(index(row, TitleColumn), index(row, TitleColumn), {Qt::ToolTipRole});
        }
    });
}

void AgendaModel::onTalkUpdated(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        onTalkAdded(id);
        return;
    }
    auto talk = m_repository.find(id);
    if (!talk) {
        Q_EMIT loadFailed(talk.error().message);
        return;
    }
    if (!inScope(talk.value())) {
        onTalkRemoved(id);
        return;
    }
    if (scheduleKey(talk.value()) == scheduleKey(m_talks.at(row))) {
        m_talks[row] = talk.value();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_talks.removeAt(row);
    endRemoveRows();
    const int target = insertionRow(talk.value());
    beginInsertRows(QModelIndex(), target, target);
    m_talks.insert(target, talk.value());
    endInsertRows();
}

void AgendaModel::onTalkRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_talks.removeAt(row);
    endRemoveRows();
}

} // namespace Lectern
