// SPDX-License-Identifier: GPL-2.0-or-later
#include "outboxoperations.h"

#include "export/exportbuilder.h"
#include "mail/mailcomposer.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QLocale>

namespace Lectern::OutboxOperations {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("OutboxOperations", text, disambiguation, n);
}

QString subjectOf(const OutboxEntry &entry)
{
    return entry.subject.isEmpty() ? entry.recipients.join(QStringLiteral(", ")) : entry.subject;
}

// Reads the entry again and sets a state on it: the revert of cancel and send-again, and
// their redo (the version they hold is stale after the first step).
Result<void> setStateFresh(Storage &storage, qint64 id, OutboxEntry::State state)
{
    auto current = storage.outbox().find(id);
    if (!current) {
        return current.error();
    }
    return storage.outbox().setState(current.value(), state);
}
} // namespace

Result<QDateTime> sendTime(const Talk &talk, When when, const QDateTime &at, const QDateTime &now)
{
    if (when == When::Now) {
        return now;
    }
    if (when == When::At) {
        if (!at.isValid()) {
            return Error{Error::Kind::InvalidInput, tr("No time was given to send at.")};
        }
        return at.toUTC();
    }
    if (!talk.hasTime()) {
        return Error{Error::Kind::InvalidInput, tr("“%1” has no start time yet, so there is no “before” to send a reminder at.").arg(talk.title)};
    }
    const QDateTime start = talk.startDateTimeUtc();
    const QDateTime moment = when == When::WeekBefore ? start.addDays(-7) : when == When::DayBefore ? start.addDays(-1) : start.addSecs(-2 * 3600);
    if (moment < now) {
        return Error{Error::Kind::InvalidInput,
                     tr("That would be %1, which has passed; send it now or choose a later time.")
                             .arg(QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat))};
    }
    return moment;
}

Result<OutboxEntry> announcementFor(Storage &storage, qint64 talkId, const QString &templateName, const QDateTime &sendAt, bool attachICalendar)
{
    auto talk = storage.talks().find(talkId);
    if (!talk) {
        return talk.error();
    }
    ExportBuilder::Selection selection;
    selection.kind = ExportBuilder::Selection::Kind::Talks;
    selection.talkIds = {talkId};
    ExportBuilder::Options options;
    options.templateName = templateName;
    options.attachICalendar = attachICalendar;
    auto built = ExportBuilder::build(storage, selection, ExportBuilder::Format::Announcement, options);
    if (!built) {
        return built.error();
    }
    const ExportBuilder::Output &out = built.value();
    if (!out.errors.isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("The message cannot be sent as it is: %1").arg(out.errors.join(QLatin1Char(' ')))};
    }
    if (out.message.fromAddress.isEmpty()) {
        return Error{Error::Kind::InvalidInput,
                     tr("The series has no sender address; set it in Configure Series (or `lectern-cli series edit --organizer-email`).")};
    }
    if (out.message.to.isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("The series has no mailing list to send to; add one in Configure Series.")};
    }
    if (attachICalendar && !out.message.attachment) {
        return Error{Error::Kind::InvalidInput, tr("“%1” cannot be in a calendar yet (no date or time), so nothing can be attached.").arg(talk.value().title)};
    }
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::Email;
    entry.talkId = talkId;
    entry.templateName = templateName;
    entry.recipients = out.message.to;
    entry.subject = out.message.subject;
    entry.body = out.message.body;
    entry.fromName = out.message.fromName;
    entry.fromAddress = out.message.fromAddress;
    entry.messageId = MailComposer::newMessageId(out.message.fromAddress);
    if (out.message.attachment) {
        entry.attachmentName = out.message.attachment->fileName;
        entry.attachment = out.message.attachment->data;
    }
    entry.sendAt = sendAt;
    entry.talkVersion = talk.value().meta.version;
    return entry;
}

Result<QString> sentBefore(Storage &storage, qint64 talkId, const QString &templateName)
{
    auto announcements = storage.announcements().forTalk(talkId);
    if (!announcements) {
        return announcements.error();
    }
    for (const Announcement &announcement : announcements.value()) {
        if (announcement.templateName == templateName && announcement.channel == Announcement::Channel::Smtp) {
            return tr("“%1” was sent for this talk on %2 to %3.")
                    .arg(templateName,
                         QLocale().toString(announcement.at.toLocalTime(), QLocale::ShortFormat),
                         announcement.recipients.join(QStringLiteral(", ")));
        }
    }
    auto entries = storage.outbox().list();
    if (!entries) {
        return entries.error();
    }
    for (const OutboxEntry &entry : entries.value()) {
        if (entry.talkId == talkId && entry.templateName == templateName && (entry.isWaiting() || entry.state == OutboxEntry::State::Unknown)) {
            return tr("“%1” for this talk is already in the outbox (%2, for %3).")
                    .arg(templateName, displayName(entry.state), QLocale().toString(entry.sendAt.toLocalTime(), QLocale::ShortFormat));
        }
    }
    return QString();
}

QueueChange::QueueChange(Storage &storage, const QString &text, const OutboxEntry &entry)
    : Change(storage, text)
    , m_entry(entry)
{
}

