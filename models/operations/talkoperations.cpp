// SPDX-License-Identifier: GPL-2.0-or-later
#include "talkoperations.h"

#include "proposals/triage.h"
#include "schedule/rhythm.h"
#include "schedule/schedulechecker.h"
#include "storage/storage.h"
#include "talkchange.h"
#include "talkdifferences.h"

#include <QCoreApplication>
#include <QLocale>

namespace Lectern::TalkOperations {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("TalkOperations", text, disambiguation, n);
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// The talk's own fields, the first problem named by its field.
Result<void> validated(const Talk &talk)
{
    if (const auto errors = talk.validate(); !errors.isEmpty()) {
        return Error{Error::Kind::InvalidInput, errors.constFirst().field + QStringLiteral(": ") + errors.constFirst().message};
    }
    return {};
}

Result<QList<Finding>> check(Storage &storage, const Talk &talk, const QDate &today)
{
    return ScheduleChecker(storage).check(talk, today);
}

// Schedules the proposal on the first run; redo after undo brings back that same talk (id
// and UID), so an exported calendar entry stays the same event.
class ScheduleProposalChange : public Change
{
public:
    ScheduleProposalChange(Storage &storage, const QString &text, qint64 proposalId, const Talk &planned)
        : Change(storage, text)
        , m_proposalId(proposalId)
        , m_planned(planned)
    {
    }
    qint64 talkId() const { return m_scheduled.talk.meta.id; }

protected:
    Result<void> doApply() override
    {
        if (!m_done) {
            auto scheduled = Triage::schedule(m_storage, m_proposalId, m_planned);
            if (!scheduled) {
                return scheduled.error();
            }
            m_scheduled = scheduled.value();
            m_done = true;
            return {};
        }
        if (auto ok = m_storage.talks().restore(m_scheduled.talk); !ok) {
            return ok;
        }
        return m_storage.proposals().setDecision(m_proposalId, m_scheduled.after);
    }
    Result<void> doRevert() override
    {
        if (auto ok = m_storage.proposals().setDecision(m_proposalId, m_scheduled.before); !ok) {
            return ok;
        }
        return m_storage.talks().remove(m_scheduled.talk.meta.id);
    }

private:
    qint64 m_proposalId;
    Talk m_planned;
    bool m_done = false;
    Triage::Scheduled m_scheduled;
};
} // namespace

bool schedulingChanged(const Talk &before, const Talk &after)
{
    return before.date != after.date || before.startUtc != after.startUtc || before.durationMinutes != after.durationMinutes ||
            before.speakers != after.speakers || before.status != after.status;
}

Result<Talk> newTalk(Storage &storage, const QDate &date)
{
    auto series = storage.series().current();
    if (!series) {
        return series.error();
    }
    Talk talk;
    talk.seriesId = series.value().meta.id;
    talk.date = date;
    talk.startUtc = date.isValid() ? series.value().defaultStartUtc : QTime();
    talk.durationMinutes = series.value().defaultDurationMinutes;
    talk.streamUrl = series.value().streamUrl;
    talk.status = TalkStatus::Tentative;
    auto last = storage.talks().lastEpisode(talk.seriesId);
    if (!last) {
        return last.error();
    }
    talk.season = last.value() ? last.value()->first : 1;
    talk.episode = last.value() ? last.value()->second + 1 : 1;
    return talk;
}

Result<Talk> talkForProposal(Storage &storage, const Proposal &proposal, const QDate &date, std::optional<QTime> time)
{
    auto fresh = newTalk(storage, date);
    if (!fresh) {
        return fresh.error();
    }
    Talk talk = fresh.value();
    talk.seriesId = proposal.seriesId;
    talk.title = proposal.title;
    talk.abstract = proposal.text;
    if (time) {
        talk.startUtc = *time;
    }
    talk.proposalId = proposal.meta.id;
    for (const ProposedSpeaker &speaker : proposal.proposedSpeakers) {
        talk.speakers.append({speaker.speakerId, speaker.name, SpeakerRole::Speaker});
    }
    return talk;
}

Result<PlannedChange> create(Storage &storage, const Talk &talk, const QDate &today)
{
    if (auto ok = validated(talk); !ok) {
        return ok.error();
    }
    auto findings = check(storage, talk, today);
    if (!findings) {
        return findings.error();
    }
    PlannedChange plan;
    plan.findings = findings.value();
    plan.question = talk.date.isValid() ? tr("Add “%1” on %2?").arg(talk.title, longDate(talk.date)) : tr("Add “%1”?").arg(talk.title);
    plan.confirmLabel = tr("Add Anyway");
    plan.change = TalkChange::add(storage, talk);
    return plan;
}

