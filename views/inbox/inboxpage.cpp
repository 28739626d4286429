// SPDX-License-Identifier: GPL-2.0-or-later
#include "inboxpage.h"

#include "answerdialog.h"
#include "operations/proposaloperations.h"

#include "import/proposalfile.h"
#include "itemmodels/inboxmodel.h"
#include "operations/talkoperations.h"
#include "platform/settingskeys.h"
#include "platform/useridentity.h"
#include "proposalhtml.h"
#include "proposals/triage.h"
#include "schedule/movetodatedialog.h"
#include "schedule/talkscheduler.h"
#include "storage/storage.h"
#include "triagecommands.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Lectern {
namespace {
const QString reviewerKey = SettingsKeys::reviewerName();
} // namespace

InboxPage::InboxPage(Storage &storage, TriageCommands &triage, TalkScheduler &scheduler, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_triage(triage)
    , m_scheduler(scheduler)
{
    setObjectName(QStringLiteral("inboxPage"));
    m_model = new InboxModel(storage.proposals(), this);

    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("inboxTabs"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    for (int i = 0; i <= int(Filter::All); ++i) {
        m_tabs->addTab(QString());
    }
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search titles, texts and proposers…"));
    m_search->setAccessibleName(tr("Search proposals"));
    auto *importButton = new QToolButton(this);
    auto *syncButton = new QToolButton(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(InboxModel::ReceivedColumn, Qt::DescendingOrder);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InboxModel::TitleColumn, QHeaderView::Stretch);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // The title gets what the others leave; they get what their usual content needs, and at
    // least their header with the sort arrow (translations are longer than English).
    const QFontMetrics headerMetrics(header->font());
    const auto fit = [&](int column, int ems, const QString &typical) {
        const int title = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 3 * em;
        header->resizeSection(column, std::max({ems * em, title, m_view->fontMetrics().horizontalAdvance(typical) + em}));
    };
    fit(InboxModel::WhoColumn, 11, QString());
    fit(InboxModel::ReceivedColumn, 0, QLocale().toString(QDate(2020, 12, 30), QLocale::ShortFormat));
    fit(InboxModel::SourceColumn, 0, displayName(ProposalSource::Nomination));
    fit(InboxModel::StatusColumn, 0, displayName(ProposalStatus::Shortlisted));
    fit(InboxModel::ScoreColumn, 0, QLocale().toString(4.5, 'f', 1));
    header->setMinimumSectionSize(3 * em);
    m_view->setAccessibleName(tr("Proposals"));
    m_view->setTabKeyNavigation(false); // Tab goes on to the reading pane; arrows move in the list

    m_reader = new QTextBrowser(this);
    m_reader->setObjectName(QStringLiteral("proposalReader"));
    m_reader->setOpenExternalLinks(true);
    m_reader->setAccessibleName(tr("Proposal"));

    m_reviewForm = new QWidget(this);
    m_reviewer = new QLabel(m_reviewForm);
    m_reviewer->setObjectName(QStringLiteral("reviewerLabel"));
    auto *changeReviewer = new QPushButton(tr("Change…"), m_reviewForm);
    m_score = new QComboBox(m_reviewForm);
    m_score->setObjectName(QStringLiteral("reviewScore"));
    m_score->addItem(tr("No score"), 0);
    m_score->addItem(tr("1 — no"), 1);
    m_score->addItem(tr("2 — rather not"), 2);
    m_score->addItem(tr("3 — maybe"), 3);
    m_score->addItem(tr("4 — rather yes"), 4);
    m_score->addItem(tr("5 — yes"), 5);
    m_note = new QPlainTextEdit(m_reviewForm);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setPlaceholderText(tr("What you think of it (only for the coordinators)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 5);
    m_addReview = new QPushButton(tr("Add Review"), m_reviewForm);
    m_addReview->setObjectName(QStringLiteral("addReviewButton"));
    m_addReview->setToolTip(tr("Add your score and note (Ctrl+Return)"));
    auto *reviewerRow = new QHBoxLayout;
    reviewerRow->addWidget(m_reviewer, 1);
    reviewerRow->addWidget(changeReviewer);
    auto *form = new QFormLayout(m_reviewForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(reviewerRow);
    form->addRow(tr("&Score:"), m_score);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), m_addReview);
    auto *addShortcut = new QAction(m_reviewForm);
    addShortcut->setShortcut(Qt::CTRL | Qt::Key_Return);
    addShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reviewForm->addAction(addShortcut);
    connect(addShortcut, &QAction::triggered, this, &InboxPage::addReviewFromForm);

    auto *readingPane = new QWidget(this);
    auto *readingLayout = new QVBoxLayout(readingPane);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->addWidget(m_reader, 1);
    readingLayout->addWidget(m_reviewForm);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listPane);
    splitter->addWidget(readingPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 380});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_tabs, 1);
    bar->addWidget(importButton);
    bar->addWidget(syncButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    setupActions();
    importButton->setDefaultAction(m_menuActions.value(m_menuActions.size() - 2));
    syncButton->setDefaultAction(m_menuActions.constLast());
    importButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    syncButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int tab) {
        m_model->setStatuses(statusesOf(Filter(tab)));
        QSettings().setValue(QStringLiteral("inbox/tab"), tab);
    });
    connect(m_search, &QLineEdit::textChanged, m_model, &InboxModel::setSearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InboxPage::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InboxPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0) {
            m_view->setCurrentIndex(m_model->index(0, 0));
        }
        showCurrent();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        // The decided proposal left the tab; the selection model made the next one current.
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex())) {
            m_view->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        showCurrent();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InboxPage::showCurrent);
    connect(m_model, &InboxModel::loadFailed, this, &InboxPage::statusMessage);
    connect(m_addReview, &QPushButton::clicked, this, &InboxPage::addReviewFromForm);
    connect(changeReviewer, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Reviewer"), tr("Your name on the reviews you write:"), QLineEdit::Normal, reviewerName(), &ok);
        if (ok && !name.trimmed().isEmpty()) {
            setReviewerName(name);
        }
    });
    const auto queueCounts = [this] {
        if (!m_countsQueued) {
            m_countsQueued = true;
            QMetaObject::invokeMethod(this, &InboxPage::updateCounts, Qt::QueuedConnection);
        }
    };
    connect(&storage.proposals(), &ProposalRepository::proposalAdded, this, queueCounts);
    connect(&storage.proposals(), &ProposalRepository::proposalUpdated, this, queueCounts);
    connect(&storage.proposals(), &ProposalRepository::proposalRemoved, this, queueCounts);
    // The reading pane says what was answered on the task, and follows the outbox sending it.
    for (auto signal : {&OutboxRepository::entryAdded, &OutboxRepository::entryChanged, &OutboxRepository::entryRemoved}) {
        connect(&storage.outbox(), signal, this, [this] {
            if (currentId() != 0) {
                showCurrent();
            }
        });
    }

    m_askReason = [this](const QString &title) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Put on Hold"), tr("What does “%1” wait for?").arg(title), QLineEdit::Normal, QString(), &ok);
        if (!ok || reason.trimmed().isEmpty()) {
            return std::nullopt;
        }
        return reason;
    };
    m_askAnswer = [this](const QString &task, const QString &message, const QString &warning) -> std::optional<TrackerAnswer> {
        AnswerDialog dialog(task, message, warning, this);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return TrackerAnswer{dialog.message(), dialog.trackerStatus()};
    };
    m_askImport = [this](const QString &summary, const QStringList &problems) {
        QMessageBox box(QMessageBox::Warning, tr("Import Proposals"), summary, QMessageBox::Cancel, this);
        box.setInformativeText(
                tr("Rows with problems are listed under Show Details. Correct the file and import it again, or import the rows without problems now."));
        box.setDetailedText(problems.join(QLatin1Char('\n')));
        QPushButton *valid = box.addButton(tr("Import Valid Rows"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == valid;
    };

    setReviewerName(reviewerName());
    updateCounts();
    const int tab = QSettings().value(QStringLiteral("inbox/tab"), int(Filter::New)).toInt();
    m_tabs->setCurrentIndex(qBound(0, tab, int(Filter::All)));
    m_model->setStatuses(statusesOf(filter()));
    updateActions();
}

void InboxPage::setupActions()
{
    const auto add = [this](const QString &text, const QKeySequence &key, const std::function<void()> &run, bool onSelection) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        // Single keys, as in a mail client: active in the list and the reading pane, never
        // while typing in the search field or the note (those take the key as text).
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, run);
        m_menuActions << action;
        if (onSelection) {
            m_selectionActions << action;
        }
        return action;
    };
    add(
            tr("&Next Proposal"), Qt::Key_J, [this] { moveCurrent(1); }, false);
    add(
            tr("&Previous Proposal"), Qt::Key_K, [this] { moveCurrent(-1); }, false);
    m_menuActions << nullptr;
    add(
            tr("&Shortlist"), Qt::Key_S, [this] { decideSelected(ProposalStatus::Shortlisted); }, true);
    add(
            tr("&Accept"), Qt::Key_A, [this] { decideSelected(ProposalStatus::Accepted); }, true);
    add(
            tr("&Decline"), Qt::Key_D, [this] { decideSelected(ProposalStatus::Declined); }, true);
    m_answerActions << add(
            tr("Accept and A&nswer…"), Qt::SHIFT | Qt::Key_A, [this] { decideAndAnswer(ProposalStatus::Accepted); }, true);
    m_answerActions << add(
            tr("Decline and Ans&wer…"), Qt::SHIFT | Qt::Key_D, [this] { decideAndAnswer(ProposalStatus::Declined); }, true);
    for (QAction *action : std::as_const(m_answerActions)) {
        action->setToolTip(tr("Decide, and answer the proposer on the Phabricator task through the outbox"));
    }
    add(
            tr("Put on &Hold…"), Qt::Key_H, [this] { decideSelected(ProposalStatus::OnHold); }, true);
    add(
            tr("Mark &Withdrawn"), Qt::Key_W, [this] { decideSelected(ProposalStatus::Withdrawn); }, true);
    add(
            tr("Back to &Reviewing"), Qt::Key_V, [this] { decideSelected(ProposalStatus::Reviewing); }, true);
    m_menuActions << nullptr;
    for (int score = 1; score <= 5; ++score) {
        add(
                tr("Score %1").arg(score), Qt::Key_0 + score, [this, score] { scoreCurrent(score); }, true);
    }
    add(
            tr("Write a &Review"), Qt::Key_R, [this] { m_note->setFocus(); }, true);
    m_scheduleAction = add(
            tr("S&chedule…"), Qt::CTRL | Qt::SHIFT | Qt::Key_M, [this] { scheduleCurrent(); }, true);
    m_scheduleAction->setToolTip(tr("Make the accepted or shortlisted proposal a talk on a date"));
    m_menuActions << nullptr;
    auto *find = add(
            tr("&Find Proposals"),
            QKeySequence::Find,
            [this] {
                m_search->setFocus();
                m_search->selectAll();
            },
            false);
    find->setShortcutContext(Qt::WindowShortcut);
    auto *import = add(
            tr("&Import Proposals…"), QKeySequence(), [this] { importDialog(); }, false);
    import->setIconText(tr("Import…"));
    import->setToolTip(tr("Add proposals from a CSV or JSON file"));
    auto *sync = add(
            tr("S&ync with Phabricator…"), QKeySequence(), [this] { Q_EMIT syncRequested(); }, false);
    sync->setIconText(tr("Sync…"));
    sync->setToolTip(tr("Bring in new and changed tasks from the tracker"));
}

