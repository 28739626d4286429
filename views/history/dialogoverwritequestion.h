// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "overwritequestion.h"

#include <QCoreApplication>

class QWidget;

namespace Lectern {

// The window's answer to "undo anyway?": a question box naming who changed what, with
// "Undo Anyway" and "Keep Their Change" (the default, so Enter loses nothing).
class DialogOverwriteQuestion : public OverwriteQuestion
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::DialogOverwriteQuestion)
public:
    explicit DialogOverwriteQuestion(QWidget *parent);
    bool overwrite(const QString &changed, const QString &step, bool undo) override;

private:
    QWidget *m_parent;
};

} // namespace Lectern