Result<PlannedChange> edit(Storage &storage, const Talk &edited, const QDate &today)
{
    auto before = storage.talks().find(edited.meta.id);
    if (!before) {
        return before.error();
    }
    if (before.value().meta.version != edited.meta.version) {
        // Who, what and when, so the coordinator can decide whose version to keep.
        auto latest = storage.changeLog().latest({Entity::talk(), edited.meta.id, {}});
        const QString who = latest && latest.value() ? ChangeLog::describeWriter(*latest.value()) : tr("someone else");
        const QStringList theirs = TalkDifferences::describe(edited, before.value());
        return Error{Error::Kind::Conflict,
                     tr("The talk “%1” was changed by %2 since it was opened: now %3. Nothing was saved.")
                             .arg(before.value().title, who, theirs.isEmpty() ? tr("the same values as yours") : theirs.join(QStringLiteral("; ")))};
    }
    if (auto ok = validated(edited); !ok) {
        return ok.error();
    }
    Talk after = edited;
    after.updateSequence(before.value());
    PlannedChange plan;
    plan.talkId = after.meta.id;
    if (schedulingChanged(before.value(), after)) {
        auto findings = check(storage, after, today);
        if (!findings) {
            return findings.error();
        }
        plan.findings = findings.value();
    }
    plan.question = tr("Save “%1”?").arg(after.title);
    plan.confirmLabel = tr("Save Anyway");
    plan.change = TalkChange::update(storage, tr("Edit “%1”").arg(after.title), before.value(), after);
    return plan;
}

Result<PlannedChange> move(Storage &storage, const QList<qint64> &ids, const QDate &date, std::optional<QTime> time, const QDate &today)
{
    std::vector<std::unique_ptr<Change>> parts;
    PlannedChange plan;
    QStringList titles;
    const QString when = time && time->isValid() ? tr("%1 at %2 UTC").arg(longDate(date), time->toString(QStringLiteral("HH:mm"))) : longDate(date);
    for (qint64 id : ids) {
        auto talk = storage.talks().find(id);
        if (!talk) {
            return talk.error();
        }
        Talk moved = talk.value();
        moved.date = date;
        if (time) {
            moved.startUtc = *time;
        }
        if (moved.date == talk.value().date && moved.startUtc == talk.value().startUtc) {
            continue; // already there
        }
        if (moved.status == TalkStatus::Postponed) {
            moved.status = TalkStatus::Tentative; // a postponed talk given a new date is planned again
        }
        if (!time && !moved.startUtc.isValid()) {
            // Dropped on a date of the series' rhythm: the slot's time.
            auto series = storage.series().find(moved.seriesId);
            if (series && series.value().defaultStartUtc.isValid() &&
                Rhythm::parse(series.value().recurrenceRule, series.value().recurrenceStart).value_or(Rhythm()).fallsOn(date)) {
                moved.startUtc = series.value().defaultStartUtc;
            }
        }
        moved.updateSequence(talk.value());
        auto found = check(storage, moved, today);
        if (!found) {
            return found.error();
        }
        plan.findings << found.value();
        titles << moved.title;
        plan.talkId = id;
        parts.push_back(TalkChange::update(storage, tr("Move “%1” to %2").arg(moved.title, when), talk.value(), moved));
    }
    if (parts.empty()) {
        return plan;
    }
    plan.confirmLabel = tr("Move Anyway");
    if (parts.size() == 1) {
        plan.question = tr("Move “%1” to %2?").arg(titles.constFirst(), when);
        plan.change = std::move(parts.front());
        return plan;
    }
    plan.talkId = 0;
    plan.question = tr("Move %n talk(s) to %1?", nullptr, int(parts.size())).arg(when);
    const int count = int(parts.size());
    plan.change = std::make_unique<CompositeChange>(storage, tr("Move %n talk(s) to %1", nullptr, count).arg(when), std::move(parts));
    return plan;
}

Result<PlannedChange> cancel(Storage &storage, qint64 id)
{
    auto talk = storage.talks().find(id);
    if (!talk) {
        return talk.error();
    }
    PlannedChange plan;
    plan.talkId = id;
    if (talk.value().status == TalkStatus::Cancelled) {
        return plan;
    }
    Talk cancelled = talk.value();
    cancelled.status = TalkStatus::Cancelled;
    cancelled.updateSequence(talk.value());
    plan.change = TalkChange::update(storage, tr("Cancel “%1”").arg(cancelled.title), talk.value(), cancelled);
    return plan;
}

