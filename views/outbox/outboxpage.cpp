// SPDX-License-Identifier: GPL-2.0-or-later
#include "outboxpage.h"

#include "emptystate.h"
#include "history.h"
#include "itemmodels/outboxmodel.h"
#include "mail/mailcomposer.h"
#include "operations/outboxoperations.h"
#include "outboxentrydialog.h"
#include "outboxrunner.h"
#include "storage/storage.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lectern {

OutboxPage::OutboxPage(Storage &storage, QUndoStack *undoStack, OutboxRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_undoStack(undoStack)
    , m_runner(runner)
    , m_model(new OutboxModel(storage.outbox(), this))
{
    m_confirm = [this](const QString &question, const QString &action) {
        QMessageBox box(QMessageBox::Question, tr("Outbox"), question, QMessageBox::Cancel, this);
        box.addButton(action, QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() != QMessageBox::Cancel;
    };
    m_editor = [this](const OutboxEntry &entry) -> std::optional<OutboxEntry> {
        OutboxEntryDialog dialog(entry, this);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return dialog.entry();
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    buildToolbar();
    buildList();
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OutboxPage::updateControls);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OutboxPage::updateControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPage::updateControls);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxPage::showPreview);
    if (m_runner) {
        connect(m_runner, &OutboxRunner::started, this, [this] {
            m_status->setText(tr("Sending…"));
            updateControls();
        });
        connect(m_runner, &OutboxRunner::progress, this, [this](int done, int total, const QString &what) {
            m_status->setText(tr("Sending %1 of %2: %3").arg(QString::number(qMin(done + 1, total)), QString::number(total), what));
        });
        connect(m_runner, &OutboxRunner::finished, this, [this](const OutboxSender::Report &report) {
            m_status->setText(tr("Last run: %1 sent, %2 failed, %3 outcome unknown.")
                                      .arg(QString::number(report.sent), QString::number(report.failed), QString::number(report.unknown)));
            updateControls();
        });
    }
    updateControls();
}

void OutboxPage::buildToolbar()
{
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("outboxFilter"));
    m_filter->addItem(tr("Everything"), int(OutboxModel::Filter::All));
    m_filter->addItem(tr("Waiting"), int(OutboxModel::Filter::Waiting));
    m_filter->addItem(tr("Sent"), int(OutboxModel::Filter::Sent));
    m_filter->addItem(tr("Needs attention"), int(OutboxModel::Filter::NeedsAttention));
    m_filter->addItem(tr("Cancelled"), int(OutboxModel::Filter::Cancelled));
    label->setBuddy(m_filter);
    connect(m_filter, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_model->setFilter(OutboxModel::Filter(m_filter->currentData().toInt()));
    });
    m_sendNow = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Send &Now"), this);
    m_sendNow->setObjectName(QStringLiteral("outboxSendNow"));
    m_sendAgain = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Send &Again"), this);
    m_sendAgain->setObjectName(QStringLiteral("outboxSendAgain"));
    m_edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("outboxEdit"));
    m_cancel = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Cancel Sending"), this);
    m_cancel->setObjectName(QStringLiteral("outboxCancel"));
    connect(m_sendNow, &QPushButton::clicked, this, &OutboxPage::sendNow);
    connect(m_sendAgain, &QPushButton::clicked, this, &OutboxPage::sendAgain);
    connect(m_edit, &QPushButton::clicked, this, &OutboxPage::edit);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxPage::cancelEntry);
    bar->addWidget(label);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    for (QPushButton *button : {m_sendNow, m_sendAgain, m_edit, m_cancel}) {
        bar->addWidget(button);
    }
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);
}

void OutboxPage::buildList()
{
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("outboxList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(OutboxModel::StateColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(OutboxModel::WhenColumn, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showPreview();
        updateControls();
    });
    connect(m_view, &QTreeView::doubleClicked, this, &OutboxPage::edit);
    m_empty = new EmptyState(QStringLiteral("mail-send"), tr("Nothing in the outbox"), this);
    m_empty->setExplanation(tr("Announcements and reminders you send from the Export page, and answers to proposers from the Inbox, wait here "
                               "until they are due and Lectern is online; then they go out by themselves, once."));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("outboxPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setPlaceholderText(tr("Choose an entry to see it as it will go out."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("outboxStatus"));
    m_status->setWordWrap(true);
    m_stop = new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-cancel")), tr("S&top Sending"), this);
    m_stop->setObjectName(QStringLiteral("outboxStop"));
    m_stop->setToolTip(tr("Stops after the message being handed over now; what was not tried waits"));
    m_stop->hide();
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_runner) {
            m_runner->cancel();
        }
    });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_stop);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);
}

