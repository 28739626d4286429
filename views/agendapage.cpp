// SPDX-License-Identifier: GPL-2.0-or-later
#include "agendapage.h"

#include "emptystate.h"
#include "itemmodels/agendamodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Lectern {

AgendaPage::AgendaPage(AgendaModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(AgendaModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("agendaView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AgendaModel::DateColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // Size columns from the first rows only: measuring 10,000 rows costs more than the data.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_empty = new EmptyState(QStringLiteral("view-calendar"), tr("No talks yet"), this);
    m_empty->setExplanation(tr("Talks you add appear here in date order. From a terminal: lectern-cli talks add --title TITLE --date YYYY-MM-DD"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(model, &QAbstractItemModel::modelReset, this, &AgendaPage::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AgendaPage::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AgendaPage::updateEmptyState);
    updateEmptyState();
}

void AgendaPage::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_view);
}

} // namespace Lectern
