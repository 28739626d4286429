// SPDX-License-Identifier: GPL-2.0-or-later
#include "jsonformat.h"

#include <QJsonArray>

namespace Lectern::JsonFormat {
namespace {
QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalId(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTime(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject toJson(const Talk &talk)
{
    QJsonArray speakers;
    for (const TalkSpeaker &speaker : talk.speakers) {
        speakers.append(
                QJsonObject{{QStringLiteral("id"), speaker.speakerId}, {QStringLiteral("name"), speaker.name}, {QStringLiteral("role"), toKey(speaker.role)}});
    }
    return QJsonObject{
            {QStringLiteral("id"), talk.meta.id},
            {QStringLiteral("uid"), talk.icalUid},
            {QStringLiteral("series_id"), talk.seriesId},
            {QStringLiteral("title"), talk.title},
            {QStringLiteral("date"), talk.date.isValid() ? QJsonValue(talk.date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("time_utc"), talk.startUtc.isValid() ? QJsonValue(talk.startUtc.toString(QStringLiteral("HH:mm"))) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("duration_minutes"), talk.durationMinutes},
            {QStringLiteral("status"), toKey(talk.status)},
            {QStringLiteral("season"), optionalInt(talk.season)},
            {QStringLiteral("episode"), optionalInt(talk.episode)},
            {QStringLiteral("sequence"), talk.sequence},
            {QStringLiteral("speakers"), speakers},
            {QStringLiteral("topics"), QJsonArray::fromStringList(talk.topics)},
            {QStringLiteral("abstract"), talk.abstract},
            {QStringLiteral("stream_url"), talk.streamUrl},
            {QStringLiteral("slides_url"), talk.slidesUrl},
            {QStringLiteral("recording_url"), talk.recordingUrl},
            {QStringLiteral("notes"), talk.notes},
            {QStringLiteral("proposal_id"), optionalId(talk.proposalId)},
            {QStringLiteral("version"), talk.meta.version},
            {QStringLiteral("modified"), dateTime(talk.meta.modified)},
    };
}

QJsonObject toJson(const Speaker &speaker)
{
    QJsonArray talks;
    for (qint64 id : speaker.talkIds) {
        talks.append(id);
    }
    const QJsonArray emails = QJsonArray::fromStringList(speaker.emails);
    return QJsonObject{
            {QStringLiteral("id"), speaker.meta.id},
            {QStringLiteral("name"), speaker.name},
            {QStringLiteral("emails"), emails},
            {QStringLiteral("affiliation"), speaker.affiliation},
            {QStringLiteral("title"), speaker.roleTitle},
            {QStringLiteral("pronouns"), speaker.pronouns},
            {QStringLiteral("timezone"), speaker.timeZone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(speaker.timeZone)},
            {QStringLiteral("bio"), speaker.bio},
            {QStringLiteral("links"), QJsonArray::fromStringList(speaker.links)},
            {QStringLiteral("notes"), speaker.notes},
            {QStringLiteral("talks"), talks},
    };
}

QJsonObject toJson(const Proposal &proposal)
{
    QJsonArray speakers;
    for (const ProposedSpeaker &speaker : proposal.proposedSpeakers) {
        speakers.append(QJsonObject{{QStringLiteral("id"), speaker.speakerId}, {QStringLiteral("name"), speaker.name}});
    }
    QJsonArray reviews;
    for (const Review &review : proposal.reviews) {
        reviews.append(QJsonObject{{QStringLiteral("reviewer"), review.reviewer},
                                   {QStringLiteral("score"), optionalInt(review.score)},
                                   {QStringLiteral("note"), review.note},
                                   {QStringLiteral("reviewed"), dateTime(review.reviewedAt)}});
    }
    const auto score = proposal.score();
    return QJsonObject{
            {QStringLiteral("id"), proposal.meta.id},
            {QStringLiteral("title"), proposal.title},
            {QStringLiteral("text"), proposal.text},
            {QStringLiteral("status"), toKey(proposal.status)},
            {QStringLiteral("status_reason"), proposal.statusReason},
            {QStringLiteral("source"), toKey(proposal.source)},
            {QStringLiteral("external_id"), proposal.externalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(proposal.externalId)},
            {QStringLiteral("url"), proposal.url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(proposal.url)},
            {QStringLiteral("proposer"), proposal.proposer},
            {QStringLiteral("proposer_email"), proposal.proposerEmail},
            {QStringLiteral("upstream_status"), proposal.upstreamStatus},
            {QStringLiteral("upstream_closed"), proposal.upstreamClosed},
            {QStringLiteral("changed_upstream"), proposal.changedUpstream},
            {QStringLiteral("proposed_speakers"), speakers},
            {QStringLiteral("received"), dateTime(proposal.received)},
            {QStringLiteral("score"), score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reviews"), reviews},
            {QStringLiteral("talk_id"), optionalId(proposal.talkId)},
    };
}

} // namespace Lectern::JsonFormat
