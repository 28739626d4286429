// SPDX-License-Identifier: GPL-2.0-or-later
#include "vocabulary.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Lectern {
namespace {
template<typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, const char *>, N>;

constexpr Table<TalkStatus, 5> talkStatusTable{{
        {TalkStatus::Tentative, "tentative"},
        {TalkStatus::Confirmed, "confirmed"},
        {TalkStatus::Held, "held"},
        {TalkStatus::Cancelled, "cancelled"},
        {TalkStatus::Postponed, "postponed"},
}};

constexpr Table<ProposalStatus, 8> proposalStatusTable{{
        {ProposalStatus::New, "new"},
        {ProposalStatus::Reviewing, "reviewing"},
        {ProposalStatus::Shortlisted, "shortlisted"},
        {ProposalStatus::OnHold, "on-hold"},
        {ProposalStatus::Accepted, "accepted"},
        {ProposalStatus::Declined, "declined"},
        {ProposalStatus::Withdrawn, "withdrawn"},
        {ProposalStatus::Scheduled, "scheduled"},
}};

constexpr Table<SpeakerRole, 3> speakerRoleTable{{
        {SpeakerRole::Speaker, "speaker"},
        {SpeakerRole::Host, "host"},
        {SpeakerRole::Moderator, "moderator"},
}};

constexpr Table<ProposalSource, 5> proposalSourceTable{{
        {ProposalSource::Manual, "manual"},
        {ProposalSource::Nomination, "nomination"},
        {ProposalSource::Phabricator, "phabricator"},
        {ProposalSource::Email, "email"},
        {ProposalSource::Import, "import"},
}};

template<typename Enum, std::size_t N>
QString keyOf(const Table<Enum, N> &table, Enum value)
{
    for (const auto &entry : table) {
        if (entry.first == value) {
            return QString::fromLatin1(entry.second);
        }
    }
    Q_UNREACHABLE();
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Table<Enum, N> &table, const QString &key)
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.second)) {
            return entry.first;
        }
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QStringList keysOf(const Table<Enum, N> &table)
{
    QStringList keys;
    for (const auto &entry : table) {
        keys << QString::fromLatin1(entry.second);
    }
    return keys;
}
} // namespace

QString toKey(TalkStatus status)
{
    return keyOf(talkStatusTable, status);
}
QString toKey(ProposalStatus status)
{
    return keyOf(proposalStatusTable, status);
}
QString toKey(SpeakerRole role)
{
    return keyOf(speakerRoleTable, role);
}
QString toKey(ProposalSource source)
{
    return keyOf(proposalSourceTable, source);
}

std::optional<TalkStatus> talkStatusFromKey(const QString &key)
{
    return valueOf(talkStatusTable, key);
}
std::optional<ProposalStatus> proposalStatusFromKey(const QString &key)
{
    return valueOf(proposalStatusTable, key);
}
std::optional<SpeakerRole> speakerRoleFromKey(const QString &key)
{
    return valueOf(speakerRoleTable, key);
}
std::optional<ProposalSource> proposalSourceFromKey(const QString &key)
{
    return valueOf(proposalSourceTable, key);
}

QStringList talkStatusKeys()
{
    return keysOf(talkStatusTable);
}
QStringList proposalStatusKeys()
{
    return keysOf(proposalStatusTable);
}
QStringList speakerRoleKeys()
{
    return keysOf(speakerRoleTable);
}
QStringList proposalSourceKeys()
{
    return keysOf(proposalSourceTable);
}

QString displayName(TalkStatus status)
{
    switch (status) {
    case TalkStatus::Tentative:
        return QCoreApplication::translate("TalkStatus", "Tentative");
    case TalkStatus::Confirmed:
        return QCoreApplication::translate("TalkStatus", "Confirmed");
    case TalkStatus::Held:
        return QCoreApplication::translate("TalkStatus", "Held");
    case TalkStatus::Cancelled:
        return QCoreApplication::translate("TalkStatus", "Cancelled");
    case TalkStatus::Postponed:
        return QCoreApplication::translate("TalkStatus", "Postponed");
    }
    return {};
}

QString displayName(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::New:
        return QCoreApplication::translate("ProposalStatus", "New");
    case ProposalStatus::Reviewing:
        return QCoreApplication::translate("ProposalStatus", "Reviewing");
    case ProposalStatus::Shortlisted:
        return QCoreApplication::translate("ProposalStatus", "Shortlisted");
    case ProposalStatus::OnHold:
        return QCoreApplication::translate("ProposalStatus", "On hold");
    case ProposalStatus::Accepted:
        return QCoreApplication::translate("ProposalStatus", "Accepted");
    case ProposalStatus::Declined:
        return QCoreApplication::translate("ProposalStatus", "Declined");
    case ProposalStatus::Withdrawn:
        return QCoreApplication::translate("ProposalStatus", "Withdrawn");
    case ProposalStatus::Scheduled:
        return QCoreApplication::translate("ProposalStatus", "Scheduled");
    }
    return {};
}

QString displayName(SpeakerRole role)
{
    switch (role) {
    case SpeakerRole::Speaker:
        return QCoreApplication::translate("SpeakerRole", "Speaker");
    case SpeakerRole::Host:
        return QCoreApplication::translate("SpeakerRole", "Host");
    case SpeakerRole::Moderator:
        return QCoreApplication::translate("SpeakerRole", "Moderator");
    }
    return {};
}

QString displayName(ProposalSource source)
{
    switch (source) {
    case ProposalSource::Manual:
        return QCoreApplication::translate("ProposalSource", "Entered by hand");
    case ProposalSource::Nomination:
        return QCoreApplication::translate("ProposalSource", "Nomination");
    case ProposalSource::Phabricator:
        return QCoreApplication::translate("ProposalSource", "Phabricator");
    case ProposalSource::Email:
        return QCoreApplication::translate("ProposalSource", "Email");
    case ProposalSource::Import:
        return QCoreApplication::translate("ProposalSource", "Imported file");
    }
    return {};
}

} // namespace Lectern
