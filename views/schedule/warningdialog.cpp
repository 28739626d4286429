// SPDX-License-Identifier: GPL-2.0-or-later
#include "warningdialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Lectern {

WarningDialogConfirmation::WarningDialogConfirmation(QWidget *parent)
    : m_parent(parent)
{
}

bool WarningDialogConfirmation::confirm(const QString &what, const QList<Finding> &findings, const QString &goAhead)
{
    QStringList items;
    for (const Finding &finding : findings) {
        items << QStringLiteral("<li>%1%2</li>")
                         .arg(finding.isWarning() ? QString() : QCoreApplication::translate("WarningDialog", "Note: "), finding.message.toHtmlEscaped());
    }
    QMessageBox box(QMessageBox::Warning,
                    QCoreApplication::translate("WarningDialog", "Check the Schedule"),
                    QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(what.toHtmlEscaped(), items.join(QString())),
                    QMessageBox::NoButton,
                    m_parent);
    box.setObjectName(QStringLiteral("scheduleWarningDialog"));
    QPushButton *anyway = box.addButton(goAhead, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

} // namespace Lectern
