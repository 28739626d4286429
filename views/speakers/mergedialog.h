// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/speaker.h"

#include <QDialog>

class QButtonGroup;

namespace Lectern {

// Two records of one person side by side: for each field where they differ, the user picks
// the value to keep. Both records' emails are kept whatever is picked.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(const Speaker &keep, const Speaker &other, QWidget *parent = nullptr);
    Speaker merged() const;

private:
    Speaker m_keep;
    Speaker m_other;
    QList<std::pair<QString, QButtonGroup *>> m_choices; // field, its two buttons
};

} // namespace Lectern
