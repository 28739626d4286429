// SPDX-License-Identifier: GPL-2.0-or-later
#include "speakerspage.h"

#include "history.h"
#include "itemmodels/speakerdirectorymodel.h"
#include "mergedialog.h"
#include "operations/speakeroperations.h"
#include "speakereditor.h"
#include "speakers/speakermerger.h"
#include "storage/storage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace Lectern {
SpeakersPage::SpeakersPage(Storage &storage, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_undoStack(undoStack)
{
    m_model = new SpeakerDirectoryModel(storage.speakers(), this);
    auto *filter = new SpeakerSearchFilter(this);
    m_proxy = filter;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SpeakerDirectoryModel::SortRole);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("speakerSearch"));
    m_search->setPlaceholderText(tr("Search names, emails, affiliations…"));
    m_search->setClearButtonEnabled(true);
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add-user")), tr("&Add Speaker…"), this);
    auto *remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove-user")), tr("&Delete"), this);
    m_duplicatesButton = new QPushButton(this);
    m_duplicatesButton->setObjectName(QStringLiteral("duplicatesButton"));
    m_duplicatesButton->setCheckable(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(add);
    bar->addWidget(remove);
    bar->addWidget(m_duplicatesButton);

    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false); // Tab goes on to the record; arrows move in the list
    m_view->setObjectName(QStringLiteral("speakerDirectory"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SpeakerDirectoryModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Names are what people look for: sized to fit; affiliation takes what is left.
    m_view->horizontalHeader()->setSectionResizeMode(SpeakerDirectoryModel::AffiliationColumn, QHeaderView::Stretch);

    m_duplicatesList = new QListWidget(this);
    m_duplicatesList->setObjectName(QStringLiteral("duplicatesList"));
    m_duplicatesList->setToolTip(tr("Double-click a pair to merge it"));
    m_duplicatesList->setMaximumHeight(120);
    m_duplicatesList->hide();

    m_editor = new SpeakerEditor(storage, this);
    m_editor->setObjectName(QStringLiteral("speakerEditor"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_duplicatesList);
    leftLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &SpeakersPage::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SpeakersPage::showSelected);
    connect(m_editor, &SpeakerEditor::saveRequested, this, &SpeakersPage::saveSpeaker);
    connect(m_editor, &SpeakerEditor::talkActivated, this, &SpeakersPage::talkActivated);
    connect(m_duplicatesButton, &QPushButton::toggled, m_duplicatesList, &QWidget::setVisible);
    connect(m_duplicatesList, &QListWidget::itemActivated, this, &SpeakersPage::mergeSelectedPair);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Speaker"), tr("Name:"), QLineEdit::Normal, m_search->text(), &ok);
        if (ok && !name.trimmed().isEmpty()) {
            addSpeaker(name);
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_editor->speakerId() > 0) {
            deleteSpeaker(m_editor->speakerId());
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshDuplicates();
        selectSpeaker(m_editor->speakerId());
    });
    refreshDuplicates();
    if (m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    }
}

void SpeakersPage::setSearchText(const QString &text)
{
    if (m_search->text() != text) {
        m_search->setText(text);
    }
    static_cast<SpeakerSearchFilter *>(m_proxy)->setText(text);
}

void SpeakersPage::selectSpeaker(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    showSelected();
}

void SpeakersPage::showSelected()
{
    const qint64 id = m_view->currentIndex().data(SpeakerDirectoryModel::SpeakerIdRole).toLongLong();
    if (id <= 0 || id == m_editor->speakerId()) {
        return; // the editor follows changes to its own record (and keeps what was typed)
    }
    auto speaker = m_storage.speakers().find(id);
    if (speaker) {
        m_editor->load(speaker.value());
    }
}

void SpeakersPage::refreshDuplicates()
{
    auto all = m_storage.speakers().all();
    m_duplicates = all ? DuplicateFinder::find(all.value()) : QList<DuplicateFinder::Pair>();
    QHash<qint64, QString> names;
    if (all) {
        for (const Speaker &s : all.value()) {
            names.insert(s.meta.id, s.name);
        }
    }
    m_duplicatesList->clear();
    for (const auto &pair : std::as_const(m_duplicates)) {
        auto *item = new QListWidgetItem(tr("%1 ↔ %2: %3").arg(names.value(pair.first), names.value(pair.second), pair.reason), m_duplicatesList);
        item->setData(Qt::UserRole, pair.first);
        item->setData(Qt::UserRole + 1, pair.second);
    }
    m_duplicatesButton->setText(tr("Likely Duplicates (%1)").arg(m_duplicates.size()));
    m_duplicatesButton->setEnabled(!m_duplicates.isEmpty() || m_duplicatesButton->isChecked());
}

void SpeakersPage::mergeSelectedPair()
{
    QListWidgetItem *item = m_duplicatesList->currentItem();
    if (!item) {
        return;
    }
    // The record with more talks is kept; the user chooses field by field what stays.
    auto first = m_storage.speakers().find(item->data(Qt::UserRole).toLongLong());
    auto second = m_storage.speakers().find(item->data(Qt::UserRole + 1).toLongLong());
    if (!first || !second) {
        Q_EMIT failed(!first ? first.error().message : second.error().message);
        return;
    }
    const bool secondFirst = second.value().talkIds.size() > first.value().talkIds.size();
    const Speaker &keep = secondFirst ? second.value() : first.value();
    const Speaker &other = secondFirst ? first.value() : second.value();
    MergeDialog dialog(keep, other, this);
    if (dialog.exec() == QDialog::Accepted) {
        mergeSpeakers(keep.meta.id, other.meta.id, dialog.merged());
    }
}

bool SpeakersPage::push(std::unique_ptr<Change> change)
{
    auto ok = History::run(m_undoStack, std::move(change), [this](const Error &error) { Q_EMIT failed(error.message); });
    if (!ok) {
        Q_EMIT failed(ok.error().message);
    }
    return ok.ok();
}

bool SpeakersPage::saveSpeaker(const Speaker &before, const Speaker &after)
{
    return push(SpeakerOperations::edit(m_storage, before, after));
}

bool SpeakersPage::mergeSpeakers(qint64 keepId, qint64 otherId, const Speaker &merged)
{
    return push(SpeakerOperations::merge(m_storage, keepId, otherId, merged));
}

bool SpeakersPage::addSpeaker(const QString &name)
{
    auto change = std::make_unique<SpeakerOperations::AddSpeakerChange>(m_storage, name);
    auto *adding = change.get();
    if (!push(std::move(change))) {
        return false;
    }
    setSearchText(QString());
    selectSpeaker(adding->speakerId());
    return true;
}

bool SpeakersPage::deleteSpeaker(qint64 id)
{
    auto change = SpeakerOperations::remove(m_storage, id);
    if (!change) {
        Q_EMIT failed(change.error().message);
        return false;
    }
    return push(std::move(change).value());
}

} // namespace Lectern
