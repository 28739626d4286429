// SPDX-License-Identifier: GPL-2.0-or-later
#include "speakerdirectorymodel.h"

#include "speakers/duplicatefinder.h"
#include "storage/speakerrepository.h"

#include <QLocale>

#include <limits>

namespace Lectern {

SpeakerDirectoryModel::SpeakerDirectoryModel(SpeakerRepository &speakers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(speakers)
    , m_today(QDate::currentDate())
{
    // A change to one record (or a merge of two) reloads the directory: one query.
    connect(&m_repository, &SpeakerRepository::speakerAdded, this, &SpeakerDirectoryModel::reload);
    connect(&m_repository, &SpeakerRepository::speakerUpdated, this, &SpeakerDirectoryModel::reload);
    connect(&m_repository, &SpeakerRepository::speakerRemoved, this, &SpeakerDirectoryModel::reload);
    reload();
}

void SpeakerDirectoryModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

QString SpeakerDirectoryModel::searchKey(const QString &text)
{
    return DuplicateFinder::normalizedName(text);
}

void SpeakerDirectoryModel::reload()
{
    auto rows = m_repository.directory(QString(), m_today);
    beginResetModel();
    m_rows = rows ? rows.value() : QList<SpeakerSummary>();
    m_search.clear();
    m_search.reserve(m_rows.size());
    for (const SpeakerSummary &s : std::as_const(m_rows)) {
        m_search << searchKey(QStringList{s.name, s.affiliation, s.roleTitle, s.emails.join(QLatin1Char(' '))}.join(QLatin1Char(' '))) + QLatin1Char(' ') +
                        s.emails.join(QLatin1Char(' ')).toCaseFolded();
    }
    endResetModel();
    if (!rows) {
        Q_EMIT loadFailed(rows.error().message);
    }
}

int SpeakerDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SpeakerDirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpeakerDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SpeakerSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case AffiliationColumn:
            return s.affiliation;
        case TitleColumn:
            return s.roleTitle;
        case TalksColumn:
            return s.talkCount;
        case LastTalkColumn:
            return s.lastTalk.isValid() ? QLocale().toString(s.lastTalk, QLocale::ShortFormat) : QString();
        case NextTalkColumn:
            return s.nextTalk.isValid() ? QLocale().toString(s.nextTalk, QLocale::ShortFormat) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !s.emails.isEmpty()) {
            return s.emails.join(QStringLiteral(", "));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == TalksColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case SpeakerIdRole:
        return s.id;
    case SearchRole:
        return m_search.at(index.row());
    case SortRole:
        switch (index.column()) {
        case TalksColumn:
            return s.talkCount;
        case LastTalkColumn:
            return s.lastTalk.isValid() ? s.lastTalk.toJulianDay() : qint64(0);
        case NextTalkColumn:
            return s.nextTalk.isValid() ? s.nextTalk.toJulianDay() : std::numeric_limits<qint64>::max();
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    }
    return {};
}

QVariant SpeakerDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AffiliationColumn:
        return tr("Affiliation");
    case TitleColumn:
        return tr("Role title");
    case TalksColumn:
        return tr("Talks");
    case LastTalkColumn:
        return tr("Last talk");
    case NextTalkColumn:
        return tr("Next talk");
    }
    return {};
}

void SpeakerSearchFilter::setText(const QString &text)
{
    m_key = SpeakerDirectoryModel::searchKey(text);
    m_raw = text.trimmed().toCaseFolded();
    invalidateFilter();
}

bool SpeakerSearchFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (m_key.isEmpty() && m_raw.isEmpty()) {
        return true;
    }
    const QString text = sourceModel()->index(row, 0, parent).data(SpeakerDirectoryModel::SearchRole).toString();
    return (!m_key.isEmpty() && text.contains(m_key)) || (!m_raw.isEmpty() && text.contains(m_raw));
}

int SpeakerDirectoryModel::rowOf(qint64 speakerId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == speakerId) {
            return row;
        }
    }
    return -1;
}

} // namespace Lectern