QList<ProposalStatus> InboxPage::statusesOf(Filter filter) const
{
    switch (filter) {
    case Filter::New:
        return {ProposalStatus::New};
    case Filter::Reviewing:
        return {ProposalStatus::Reviewing};
    case Filter::Shortlisted:
        return {ProposalStatus::Shortlisted};
    case Filter::OnHold:
        return {ProposalStatus::OnHold};
    case Filter::Decided:
        return {ProposalStatus::Accepted, ProposalStatus::Declined, ProposalStatus::Withdrawn, ProposalStatus::Scheduled};
    case Filter::All:
        break;
    }
    return {};
}

void InboxPage::setFilter(Filter filter)
{
    m_tabs->setCurrentIndex(int(filter));
}

InboxPage::Filter InboxPage::filter() const
{
    return Filter(qMax(0, m_tabs->currentIndex()));
}

void InboxPage::updateCounts()
{
    m_countsQueued = false;
    auto counts = m_storage.proposals().countByStatus();
    const QMap<ProposalStatus, int> byStatus = counts ? counts.value() : QMap<ProposalStatus, int>();
    const auto sum = [&byStatus](const QList<ProposalStatus> &statuses) {
        int total = 0;
        for (ProposalStatus status : statuses) {
            total += byStatus.value(status);
        }
        return total;
    };
    const QStringList names = {tr("New"), tr("Reviewing"), tr("Shortlisted"), tr("On Hold"), tr("Decided"), tr("All")};
    for (int tab = 0; tab <= int(Filter::All); ++tab) {
        const QList<ProposalStatus> statuses = statusesOf(Filter(tab));
        int count = 0;
        if (statuses.isEmpty()) {
            for (int value : byStatus) {
                count += value;
            }
        } else {
            count = sum(statuses);
        }
        m_tabs->setTabText(tab, tr("%1 (%2)").arg(names.at(tab), QString::number(count)));
    }
}