Result<PlannedChange> remove(Storage &storage, qint64 id)
{
    auto talk = storage.talks().find(id);
    if (!talk) {
        return talk.error();
    }
    PlannedChange plan;
    plan.talkId = id;
    plan.change = TalkChange::remove(storage, talk.value());
    return plan;
}

Result<PlannedChange> scheduleProposal(Storage &storage, qint64 proposalId, const QDate &date, std::optional<QTime> time, const QDate &today)
{
    auto proposal = storage.proposals().find(proposalId);
    if (!proposal) {
        return proposal.error();
    }
    if (auto ok = Triage::checkSchedulable(proposal.value()); !ok) {
        return ok.error();
    }
    auto talk = talkForProposal(storage, proposal.value(), date, time);
    if (!talk) {
        return talk.error();
    }
    auto findings = check(storage, talk.value(), today);
    if (!findings) {
        return findings.error();
    }
    PlannedChange plan;
    plan.findings = findings.value();
    plan.question = tr("Schedule “%1” on %2?").arg(talk.value().title, longDate(date));
    plan.confirmLabel = tr("Schedule Anyway");
    plan.change =
            std::make_unique<ScheduleProposalChange>(storage, tr("Schedule “%1” on %2").arg(talk.value().title, longDate(date)), proposalId, talk.value());
    return plan;
}

namespace {
// The import's change, and the parts that add talks (their ids are known once made).
std::unique_ptr<Change> importChange(Storage &storage, const ICalendarImport::Plan &imported, const QString &fileName, QList<TalkChange *> *additions)
{
    std::vector<std::unique_ptr<Change>> parts;
    for (const auto &[before, after] : imported.updates) {
        parts.push_back(TalkChange::update(storage, QString(), before, after));
    }
    for (const Talk &talk : imported.creates) {
        auto add = TalkChange::add(storage, talk);
        if (additions) {
            additions->append(add.get());
        }
        parts.push_back(std::move(add));
    }
    if (parts.empty()) {
        return {};
    }
    const int count = int(parts.size());
    return std::make_unique<CompositeChange>(storage, tr("Import %n talk(s) from %1", nullptr, count).arg(fileName), std::move(parts));
}
} // namespace

Result<PlannedChange> importCalendar(Storage &storage, const ICalendarImport::Plan &imported, const QString &fileName)
{
    PlannedChange plan;
    plan.change = importChange(storage, imported, fileName, nullptr);
    return plan;
}

Result<ICalendarImport::Outcome> importCalendarFile(Storage &storage, const QByteArray &data, const QString &fileName, const ICalendarImport::Options &options)
{
    const auto failed = [&fileName](const Error &error) {
        QString message = error.message.trimmed();
        if (!message.endsWith(QLatin1Char('.'))) {
            message += QLatin1Char('.');
        }
        return Error{error.kind, tr("%1: %2 Nothing was imported.").arg(fileName, message)};
    };
    auto reading = ICalendarImport::read(data, options);
    if (!reading) {
        return failed(reading.error());
    }
    if (options.strict && !reading.value().skipped.isEmpty()) {
        QStringList lines;
        for (const ICalendarImport::Note &note : std::as_const(reading.value().skipped)) {
            lines << note.text();
        }
        return failed(Error{Error::Kind::InvalidInput, tr("events that cannot be talks (--strict): %1").arg(lines.join(QStringLiteral("; ")))});
    }
    auto planned = ICalendarImport::plan(storage, reading.value());
    if (!planned) {
        return failed(planned.error());
    }
    ICalendarImport::Outcome outcome;
    outcome.unchanged = planned.value().unchanged;
    outcome.skipped = planned.value().skipped;
    outcome.notes = planned.value().notes;
    QList<TalkChange *> additions;
    auto change = importChange(storage, planned.value(), fileName, &additions);
    if (!change) {
        return outcome;
    }
    if (auto ok = change->apply(); !ok) {
        return failed(ok.error());
    }
    for (const auto &update : planned.value().updates) {
        outcome.updated << update.second.meta.id;
    }
    for (const TalkChange *added : std::as_const(additions)) {
        outcome.created << added->talkId();
    }
    return outcome;
}

} // namespace Lectern::TalkOperations
