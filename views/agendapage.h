// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QStackedWidget;
class QTableView;
class QSortFilterProxyModel;

namespace Lectern {
class AgendaModel;
class EmptyState;

// The schedule as a sortable table of every talk (until the month calendar joins it).
class AgendaPage : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaPage(AgendaModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

private:
    void updateEmptyState();

    AgendaModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace Lectern
