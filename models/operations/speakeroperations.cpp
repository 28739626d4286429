// SPDX-License-Identifier: GPL-2.0-or-later
#include "speakeroperations.h"

#include "speakers/speakermerger.h"
#include "storage/storage.h"

#include <QCoreApplication>

namespace Lectern::SpeakerOperations {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SpeakerOperations", text, disambiguation, n);
}

// The change log has said nobody changed the record since this change's last step.
Result<void> overwrite(Storage &storage, Speaker speaker)
{
    auto current = storage.speakers().find(speaker.meta.id);
    if (!current) {
        return current.error();
    }
    speaker.meta.version = current.value().meta.version;
    return storage.speakers().update(speaker);
}
} // namespace

std::unique_ptr<Change> edit(Storage &storage, const Speaker &before, const Speaker &after)
{
    auto first = std::make_shared<bool>(true);
    auto apply = [&storage, first, before, after]() -> Result<void> {
        if (*first) {
            Speaker edited = after;
            edited.meta.version = before.meta.version; // refused if someone changed it since it was read
            if (auto ok = storage.speakers().update(edited); !ok) {
                return ok;
            }
            *first = false;
            return {};
        }
        return overwrite(storage, after);
    };
    return std::make_unique<StepChange>(storage, tr("Edit speaker “%1”").arg(after.name), apply, [&storage, before] { return overwrite(storage, before); });
}

std::unique_ptr<Change> merge(Storage &storage, qint64 keepId, qint64 otherId, const Speaker &merged)
{
    auto record = std::make_shared<SpeakerMerger::Record>();
    auto apply = [&storage, record, keepId, otherId, merged]() -> Result<void> {
        auto done = SpeakerMerger::merge(storage, keepId, otherId, merged);
        if (!done) {
            return done.error();
        }
        *record = done.value();
        return {};
    };
    return std::make_unique<StepChange>(
            storage, tr("Merge speakers into “%1”").arg(merged.name), apply, [&storage, record] { return SpeakerMerger::unmerge(storage, *record); });
}

Result<std::unique_ptr<Change>> remove(Storage &storage, qint64 id)
{
    auto speaker = storage.speakers().find(id);
    if (!speaker) {
        return speaker.error();
    }
    if (!speaker.value().talkIds.isEmpty()) {
        return Error{Error::Kind::InvalidInput,
                     tr("%1 is linked to %n talk(s). Merge the record into another one (Likely Duplicates), or remove %1 from those talks first.",
                        nullptr,
                        int(speaker.value().talkIds.size()))
                             .arg(speaker.value().name)};
    }
    const Speaker before = speaker.value();
    std::unique_ptr<Change> change = std::make_unique<StepChange>(
            storage,
            tr("Delete speaker “%1”").arg(before.name),
            [&storage, id] { return storage.speakers().remove(id); },
            [&storage, before] { return storage.speakers().restore(before); });
    return change;
}

AddSpeakerChange::AddSpeakerChange(Storage &storage, const QString &name)
    : Change(storage, tr("Add speaker “%1”").arg(name.trimmed()))
{
    m_speaker.name = name.trimmed();
}

AddSpeakerChange::AddSpeakerChange(Storage &storage, const Speaker &speaker)
    : Change(storage, tr("Add speaker “%1”").arg(speaker.name.trimmed()))
    , m_speaker(speaker)
{
    m_speaker.meta = {};
}

Result<void> AddSpeakerChange::doApply()
{
    if (m_speaker.meta.id > 0) {
        return m_storage.speakers().restore(m_speaker);
    }
    auto added = m_storage.speakers().add(m_speaker);
    if (!added) {
        return added.error();
    }
    auto stored = m_storage.speakers().find(added.value());
    if (!stored) {
        return stored.error();
    }
    m_speaker = stored.value();
    return {};
}

Result<void> AddSpeakerChange::doRevert()
{
    return m_storage.speakers().remove(m_speaker.meta.id);
}

} // namespace Lectern::SpeakerOperations
