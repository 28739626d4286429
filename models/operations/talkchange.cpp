// SPDX-License-Identifier: GPL-2.0-or-later
#include "talkchange.h"

#include "storage/storage.h"
#include "talkdifferences.h"

#include <QCoreApplication>

namespace Lectern {
namespace {
// Speakers typed as new names (id 0) get a record, reusing one with the same name; in the
// change's transaction, so a refused change leaves no new record behind.
Result<void> resolveSpeakers(Storage &storage, Talk &talk)
{
    for (TalkSpeaker &speaker : talk.speakers) {
        if (speaker.speakerId > 0) {
            continue;
        }
        auto id = storage.speakers().findOrAdd(speaker.name);
        if (!id) {
            return id.error();
        }
        speaker.speakerId = id.value();
    }
    return {};
}
} // namespace

TalkChange::TalkChange(Storage &storage, const QString &text, std::optional<Talk> before, std::optional<Talk> after)
    : Change(storage, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

std::unique_ptr<TalkChange> TalkChange::add(Storage &storage, const Talk &talk)
{
    return std::make_unique<TalkChange>(storage, QCoreApplication::translate("TalkChange", "Add “%1”").arg(talk.title), std::nullopt, talk);
}

std::unique_ptr<TalkChange> TalkChange::remove(Storage &storage, const Talk &talk)
{
    return std::make_unique<TalkChange>(storage, QCoreApplication::translate("TalkChange", "Delete “%1”").arg(talk.title), talk, std::nullopt);
}

std::unique_ptr<TalkChange> TalkChange::update(Storage &storage, const QString &text, const Talk &before, const Talk &after)
{
    return std::make_unique<TalkChange>(storage, text, before, after);
}

qint64 TalkChange::talkId() const
{
    return m_after ? m_after->meta.id : m_before->meta.id;
}

Result<void> TalkChange::doApply()
{
    if (m_firstRun) {
        // The first run is checked against the versions the change was planned from, so an
        // edit of a talk that changed meanwhile is refused instead of overwriting it.
        Result<void> ok;
        if (m_after) {
            if (auto resolved = resolveSpeakers(m_storage, *m_after); !resolved) {
                return resolved;
            }
        }
        if (!m_before) {
            // An add: the UID is given here and the id by the database; redo brings both back.
            if (m_after->icalUid.isEmpty()) {
                m_after->icalUid = TalkRepository::newUid();
            }
            auto id = m_storage.talks().add(*m_after);
            if (!id) {
                return id.error();
            }
            m_after->meta.id = id.value();
            m_after->meta.version = 1;
        } else if (!m_after) {
            auto stored = m_storage.talks().find(m_before->meta.id);
            if (!stored) {
                return stored.error();
            }
            if (stored.value().meta.version != m_before->meta.version) {
                return Error{Error::Kind::Conflict,
                             QCoreApplication::translate("TalkChange", "The talk “%1” was changed elsewhere since it was read; it was not deleted.")
                                     .arg(m_before->title)};
            }
            ok = m_storage.talks().remove(m_before->meta.id);
        } else {
            Talk talk = *m_after;
            talk.meta.version = m_before->meta.version;
            ok = m_storage.talks().update(talk);
        }
        if (ok) {
            m_firstRun = false;
        }
        return ok;
    }
    return writeState(m_after, m_before);
}

Result<void> TalkChange::doRevert()
{
    return writeState(m_before, m_after);
}

QStringList TalkChange::theirDifferences(bool forward) const
{
    // Against what this change's last step wrote (its "after" when undoing, its "before"
    // when redoing): what the other coordinator changed, not what this step itself did.
    const std::optional<Talk> &written = forward ? m_before : m_after;
    if (!written) {
        return {};
    }
    auto stored = m_storage.talks().find(written->meta.id);
    if (!stored) {
        return {};
    }
    return TalkDifferences::describe(*written, stored.value());
}

Result<void> TalkChange::writeState(const std::optional<Talk> &state, const std::optional<Talk> &current)
{
    if (!state) {
        return m_storage.talks().remove(current->meta.id);
    }
    if (!current) {
        return m_storage.talks().restore(*state);
    }
    auto stored = m_storage.talks().find(state->meta.id);
    if (!stored) {
        return stored.error();
    }
    Talk talk = *state;
    talk.meta.version = stored.value().meta.version;
    return m_storage.talks().update(talk);
}

} // namespace Lectern
