// SPDX-License-Identifier: GPL-2.0-or-later
#include "syntheticdata.h"

#include <algorithm>

#include "storage/storage.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <random>

namespace Lectern::SyntheticData {
namespace {
// Word lists with the scripts and diacritics real series see.
const char *const givenNames[] = {"Ana",      "Björn",    "Chiara",   "Dmitri", "Émilie",    "Fatima", "Gökhan",  "Hiroshi", "Inés",    "Jonas",
                                  "Kateřina", "Lars",     "Maëlle",   "Niklas", "Olúwaseun", "Priya",  "Quentin", "Rūta",    "Søren",   "Thảo",
                                  "Uxía",     "Valentín", "Wiktoria", "Xiu",    "Yusuf",     "Zoë",    "Ahmad",   "Ngozi",   "Srishti", "Subbu"};
const char *const familyNames[] = {"Andreescu", "Bräuer",   "Çelik",     "Dubuc",  "Eriksson", "Fernández", "García", "Hämäläinen", "Ivanović", "Jankowski",
                                   "Kattouw",   "Laxström", "Müller",    "Nguyễn", "Ó Briain", "Prodromou", "Quispe", "Rodlund",    "Sastry",   "Takahashi",
                                   "Újvári",    "Varga",    "Wirzenius", "Xu",     "Yılmaz",   "Zimmerman", "Sethi",  "Kosiaris",   "Parle",    "Otto"};
const char *const titleWords[] = {"parser",  "deployment", "pipeline",    "Wikidata",      "search",   "accessibility", "caching",     "API",
                                  "gateway", "analytics",  "translation", "right-to-left", "mobile",   "editing",       "performance", "security",
                                  "résumé",  "naïve",      "Ökosystem",   "données",       "δεδομένα", "данные",        "ويكي",        "מפה",
                                  "データ",  "数据",       "tooling",     "testing",       "streams",  "maps",          "OOUI",        "ResourceLoader"};
const char *const titleShapes[] = {"%1 and %2: lessons learned",
                                   "What %1 taught us about %2",
                                   "A tour of %1",
                                   "%1, %2 and the road ahead",
                                   "Making %1 faster with %2",
                                   "How we rebuilt %1",
                                   "%1 for newcomers",
                                   "The state of %1 🚀"};
const char *const topicNames[] =
        {"Technology", "MediaWiki", "Wikidata", "Data", "Infrastructure", "Community", "Design", "Research", "Localisation", "Security"};
const char *const zones[] =
        {"", "", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "UTC", "America/Sao_Paulo", "Africa/Lagos", "Asia/Tokyo", "Australia/Sydney"};

template<std::size_t N>
QString pick(std::mt19937 &rng, const char *const (&list)[N])
{
    return QString::fromUtf8(list[rng() % N]);
}

QString sentence(std::mt19937 &rng, int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i) {
        parts << pick(rng, titleWords);
    }
    QString text = parts.join(QLatin1Char(' ')) + QLatin1Char('.');
    text[0] = text[0].toUpper();
    return text;
}

QString paragraph(std::mt19937 &rng, int sentences)
{
    QStringList parts;
    for (int i = 0; i < sentences; ++i) {
        parts << sentence(rng, 6 + int(rng() % 10));
    }
    return parts.join(QLatin1Char(' '));
}

QString title(std::mt19937 &rng)
{
    const QString shape = pick(rng, titleShapes);
    const QString first = pick(rng, titleWords);
    const QString second = pick(rng, titleWords);
    return shape.contains(QLatin1String("%2")) ? shape.arg(first, second) : shape.arg(first);
}
} // namespace

Size named(const QString &name, bool *ok)
{
    *ok = true;
    if (name == QLatin1String("medium")) {
        return {1000, 10000, 2000};
    }
    if (name == QLatin1String("large")) {
        return {10000, 100000, 10000};
    }
    *ok = false;
    return {};
}