std::optional<OutboxEntry> OutboxPage::current() const
{
    return m_model->entryAt(m_view->currentIndex().row());
}

void OutboxPage::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
    }
}

void OutboxPage::updateControls()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    const auto entry = current();
    const bool running = m_runner && m_runner->isRunning();
    m_stop->setVisible(running);
    const bool waiting = entry && (entry->state == OutboxEntry::State::Queued || entry->state == OutboxEntry::State::Failed);
    m_sendNow->setEnabled(waiting && !running && entry->state == OutboxEntry::State::Queued && m_runner);
    m_sendAgain->setEnabled(
            entry && !running &&
            (entry->state == OutboxEntry::State::Failed || entry->state == OutboxEntry::State::Unknown || entry->state == OutboxEntry::State::Cancelled));
    m_edit->setEnabled(waiting && entry->kind != OutboxEntry::Kind::CalendarPublish);
    m_cancel->setEnabled(entry && (waiting || entry->state == OutboxEntry::State::Unknown));
    if (!entry) {
        m_preview->clear();
    }
}

void OutboxPage::showPreview()
{
    const auto entry = current();
    if (!entry) {
        m_preview->clear();
        return;
    }
    QString text;
    if (!entry->lastError.isEmpty()) {
        text += tr("%1: %2").arg(displayName(entry->state), entry->lastError) + QStringLiteral("\n\n");
    }
    if (entry->kind == OutboxEntry::Kind::Email) {
        EmailMessage message{
                entry->fromName, entry->fromAddress, entry->recipients, entry->subject, entry->body, entry->sendAt, entry->messageId, std::nullopt};
        if (!entry->attachment.isEmpty()) {
            message.attachment =
                    EmailMessage::Attachment{entry->attachmentName, QByteArrayLiteral("text/calendar"), QByteArrayLiteral("PUBLISH"), entry->attachment};
        }
        // The headers as the server will get them, the text as people will read it.
        const QByteArray composed = MailComposer::compose(message, MailComposer::Purpose::Send);
        const QString headers = QString::fromUtf8(composed.left(composed.indexOf("\r\n\r\n"))).remove(QLatin1Char('\r'));
        text += headers.section(QStringLiteral("\nContent-Type"), 0, 0) + QStringLiteral("\n\n") + entry->body;
        if (!entry->attachment.isEmpty()) {
            text += QStringLiteral("\n\n") + tr("Attached: %1").arg(entry->attachmentName);
        }
    } else if (entry->kind == OutboxEntry::Kind::CalendarPublish) {
        text += tr("Publishes the talks to the calendar %1: what changed since the last publish.").arg(entry->recipients.join(QStringLiteral(", ")));
    } else {
        text += tr("A comment on %1:").arg(entry->recipients.join(QStringLiteral(", "))) + QStringLiteral("\n\n") + entry->body;
        if (!entry->trackerStatus.isEmpty()) {
            text += QStringLiteral("\n\n") + tr("The task's status becomes “%1”.").arg(entry->trackerStatus);
        }
    }
    m_preview->setPlainText(text);
}

bool OutboxPage::run(std::unique_ptr<Change> change)
{
    const auto sink = [this](const Error &error) { Q_EMIT statusMessage(error.message); };
    auto done = History::run(m_undoStack, std::move(change), sink);
    if (!done) {
        Q_EMIT statusMessage(done.error().message);
        return false;
    }
    return true;
}

void OutboxPage::sendNow()
{
    const auto entry = current();
    if (entry && m_runner) {
        m_runner->send({entry->meta.id});
    }
}

void OutboxPage::sendAgain()
{
    const auto entry = current();
    if (!entry) {
        return;
    }
    if (entry->state == OutboxEntry::State::Unknown &&
        !m_confirm(tr("“%1” may have gone out already: the connection broke after it was handed over. Send it again anyway? Its "
                      "recipients may get it twice.")
                           .arg(entry->subject),
                   tr("Send Again"))) {
        return;
    }
    if (run(OutboxOperations::sendAgain(m_storage, *entry)) && m_runner) {
        m_runner->send({entry->meta.id});
    }
}

void OutboxPage::edit()
{
    const auto entry = current();
    if (!entry || (entry->state != OutboxEntry::State::Queued && entry->state != OutboxEntry::State::Failed)) {
        return;
    }
    const auto edited = m_editor(*entry);
    if (edited) {
        run(OutboxOperations::edit(m_storage, *edited));
    }
}

void OutboxPage::cancelEntry()
{
    const auto entry = current();
    if (entry) {
        run(OutboxOperations::cancel(m_storage, *entry));
    }
}

void OutboxPage::addPublishPanel(QWidget *panel)
{
    static_cast<QVBoxLayout *>(layout())->addWidget(panel);
}

} // namespace Lectern
