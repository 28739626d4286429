// SPDX-License-Identifier: GPL-2.0-or-later
#include "recordlabel.h"

#include "storage/storage.h"

#include <QCoreApplication>

namespace Lectern::RecordLabel {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RecordLabel", text);
}
} // namespace

QString describe(Storage &storage, const ChangeTarget &target)
{
    const QString id = QString::number(target.id);
    if (target.entity == Entity::talk()) {
        auto talk = storage.talks().find(target.id);
        return talk ? tr("The talk “%1”").arg(talk.value().title) : tr("The talk %1").arg(id);
    }
    if (target.entity == Entity::speaker()) {
        auto speaker = storage.speakers().find(target.id);
        return speaker ? tr("The speaker “%1”").arg(speaker.value().name) : tr("The speaker %1").arg(id);
    }
    if (target.entity == Entity::proposal()) {
        auto proposal = storage.proposals().find(target.id);
        return proposal ? tr("The proposal “%1”").arg(proposal.value().title) : tr("The proposal %1").arg(id);
    }
    if (target.entity == Entity::series()) {
        auto series = storage.series().find(target.id);
        return series ? tr("The series “%1”").arg(series.value().name) : tr("The series %1").arg(id);
    }
    if (target.entity == Entity::emailTemplate()) {
        return tr("The email template %1").arg(id);
    }
    return tr("The setting “%1”").arg(target.key);
}

} // namespace Lectern::RecordLabel
