// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Lectern {

// A centred icon, headline and explanation, for a page or list that has nothing to show.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(const QString &iconName, const QString &headline, QWidget *parent = nullptr);
    void setExplanation(const QString &text);
    QString headline() const;
    QString explanation() const;

private:
    QLabel *m_headline = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace Lectern
