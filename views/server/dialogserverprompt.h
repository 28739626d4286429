// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "serverprompt.h"

class QWidget;

namespace Lectern {

// The window's ServerPrompt: the Connect to a Shared Schedule dialog, modal over `parent`.
class DialogServerPrompt : public ServerPrompt
{
public:
    explicit DialogServerPrompt(QWidget *parent);
    std::optional<Answer> ask(const ServerLocation &initial, const QString &problem, bool keyringAvailable) override;

private:
    QWidget *m_parent;
};

} // namespace Lectern