Result<void> QueueChange::doApply()
{
    auto id = m_storage.outbox().add(m_entry);
    if (!id) {
        return id.error();
    }
    m_id = id.value();
    return {};
}

Result<void> QueueChange::doRevert()
{
    return m_storage.outbox().remove(m_id);
}

std::unique_ptr<QueueChange> queue(Storage &storage, const OutboxEntry &entry)
{
    const QString text = entry.kind == OutboxEntry::Kind::Email ? tr("Queue “%1”").arg(subjectOf(entry)) : tr("Queue the answer on %1").arg(subjectOf(entry));
    return std::make_unique<QueueChange>(storage, text, entry);
}

Result<std::optional<OutboxEntry>> waitingPublish(Storage &storage, const QUrl &collection, bool orSending)
{
    const QString target = collection.toString(QUrl::RemoveUserInfo);
    auto entries = storage.outbox().list();
    if (!entries) {
        return entries.error();
    }
    for (const OutboxEntry &entry : entries.value()) {
        if (entry.kind == OutboxEntry::Kind::CalendarPublish && entry.recipients.value(0) == target &&
            (entry.isWaiting() || (orSending && entry.state == OutboxEntry::State::Sending))) {
            return std::optional<OutboxEntry>(entry);
        }
    }
    return std::optional<OutboxEntry>();
}

Result<qint64> requestPublish(Storage &storage, const QUrl &collection)
{
    auto waiting = waitingPublish(storage, collection);
    if (!waiting) {
        return waiting.error();
    }
    if (waiting.value()) {
        return qint64(0);
    }
    OutboxEntry publish;
    publish.kind = OutboxEntry::Kind::CalendarPublish;
    publish.recipients = QStringList{collection.toString(QUrl::RemoveUserInfo)};
    publish.subject = tr("Publish the calendar");
    publish.sendAt = QDateTime::currentDateTimeUtc();
    return storage.outbox().add(publish);
}

std::unique_ptr<Change> edit(Storage &storage, const OutboxEntry &edited)
{
    auto before = storage.outbox().find(edited.meta.id);
    const OutboxEntry old = before ? before.value() : edited;
    const auto write = [&storage](const OutboxEntry &values) -> Result<void> {
        auto current = storage.outbox().find(values.meta.id);
        if (!current) {
            return current.error();
        }
        OutboxEntry next = current.value();
        next.recipients = values.recipients;
        next.subject = values.subject;
        next.body = values.body;
        next.sendAt = values.sendAt;
        next.talkVersion = values.talkVersion;
        return storage.outbox().update(next);
    };
    // The first run checks against the version the user edited.
    auto first = std::make_shared<bool>(true);
    auto apply = [&storage, edited, write, first]() -> Result<void> {
        if (*first) {
            *first = false;
            return storage.outbox().update(edited);
        }
        return write(edited);
    };
    return std::make_unique<StepChange>(storage, tr("Edit “%1”").arg(subjectOf(old)), apply, [write, old] { return write(old); });
}

std::unique_ptr<Change> cancel(Storage &storage, const OutboxEntry &entry)
{
    const qint64 id = entry.meta.id;
    const OutboxEntry::State previous = entry.state;
    auto first = std::make_shared<bool>(true);
    auto apply = [&storage, entry, first]() -> Result<void> {
        if (*first) {
            *first = false;
            return storage.outbox().setState(entry, OutboxEntry::State::Cancelled);
        }
        return setStateFresh(storage, entry.meta.id, OutboxEntry::State::Cancelled);
    };
    return std::make_unique<StepChange>(storage, tr("Cancel “%1”").arg(subjectOf(entry)), apply, [&storage, id, previous] {
        return setStateFresh(storage, id, previous == OutboxEntry::State::Sending ? OutboxEntry::State::Unknown : previous);
    });
}

std::unique_ptr<Change> sendAgain(Storage &storage, const OutboxEntry &entry)
{
    const qint64 id = entry.meta.id;
    const OutboxEntry::State previous = entry.state;
    auto first = std::make_shared<bool>(true);
    auto apply = [&storage, entry, first]() -> Result<void> {
        OutboxEntry current = entry;
        if (!*first) {
            auto fresh = storage.outbox().find(entry.meta.id);
            if (!fresh) {
                return fresh.error();
            }
            current = fresh.value();
        }
        *first = false;
        if (auto ok = storage.outbox().setState(current, OutboxEntry::State::Queued); !ok) {
            return ok;
        }
        // Sending again is the user's word on the text as it stands, even for a talk that
        // changed since it was written.
        if (current.talkId > 0) {
            if (auto talk = storage.talks().find(current.talkId); talk && talk.value().meta.version != current.talkVersion) {
                auto queued = storage.outbox().find(current.meta.id);
                if (!queued) {
                    return queued.error();
                }
                OutboxEntry updated = queued.value();
                updated.talkVersion = talk.value().meta.version;
                return storage.outbox().update(updated);
            }
        }
        return {};
    };
    return std::make_unique<StepChange>(
            storage, tr("Send “%1” again").arg(subjectOf(entry)), apply, [&storage, id, previous] { return setStateFresh(storage, id, previous); });
}

} // namespace Lectern::OutboxOperations
