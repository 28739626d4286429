// SPDX-License-Identifier: GPL-2.0-or-later
#include "seriesoperations.h"

#include "storage/storage.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Lectern::SeriesOperations {
namespace {
QStringList zonesOf(const QString &setting)
{
    QStringList zones;
    for (const QString &zone : setting.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!zone.trimmed().isEmpty()) {
            zones << zone.trimmed();
        }
    }
    return zones;
}

Result<void> writeSeries(Storage &storage, const SeriesEdit &values, bool strict, int expectedVersion)
{
    auto stored = storage.series().find(values.series.meta.id);
    if (!stored) {
        return stored.error();
    }
    Series series = values.series;
    series.meta.version = strict ? expectedVersion : stored.value().meta.version;
    if (auto ok = storage.series().update(series); !ok) {
        return ok;
    }
    return storage.settings().setValue(SettingsRepository::worldTimeZonesKey, values.worldTimes.join(QStringLiteral(", ")));
}
} // namespace

Result<SeriesEdit> currentSeries(Storage &storage)
{
    auto series = storage.series().current();
    if (!series) {
        return series.error();
    }
    auto zones = storage.settings().value(SettingsRepository::worldTimeZonesKey);
    if (!zones) {
        return zones.error();
    }
    return SeriesEdit{series.value(), zonesOf(zones.value())};
}

Result<void> validate(const SeriesEdit &edit)
{
    if (auto ok = SeriesRepository::validate(edit.series); !ok) {
        return ok;
    }
    for (const QString &zone : edit.worldTimes) {
        if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8())) {
            return Error{Error::Kind::InvalidInput,
                         QCoreApplication::translate("SeriesOperations", "world time: “%1” is not a time zone name such as Europe/Berlin.").arg(zone)};
        }
    }
    return {};
}

Result<std::unique_ptr<Change>> editSeries(Storage &storage, const SeriesEdit &before, const SeriesEdit &after)
{
    if (auto ok = validate(after); !ok) {
        return ok.error();
    }
    auto first = std::make_shared<bool>(true);
    const int readAt = before.series.meta.version;
    auto apply = [&storage, first, after, readAt]() -> Result<void> {
        auto ok = writeSeries(storage, after, *first, readAt);
        if (ok) {
            *first = false;
        }
        return ok;
    };
    std::unique_ptr<Change> change = std::make_unique<StepChange>(
            storage, QCoreApplication::translate("SeriesOperations", "Change the series “%1”").arg(after.series.name), apply, [&storage, before] {
                return writeSeries(storage, before, false, 0);
            });
    return change;
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