Result<void> generate(Storage &storage, const Size &size, quint32 seed, const std::function<bool(qint64, qint64)> &progress)
{
    auto existing = storage.talks().all();
    if (!existing) {
        return existing.error();
    }
    if (!existing.value().isEmpty()) {
        return Error{Error::Kind::InvalidInput,
                     QCoreApplication::translate("SyntheticData", "%1 already holds talks; synthetic data is only generated into an empty database.")
                             .arg(storage.database().path())};
    }
    std::mt19937 rng(seed);
    Transaction transaction(storage.database());
    if (!transaction.isActive()) {
        return transaction.error();
    }
    const qint64 total = qint64(size.speakers) + size.talks + size.proposals;
    qint64 done = 0;
    const auto step = [&]() {
        ++done;
        return !progress || done % 1000 != 0 || progress(done, total);
    };
    const Error cancelled{Error::Kind::InvalidInput, QCoreApplication::translate("SyntheticData", "Cancelled; nothing was written.")};

    Series series;
    series.name = QStringLiteral("Synthetic Tech Talks");
    series.usualWeekday = 3;
    series.defaultStartUtc = QTime(18, 0);
    series.chatChannel = QStringLiteral("#synthetic-talks");
    auto seriesId = storage.series().add(series);
    if (!seriesId) {
        return seriesId.error();
    }

    QList<qint64> speakerIds;
    QStringList speakerNames;
    for (int i = 0; i < size.speakers; ++i) {
        Speaker speaker;
        speaker.name = pick(rng, givenNames) + QLatin1Char(' ') + pick(rng, familyNames) + QStringLiteral(" %1").arg(i);
        speaker.emails = QStringList{QStringLiteral("speaker%1@example.org").arg(i)};
        speaker.affiliation = rng() % 3 == 0 ? QStringLiteral("Wikimedia Foundation") : QStringLiteral("Community");
        speaker.roleTitle = rng() % 2 ? QStringLiteral("Software Engineer") : QStringLiteral("Researcher");
        speaker.timeZone = pick(rng, zones);
        speaker.bio = paragraph(rng, 2);
        auto id = storage.speakers().add(speaker);
        if (!id) {
            return id.error();
        }
        speakerIds << id.value();
        speakerNames << speaker.name;
        if (!step()) {
            return cancelled;
        }
    }

    // About four talks a month, going back from 2030 so some are upcoming; never before the
    // first date Lectern accepts (then the weeks run on past 2030: the large size spans
    // 1900–2091).
    const QDate first = std::max(QDate(2030, 12, 31).addDays(-qint64(size.talks) * 7), Talk::earliestDate());
    for (int i = 0; i < size.talks; ++i) {
        Talk talk;
        talk.seriesId = seriesId.value();
        talk.season = 1 + i / 12;
        talk.episode = 1 + i % 12;
        talk.title = title(rng);
        talk.abstract = paragraph(rng, 3 + int(rng() % 5));
        talk.date = first.addDays(qint64(i) * 7 + rng() % 3);
        talk.startUtc = rng() % 15 == 0 ? QTime() : QTime(14 + int(rng() % 6), rng() % 2 ? 30 : 0);
        talk.durationMinutes = rng() % 4 == 0 ? 60 : 45;
        talk.status = talk.date < QDate(2026, 1, 1) ? TalkStatus::Held : (rng() % 3 ? TalkStatus::Confirmed : TalkStatus::Tentative);
        const int speakerCount = speakerIds.isEmpty() ? 0 : 1 + int(rng() % 3);
        for (int s = 0; s < speakerCount; ++s) {
            const int index = int(rng() % speakerIds.size());
            const bool duplicate =
                    std::any_of(talk.speakers.cbegin(), talk.speakers.cend(), [&](const TalkSpeaker &t) { return t.speakerId == speakerIds.at(index); });
            if (!duplicate) {
                talk.speakers.append({speakerIds.at(index), speakerNames.at(index), s == 2 ? SpeakerRole::Host : SpeakerRole::Speaker});
            }
        }
        talk.topics = QStringList{pick(rng, topicNames), pick(rng, topicNames)};
        talk.topics.removeDuplicates();
        if (auto added = storage.talks().add(talk); !added) {
            return added.error();
        }
        if (!step()) {
            return cancelled;
        }
    }

    const ProposalStatus statuses[] = {ProposalStatus::New,
                                       ProposalStatus::New,
                                       ProposalStatus::Reviewing,
                                       ProposalStatus::Shortlisted,
                                       ProposalStatus::OnHold,
                                       ProposalStatus::Accepted,
                                       ProposalStatus::Declined,
                                       ProposalStatus::Withdrawn};
    const QDateTime start(QDate(2015, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < size.proposals; ++i) {
        Proposal proposal;
        proposal.seriesId = seriesId.value();
        proposal.source = i % 2 ? ProposalSource::Phabricator : ProposalSource::Email;
        if (proposal.source == ProposalSource::Phabricator) {
            proposal.externalId = QStringLiteral("T%1").arg(100000 + i);
            proposal.url = QStringLiteral("https://phabricator.example.org/T%1").arg(100000 + i);
        }
        proposal.title = title(rng);
        proposal.text = paragraph(rng, 2 + int(rng() % 12));
        proposal.proposer = pick(rng, givenNames) + QLatin1Char(' ') + pick(rng, familyNames);
        proposal.received = start.addSecs(qint64(i) * 3000 + rng() % 3000);
        proposal.status = statuses[rng() % 8];
        if (!speakerIds.isEmpty() && rng() % 2) {
            const int index = int(rng() % speakerIds.size());
            proposal.proposedSpeakers.append({speakerIds.at(index), speakerNames.at(index)});
        }
        auto id = storage.proposals().add(proposal);
        if (!id) {
            return id.error();
        }
        const int reviews = int(rng() % 3);
        for (int r = 0; r < reviews; ++r) {
            Review review;
            review.proposalId = id.value();
            review.reviewer = pick(rng, givenNames);
            review.score = 1 + int(rng() % 5);
            review.note = sentence(rng, 8);
            review.reviewedAt = proposal.received.addDays(1 + r);
            if (auto added = storage.proposals().addReview(review); !added) {
                return added.error();
            }
        }
        if (!step()) {
            return cancelled;
        }
    }
    return transaction.commit();
}

} // namespace Lectern::SyntheticData
