// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace Lectern {

// Help → Lectern Handbook: docs/USER_GUIDE.md with its screenshots, built into the program
// so that it is there offline and matches the version.
class UserGuideWindow : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace Lectern
