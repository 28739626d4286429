// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The closed sets of words the domain uses: talk status, proposal status, speaker roles,
// proposal sources. Each has a storage key (stable, English, used in SQL and JSON) and a
// translated display name.
namespace Lectern {

enum class TalkStatus { Tentative, Confirmed, Held, Cancelled, Postponed };
enum class ProposalStatus { New, Reviewing, Shortlisted, OnHold, Accepted, Declined, Withdrawn, Scheduled };
enum class SpeakerRole { Speaker, Host, Moderator };
enum class ProposalSource { Manual, Nomination, Phabricator, Email, Import };

QString toKey(TalkStatus status);
QString toKey(ProposalStatus status);
QString toKey(SpeakerRole role);
QString toKey(ProposalSource source);

std::optional<TalkStatus> talkStatusFromKey(const QString &key);
std::optional<ProposalStatus> proposalStatusFromKey(const QString &key);
std::optional<SpeakerRole> speakerRoleFromKey(const QString &key);
std::optional<ProposalSource> proposalSourceFromKey(const QString &key);

QStringList talkStatusKeys();
QStringList proposalStatusKeys();
QStringList speakerRoleKeys();
QStringList proposalSourceKeys();

QString displayName(TalkStatus status);
QString displayName(ProposalStatus status);
QString displayName(SpeakerRole role);
QString displayName(ProposalSource source);

} // namespace Lectern