qint64 InboxPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

QList<qint64> InboxPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        ids << m_model->idAt(index.row());
    }
    if (ids.isEmpty() && currentId() != 0) {
        ids << currentId();
    }
    return ids;
}

void InboxPage::selectProposal(qint64 id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
        row = m_model->rowOf(id);
    }
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
}

QString InboxPage::reviewerName() const
{
    const QString saved = QSettings().value(reviewerKey).toString().trimmed();
    if (!saved.isEmpty()) {
        return saved;
    }
    const QString name = UserIdentity::fullName();
    return name.isEmpty() ? tr("Coordinator") : name;
}

void InboxPage::setReviewerName(const QString &name)
{
    if (name.trimmed() != reviewerName()) {
        QSettings().setValue(reviewerKey, name.trimmed());
    }
    m_reviewer->setText(tr("Reviewing as <b>%1</b>").arg(reviewerName().toHtmlEscaped()));
}

QString InboxPage::answersHtml(qint64 proposalId) const
{
    auto entries = m_storage.outbox().forProposal(proposalId);
    if (!entries) {
        return {};
    }
    QString html;
    for (const OutboxEntry &entry : entries.value()) {
        if (entry.kind != OutboxEntry::Kind::TrackerComment) {
            continue;
        }
        const QString when = QLocale().toString((entry.sentAt.isValid() ? entry.sentAt : entry.sendAt).toLocalTime(), QLocale::ShortFormat);
        const QString said = entry.state == OutboxEntry::State::Sent ? tr("Answer posted on %1, %2:").arg(entry.subject, when)
                                                                     : tr("Answer on %1 (%2):").arg(entry.subject, displayName(entry.state));
        html += QStringLiteral("<hr/><p><b>%1</b></p><blockquote>%2</blockquote>")
                        .arg(said.toHtmlEscaped(), entry.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
        if (!entry.lastError.isEmpty() && entry.state != OutboxEntry::State::Sent) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(entry.lastError.toHtmlEscaped());
        }
    }
    return html;
}

