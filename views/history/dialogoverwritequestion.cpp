// SPDX-License-Identifier: GPL-2.0-or-later
#include "dialogoverwritequestion.h"

#include "lectern_views_debug.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Lectern {

DialogOverwriteQuestion::DialogOverwriteQuestion(QWidget *parent)
    : m_parent(parent)
{
}

bool DialogOverwriteQuestion::overwrite(const QString &changed, const QString &step, bool undo)
{
    if (QApplication::platformName() == QLatin1String("offscreen")) {
        qCWarning(LECTERN_VIEWS, "not asked without a screen, their change kept: %s", qPrintable(changed));
        return false;
    }
    QMessageBox box(QMessageBox::Question,
                    undo ? tr("Undo Over Another Change?") : tr("Redo Over Another Change?"),
                    undo ? tr("Undo “%1”?").arg(step) : tr("Redo “%1”?").arg(step),
                    QMessageBox::NoButton,
                    m_parent);
    box.setInformativeText(undo ? tr("%1 Undoing replaces that change with the state before your step.").arg(changed)
                                : tr("%1 Redoing replaces that change with your step.").arg(changed));
    QPushButton *anyway = box.addButton(undo ? tr("Undo Anyway") : tr("Redo Anyway"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep Their Change"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == anyway;
}

} // namespace Lectern
