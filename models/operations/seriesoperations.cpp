// SPDX-License-Identifier: GPL-2.0-or-later
#include "seriesoperations.h"

#include "storage/storage.h"

#include <QCoreApplication>

namespace Lectern::SeriesOperations {
namespace {
Result<void> write(Storage &storage, const SeriesSettings &values)
{
    auto series = storage.series().current();
    if (!series) {
        return series.error();
    }
    Series changed = series.value();
    changed.name = values.name;
    changed.organizerName = values.senderName;
    changed.organizerEmail = values.senderEmail;
    changed.mailingLists = values.mailingLists;
    if (auto ok = storage.series().update(changed); !ok) {
        return ok;
    }
    return storage.settings().setValue(SettingsRepository::worldTimeZonesKey, values.worldTimes);
}
} // namespace

Result<SeriesSettings> currentSettings(Storage &storage)
{
    auto series = storage.series().current();
    if (!series) {
        return series.error();
    }
    auto zones = storage.settings().value(SettingsRepository::worldTimeZonesKey);
    if (!zones) {
        return zones.error();
    }
    return SeriesSettings{series.value().name, series.value().organizerName, series.value().organizerEmail, series.value().mailingLists, zones.value()};
}

std::unique_ptr<Change> editSettings(Storage &storage, const SeriesSettings &before, const SeriesSettings &after)
{
    return std::make_unique<StepChange>(
            storage,
            QCoreApplication::translate("SeriesOperations", "Change the settings of “%1”").arg(after.name),
            [&storage, after] { return write(storage, after); },
            [&storage, before] { return write(storage, before); });
}

std::unique_ptr<Change> editTemplate(Storage &storage, const EmailTemplate &before, const EmailTemplate &after)
{
    auto first = std::make_shared<bool>(true);
    // After the first run the change log vouches that nobody changed it since this change's
    // last step, so the stored version is taken as it is.
    const auto write = [&storage](EmailTemplate values) -> Result<void> {
        auto stored = storage.templates().find(values.seriesId, values.name);
        if (!stored) {
            return stored.error();
        }
        values.meta = stored.value().meta;
        return storage.templates().save(values);
    };
    auto apply = [&storage, first, before, after, write]() -> Result<void> {
        if (*first) {
            EmailTemplate edited = after;
            edited.meta = before.meta;
            if (auto ok = storage.templates().save(edited); !ok) {
                return ok;
            }
            *first = false;
            return {};
        }
        return write(after);
    };
    return std::make_unique<StepChange>(storage,
                                        QCoreApplication::translate("SeriesOperations", "Edit the template “%1”").arg(after.name),
                                        apply,
                                        [before, write] { return write(before); });
}

} // namespace Lectern::SeriesOperations