void InboxPage::showCurrent()
{
    const qint64 id = currentId();
    if (id == 0) {
        m_reader->setHtml(m_model->rowCount() == 0
                                  ? (m_search->text().isEmpty() ? tr("<p>No proposals here.</p><p>Import a file or sync with Phabricator to bring some in, "
                                                                     "or look at another tab.</p>")
                                                                : tr("<p>No proposal matches “%1”.</p>").arg(m_search->text().toHtmlEscaped()))
                                  : tr("<p>Choose a proposal to read it.</p>"));
        m_reviewForm->setEnabled(false);
        updateActions();
        return;
    }
    auto proposal = m_storage.proposals().find(id);
    if (!proposal) {
        m_reader->setHtml(QStringLiteral("<p>%1</p>").arg(proposal.error().message.toHtmlEscaped()));
        return;
    }
    const int scroll = m_reader->property("shownId").toLongLong() == id ? m_reader->verticalScrollBar()->value() : 0;
    m_reader->setHtml(ProposalHtml::render(proposal.value()) + answersHtml(id));
    m_reader->verticalScrollBar()->setValue(scroll);
    m_reader->setProperty("shownId", id);
    m_reviewForm->setEnabled(true);
    updateActions();
}

void InboxPage::updateActions()
{
    const bool any = currentId() != 0;
    for (QAction *action : std::as_const(m_selectionActions)) {
        action->setEnabled(any);
    }
    if (any) {
        const int row = m_view->currentIndex().row();
        const auto status = ProposalStatus(m_model->data(m_model->index(row, 0), InboxModel::StatusRole).toInt());
        m_scheduleAction->setEnabled(status == ProposalStatus::Accepted || status == ProposalStatus::Shortlisted);
    }
    auto proposal = any && selectedIds().size() == 1 ? m_storage.proposals().find(currentId()) : Result<Proposal>(Error{});
    const bool fromTracker = proposal && proposal.value().source == ProposalSource::Phabricator && !proposal.value().url.isEmpty();
    for (QAction *action : std::as_const(m_answerActions)) {
        action->setEnabled(fromTracker);
    }
}

