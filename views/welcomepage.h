// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Lectern {

// Shown when there is no database yet: start from the sample series, start empty, or open
// an existing file.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setDatabasePath(const QString &path);

Q_SIGNALS:
    void sampleSeriesRequested();
    void emptySeriesRequested();
    void openRequested();

private:
    QLabel *m_where = nullptr;
};

} // namespace Lectern
