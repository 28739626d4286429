// SPDX-License-Identifier: GPL-2.0-or-later
#include "publishpanel.h"

#include "history.h"
#include "operations/outboxoperations.h"
#include "operations/publishoperations.h"
#include "outbox/outboxrunner.h"
#include "storage/storage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace Lectern {

namespace {
constexpr int UidRole = Qt::UserRole + 1;

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

PublishPanel::PublishPanel(Storage &storage, QUndoStack *undoStack, OutboxRunner *runner, QWidget *parent)
    : QGroupBox(tr("Published Calendar"), parent)
    , m_storage(storage)
    , m_undoStack(undoStack)
    , m_runner(runner)
{
    setObjectName(QStringLiteral("publishPanel"));
    buildContents();
    // Whoever writes — this window, the outbox's sender, the command line, another window —
    // the panel follows: what was published, what waits, what the outbox holds.
    connect(&m_storage.publishing(), &PublishRepository::changed, this, &PublishPanel::scheduleRefresh);
    for (auto signal : {&TalkRepository::talkAdded, &TalkRepository::talkUpdated, &TalkRepository::talkRemoved}) {
        connect(&m_storage.talks(), signal, this, &PublishPanel::scheduleRefresh);
    }
    for (auto signal : {&OutboxRepository::entryAdded, &OutboxRepository::entryChanged, &OutboxRepository::entryRemoved}) {
        connect(&m_storage.outbox(), signal, this, &PublishPanel::scheduleRefresh);
    }
    // A speaker's name is in the events of their talks, which keep their row versions.
    for (auto signal : {&SpeakerRepository::speakerUpdated, &SpeakerRepository::speakerRemoved}) {
        connect(&m_storage.speakers(), signal, this, [this] {
            m_hashes = {};
            scheduleRefresh();
        });
    }
    reloadAccount();
}

void PublishPanel::buildContents()
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("publishSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("publishWaiting"));
    m_waiting->setWordWrap(true);
    m_conflictsLabel = new QLabel(tr("Changed on the server since the last publish — choose which version stays:"), this);
    m_conflicts = new QListWidget(this);
    m_conflicts->setObjectName(QStringLiteral("publishConflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setMaximumHeight(120);
    m_conflicts->setAccessibleName(tr("Events changed on the server"));
    m_conflictsLabel->setBuddy(m_conflicts);
    connect(m_conflicts, &QListWidget::currentRowChanged, this, &PublishPanel::updateButtons);

    m_publish =
            new QPushButton(QIcon::fromTheme(QStringLiteral("cloud-upload"), QIcon::fromTheme(QStringLiteral("document-export"))), tr("&Publish Now"), this);
    m_publish->setObjectName(QStringLiteral("publishNow"));
    m_publish->setToolTip(tr("Send what changed to the calendar server now (through the outbox: it waits there while Lectern is offline)"));
    m_overwrite = new QPushButton(tr("&Overwrite on Server"), this);
    m_overwrite->setObjectName(QStringLiteral("publishOverwrite"));
    m_overwrite->setToolTip(tr("The next publish replaces the server's copy with the talk as it is here"));
    m_keep = new QPushButton(tr("&Keep Server's Copy"), this);
    m_keep->setObjectName(QStringLiteral("publishKeepServer"));
    m_keep->setToolTip(tr("The server's copy stays; only the talk's next change here is published over it"));
    m_setUp = new QPushButton(QIcon::fromTheme(QStringLiteral("configure")), tr("&Set Up…"), this);
    m_setUp->setObjectName(QStringLiteral("publishSetUp"));
    connect(m_publish, &QPushButton::clicked, this, &PublishPanel::publishNow);
    connect(m_overwrite, &QPushButton::clicked, this, &PublishPanel::overwriteSelected);
    connect(m_keep, &QPushButton::clicked, this, &PublishPanel::keepServerCopyOfSelected);
    connect(m_setUp, &QPushButton::clicked, this, &PublishPanel::configureRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_overwrite);
    buttons->addWidget(m_keep);
    buttons->addStretch(1);
    buttons->addWidget(m_setUp);
    buttons->addWidget(m_publish);

    layout->addWidget(m_summary);
    layout->addWidget(m_waiting);
    layout->addWidget(m_conflictsLabel);
    layout->addWidget(m_conflicts);
    layout->addLayout(buttons);
}

void PublishPanel::reloadAccount()
{
    QSettings settings;
    m_account = CalendarAccount::load(settings);
    m_dirty = true;
    refresh();
}

void PublishPanel::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    if (m_dirty) {
        refresh();
    }
}

void PublishPanel::scheduleRefresh()
{
    // What waits is worked out from every talk's event: done once for a burst of changes,
    // and only while the panel is shown.
    m_dirty = true;
    if (!isVisible() || m_refreshQueued) {
        return;
    }
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void PublishPanel::refresh()
{
    m_dirty = false;
    const bool set = m_account.isSet();
    m_setUp->setVisible(!set);
    m_publish->setVisible(set);
    if (!set) {
        m_summary->setText(tr("The talks are not published to a calendar server. Set one up (Nextcloud, Radicale, SOGo and others) and every "
                              "change reaches the people who subscribe to it."));
        m_waiting->clear();
        m_waiting->hide();
        m_conflicts->clear();
        m_conflicts->hide();
        m_conflictsLabel->hide();
        updateButtons();
        return;
    }
    m_waiting->show();
    auto status = PublishOperations::status(m_storage, m_account.collection, &m_hashes);
    if (!status) {
        m_summary->setText(tr("Publishing to %1: %2").arg(m_account.collection.toDisplayString(), status.error().message));
        m_waiting->clear();
        updateButtons();
        return;
    }
    const PublishOperations::Status &s = status.value();
    QString last;
    if (!s.lastRun) {
        last = tr("Not published yet.");
    } else if (!s.lastRun->error.isEmpty()) {
        last = tr("The last publish, %1, failed: %2").arg(when(s.lastRun->finishedAt), s.lastRun->error);
    } else {
        last = tr("Last published %1: %2 created, %3 updated, %4 deleted, %5 unchanged.")
                       .arg(when(s.lastRun->finishedAt),
                            QString::number(s.lastRun->created),
                            QString::number(s.lastRun->updated),
                            QString::number(s.lastRun->deleted),
                            QString::number(s.lastRun->unchanged));
    }
    const QString where = m_account.collection.toDisplayString(QUrl::RemoveUserInfo);
    const QString how = m_account.automatic ? tr("Publishing to %1 after every change.").arg(where) : tr("Publishing to %1 when you say so.").arg(where);
    m_summary->setText(QStringLiteral("%1 %2").arg(how, last));

    QString waiting;
    if (s.pending.total() == 0) {
        waiting = tr("Nothing waits: the calendar is up to date.");
    } else {
        QStringList parts;
        if (s.pending.created > 0) {
            parts << tr("%n new", nullptr, s.pending.created);
        }
        if (s.pending.updated > 0) {
            parts << tr("%n changed", nullptr, s.pending.updated);
        }
        if (s.pending.withdrawn > 0) {
            parts << tr("%n to withdraw", nullptr, s.pending.withdrawn);
        }
        waiting = tr("Waiting to be published: %1.").arg(parts.join(QStringLiteral(", ")));
    }
    if (s.waiting) {
        if (s.waiting->state == OutboxEntry::State::Sending) {
            waiting = tr("%1 Publishing now…").arg(waiting);
        } else if (s.waiting->state == OutboxEntry::State::Failed && s.waiting->nextTryAt.isValid()) {
            waiting = tr("%1 In the outbox: the last try failed (%2); it tries again at %3.").arg(waiting, s.waiting->lastError, when(s.waiting->nextTryAt));
        } else {
            waiting = tr("%1 In the outbox, to go out %2.").arg(waiting, when(s.waiting->sendAt));
        }
    } else if (s.pending.total() > 0) {
        waiting = tr("%1 Publish Now sends it.").arg(waiting);
    }
    m_waiting->setText(waiting);

    const QString selected = m_conflicts->currentItem() ? m_conflicts->currentItem()->data(UidRole).toString() : QString();
    m_conflicts->clear();
    for (const PublishConflict &conflict : s.conflicts) {
        QString text = conflict.withdrawn ? tr("“%1” (no longer in the calendar here): %2").arg(conflict.title, conflict.differs)
                                          : tr("“%1”: %2").arg(conflict.title, conflict.differs);
        if (conflict.overwrite) {
            text = tr("%1 — the next publish overwrites it.").arg(text);
        }
        auto *item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-warning")), text, m_conflicts);
        item->setData(UidRole, conflict.uid);
        item->setToolTip(text);
        if (conflict.uid == selected) {
            m_conflicts->setCurrentItem(item);
        }
    }
    if (!m_conflicts->currentItem() && m_conflicts->count() > 0) {
        m_conflicts->setCurrentRow(0);
    }
    m_conflicts->setVisible(!s.conflicts.isEmpty());
    m_conflictsLabel->setVisible(!s.conflicts.isEmpty());
    updateButtons();
}

QString PublishPanel::summaryText() const
{
    return m_summary->text();
}

QString PublishPanel::waitingText() const
{
    return m_waiting->text();
}

void PublishPanel::updateButtons()
{
    const bool chosen = m_conflicts->count() > 0 && m_conflicts->currentItem();
    m_overwrite->setVisible(m_conflicts->count() > 0);
    m_keep->setVisible(m_conflicts->count() > 0);
    m_overwrite->setEnabled(chosen);
    m_keep->setEnabled(chosen);
}

void PublishPanel::run(std::unique_ptr<Change> change)
{
    const auto sink = [this](const Error &error) { Q_EMIT statusMessage(error.message); };
    auto done = History::run(m_undoStack, std::move(change), sink);
    if (!done) {
        Q_EMIT statusMessage(done.error().message);
    }
}

void PublishPanel::publishNow()
{
    if (!m_account.isSet()) {
        return;
    }
    auto queued = OutboxOperations::requestPublish(m_storage, m_account.collection);
    if (!queued) {
        Q_EMIT statusMessage(queued.error().message);
        return;
    }
    qint64 id = queued.value();
    if (id == 0) {
        // One already waits: it is the one to send now.
        if (auto waiting = OutboxOperations::waitingPublish(m_storage, m_account.collection); waiting && waiting.value()) {
            id = waiting.value()->meta.id;
        }
    }
    if (m_runner && id > 0) {
        m_runner->send({id});
    }
    Q_EMIT statusMessage(tr("Publishing to %1…").arg(m_account.collection.toDisplayString(QUrl::RemoveUserInfo)));
}

void PublishPanel::overwriteSelected()
{
    if (!m_conflicts->currentItem()) {
        return;
    }
    run(PublishOperations::overwrite(m_storage, m_account.collection, m_conflicts->currentItem()->data(UidRole).toString()));
    // The choice is used by the next publish: it goes now, not with the next change.
    publishNow();
}

void PublishPanel::keepServerCopyOfSelected()
{
    if (!m_conflicts->currentItem()) {
        return;
    }
    run(PublishOperations::keepServerCopy(m_storage, m_account.collection, m_conflicts->currentItem()->data(UidRole).toString()));
}

} // namespace Lectern
