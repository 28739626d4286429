// SPDX-License-Identifier: GPL-2.0-or-later
#include "sampleseries.h"

#include "storage/storage.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initResources()
{
    Q_INIT_RESOURCE(lectern_models);
}

namespace Lectern::SampleSeries {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SampleSeries", text, disambiguation, n);
}

Error broken(const QString &what)
{
    return Error{Error::Kind::Database, tr("The built-in sample series is damaged (%1).").arg(what)};
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        list << item.toString();
    }
    return list;
}

Series readSeries(const QJsonObject &o)
{
    Series s;
    s.name = o.value(QLatin1String("name")).toString();
    s.defaultDurationMinutes = o.value(QLatin1String("default_duration_minutes")).toInt(45);
    s.usualWeekday = o.value(QLatin1String("usual_weekday")).toInt();
    s.defaultStartUtc = QTime::fromString(o.value(QLatin1String("default_start_utc")).toString(), QStringLiteral("HH:mm"));
    s.streamUrl = o.value(QLatin1String("stream_url")).toString();
    s.chatChannel = o.value(QLatin1String("chat_channel")).toString();
    s.mailingLists = toStringList(o.value(QLatin1String("mailing_lists")));
    s.organizerName = o.value(QLatin1String("organizer_name")).toString();
    s.organizerEmail = o.value(QLatin1String("organizer_email")).toString();
    return s;
}
} // namespace

Result<void> load(Storage &storage)
{
    initResources();
    QFile file(QStringLiteral(":/lectern/demo/sample-series.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return broken(file.errorString());
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return broken(parseError.errorString());
    }

    // The check and the load are one transaction (it takes the write lock first), so two
    // processes loading the sample into one new file load it once.
    Transaction transaction(storage.database());
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto existing = storage.series().all();
    if (!existing) {
        return existing.error();
    }
    if (!existing.value().isEmpty()) {
        return Error{Error::Kind::InvalidInput,
                     tr("%1 already holds the series “%2”; the sample series is only loaded into an empty database.")
                             .arg(storage.database().path(), existing.value().constFirst().name)};
    }

    Series series = readSeries(root.value(QLatin1String("series")).toObject());
    auto seriesId = storage.series().add(series);
    if (!seriesId) {
        return seriesId.error();
    }

    QHash<QString, qint64> speakerIds;
    const QJsonArray speakers = root.value(QLatin1String("speakers")).toArray();
    for (const QJsonValue &value : speakers) {
        const QJsonObject o = value.toObject();
        Speaker speaker;
        speaker.name = o.value(QLatin1String("name")).toString();
        speaker.roleTitle = o.value(QLatin1String("role_title")).toString();
        speaker.affiliation = o.value(QLatin1String("affiliation")).toString();
        auto id = storage.speakers().add(speaker);
        if (!id) {
            return id.error();
        }
        speakerIds.insert(speaker.name, id.value());
    }
    auto speakerId = [&speakerIds](const QString &name) -> Result<qint64> {
        const auto it = speakerIds.constFind(name);
        if (it == speakerIds.constEnd()) {
            return broken(tr("no speaker record for “%1”").arg(name));
        }
        return *it;
    };

    const QJsonArray talks = root.value(QLatin1String("talks")).toArray();
    for (const QJsonValue &value : talks) {
        const QJsonObject o = value.toObject();
        Talk talk;
        talk.seriesId = seriesId.value();
        talk.season = o.value(QLatin1String("season")).toInt();
        talk.episode = o.value(QLatin1String("episode")).toInt();
        talk.title = o.value(QLatin1String("title")).toString();
        talk.abstract = o.value(QLatin1String("abstract")).toString();
        talk.date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        talk.startUtc = QTime::fromString(o.value(QLatin1String("time")).toString(), QStringLiteral("HH:mm"));
        talk.durationMinutes = series.defaultDurationMinutes;
        talk.status = TalkStatus::Held;
        talk.streamUrl = series.streamUrl;
        talk.topics = toStringList(o.value(QLatin1String("topics")));
        const QJsonArray links = o.value(QLatin1String("speakers")).toArray();
        for (const QJsonValue &link : links) {
            const QJsonArray pair = link.toArray();
            auto id = speakerId(pair.at(0).toString());
            if (!id) {
                return id.error();
            }
            talk.speakers.append({id.value(), pair.at(0).toString(), speakerRoleFromKey(pair.at(1).toString()).value_or(SpeakerRole::Speaker)});
        }
        if (auto added = storage.talks().add(talk); !added) {
            return added.error();
        }
    }

    const QJsonArray proposals = root.value(QLatin1String("proposals")).toArray();
    for (const QJsonValue &value : proposals) {
        const QJsonObject o = value.toObject();
        Proposal proposal;
        proposal.seriesId = seriesId.value();
        proposal.source = ProposalSource::Nomination;
        proposal.title = o.value(QLatin1String("title")).toString();
        proposal.text = o.value(QLatin1String("text")).toString();
        proposal.status = proposalStatusFromKey(o.value(QLatin1String("status")).toString()).value_or(ProposalStatus::New);
        proposal.statusReason = o.value(QLatin1String("reason")).toString();
        const QStringList names = toStringList(o.value(QLatin1String("speakers")));
        for (const QString &name : names) {
            auto id = speakerId(name);
            if (!id) {
                return id.error();
            }
            proposal.proposedSpeakers.append({id.value(), name});
        }
        if (auto added = storage.proposals().add(proposal); !added) {
            return added.error();
        }
    }
    return transaction.commit();
}

} // namespace Lectern::SampleSeries