void InboxPage::decideAndAnswer(ProposalStatus status)
{
    const qint64 id = currentId();
    if (id == 0) {
        return;
    }
    bool changedUpstream = false;
    auto draft = ProposalOperations::trackerAnswer(m_storage, id, status, QString(), QString(), &changedUpstream);
    if (!draft) {
        Q_EMIT statusMessage(draft.error().message);
        return;
    }
    const QString task = draft.value().subject;
    const QString warning = changedUpstream ? tr("%1 changed upstream since you last looked at it: read it again before you answer.").arg(task) : QString();
    const auto answer = m_askAnswer(task, draft.value().body, warning);
    if (!answer) {
        return;
    }
    auto entry = ProposalOperations::trackerAnswer(m_storage, id, status, answer->message, answer->trackerStatus);
    if (!entry) {
        Q_EMIT statusMessage(entry.error().message);
        return;
    }
    if (m_triage.decide({id}, status, QString(), entry.value())) {
        Q_EMIT statusMessage(tr("Marked %1; the answer on %2 is in the outbox. Undo with Ctrl+Z while it has not gone out.").arg(displayName(status), task));
    }
}

void InboxPage::moveCurrent(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        return;
    }
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    int row = qBound(0, current + step, rows - 1);
    if (step > 0 && current + step >= rows && m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
        row = qMin(current + step, m_model->rowCount() - 1);
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->selectionModel()->select(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void InboxPage::decideSelected(ProposalStatus status)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    QString reason;
    if (status == ProposalStatus::OnHold) {
        auto proposal = m_storage.proposals().find(ids.constFirst());
        const QString title = ids.size() == 1 && proposal ? proposal.value().title : tr("%n proposal(s)", nullptr, int(ids.size()));
        const auto answer = m_askReason(title);
        if (!answer) {
            return;
        }
        reason = *answer;
    }
    const int row = m_view->currentIndex().row();
    if (!m_triage.decide(ids, status, reason)) {
        return;
    }
    Q_EMIT statusMessage(tr("%n proposal(s) marked %1. Undo with Ctrl+Z.", nullptr, int(ids.size())).arg(displayName(status)));
    // When the proposal stays in this tab (All, or a decision that keeps it here), go on to
    // the next one as if it had left.
    const qint64 decided = ids.constLast();
    QMetaObject::invokeMethod(
            this,
            [this, decided, row] {
                if (m_model->rowOf(decided) == row && row + 1 < m_model->rowCount()) {
                    moveCurrent(1);
                }
            },
            Qt::QueuedConnection);
}

void InboxPage::scoreCurrent(int score)
{
    const qint64 id = currentId();
    if (id == 0) {
        return;
    }
    Review review;
    review.proposalId = id;
    review.reviewer = reviewerName();
    review.score = score;
    if (m_triage.review(review) != 0) {
        Q_EMIT statusMessage(tr("Scored %1 of 5 as %2.").arg(QString::number(score), review.reviewer));
    }
}

void InboxPage::addReviewFromForm()
{
    const qint64 id = currentId();
    const int score = m_score->currentData().toInt();
    const QString note = m_note->toPlainText().trimmed();
    if (id == 0 || (score == 0 && note.isEmpty())) {
        Q_EMIT statusMessage(tr("A review needs a score or a note."));
        return;
    }
    Review review;
    review.proposalId = id;
    review.reviewer = reviewerName();
    if (score > 0) {
        review.score = score;
    }
    review.note = note;
    if (m_triage.review(review) != 0) {
        m_note->clear();
        m_score->setCurrentIndex(0);
        m_view->setFocus();
        Q_EMIT statusMessage(tr("Review added."));
    }
}

void InboxPage::scheduleCurrent()
{
    const qint64 id = currentId();
    auto proposal = m_storage.proposals().find(id);
    if (!proposal) {
        return;
    }
    if (auto ok = Triage::checkSchedulable(proposal.value()); !ok) {
        Q_EMIT statusMessage(ok.error().message);
        return;
    }
    auto talk = TalkOperations::talkForProposal(m_storage, proposal.value(), QDate::currentDate());
    if (!talk) {
        Q_EMIT statusMessage(talk.error().message);
        return;
    }
    MoveToDateDialog dialog(talk.value(), QDate::currentDate().addMonths(1), this, MoveToDateDialog::Purpose::ScheduleProposal);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (const auto talkId = m_scheduler.scheduleProposal(id, dialog.date(), dialog.time())) {
        Q_EMIT statusMessage(tr("“%1” is a talk on %2 now.").arg(proposal.value().title, QLocale().toString(dialog.date(), QLocale::LongFormat)));
    }
    m_view->setFocus();
}

void InboxPage::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Proposals"), QSettings().value(QStringLiteral("inbox/importFolder")).toString(), tr("Proposals (*.csv *.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QSettings().setValue(QStringLiteral("inbox/importFolder"), QFileInfo(path).absolutePath());
    importFile(path);
}

void InboxPage::importFile(const QString &path)
{
    auto contents = ProposalFile::read(path);
    if (!contents) {
        QMessageBox::warning(this, tr("Import Proposals"), tr("Nothing was imported.\n\n%1").arg(contents.error().message));
        return;
    }
    if (!contents.value().problems.isEmpty()) {
        QStringList problems;
        for (const ProposalFile::Problem &problem : std::as_const(contents.value().problems)) {
            problems << ProposalFile::describe(QFileInfo(path).fileName(), problem);
        }
        const QString summary = tr("%n row(s) of %1 have problems.", nullptr, int(problems.size())).arg(QFileInfo(path).fileName());
        if (!m_askImport(summary, problems)) {
            return;
        }
    }
    auto plan = ProposalFile::plan(m_storage, contents.value().rows);
    if (!plan) {
        QMessageBox::warning(this, tr("Import Proposals"), tr("Nothing was imported.\n\n%1").arg(plan.error().message));
        return;
    }
    const int added = int(plan.value().proposals.size());
    if (added > 0 && !m_triage.addProposals(tr("Import %n proposal(s) from %1", nullptr, added).arg(QFileInfo(path).fileName()), plan.value().proposals)) {
        return;
    }
    Q_EMIT statusMessage(tr("Imported %n proposal(s); %1 were already in the inbox.", nullptr, added).arg(plan.value().alreadyThere));
}

} // namespace Lectern
