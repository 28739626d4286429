// SPDX-License-Identifier: GPL-2.0-or-later
#include "dialogserverprompt.h"

#include "connectserverdialog.h"

namespace Lectern {

DialogServerPrompt::DialogServerPrompt(QWidget *parent)
    : m_parent(parent)
{
}

std::optional<ServerPrompt::Answer> DialogServerPrompt::ask(const ServerLocation &initial, const QString &problem, bool keyringAvailable)
{
    ConnectServerDialog dialog(initial, keyringAvailable, m_parent);
    dialog.setProblem(problem);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return Answer{dialog.location(), dialog.rememberPassword()};
}

} // namespace Lectern
