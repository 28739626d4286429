// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "caldav/caldavpublisher.h"
#include "caldav/calendaraccount.h"

#include <QGroupBox>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace Lectern {
class Change;
class OutboxRunner;
class Storage;

// The published calendar at a glance, on the Export and Outbox pages: where it goes, what
// the last publish did (or why it failed), what waits to be published (known offline), and
// the events left alone because they changed on the server — each with what differs and the
// coordinator's choice: Overwrite on Server or Keep Server's Copy (undoable steps of the
// history). Publish Now puts a publish in the outbox and sends it. Follows every writer.
class PublishPanel : public QGroupBox
{
    Q_OBJECT
public:
    PublishPanel(Storage &storage, QUndoStack *undoStack, OutboxRunner *runner, QWidget *parent = nullptr);

    // Reads the account from the settings again (after Settings → Configure Lectern).
    void reloadAccount();
    const CalendarAccount &account() const { return m_account; }

    QString summaryText() const;
    QString waitingText() const;
    QListWidget *conflictList() const { return m_conflicts; }

    void publishNow();
    void overwriteSelected();
    void keepServerCopyOfSelected();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void configureRequested();
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildContents();
    void scheduleRefresh();
    void updateButtons();
    void run(std::unique_ptr<Change> change);

    Storage &m_storage;
    QUndoStack *m_undoStack = nullptr;
    OutboxRunner *m_runner = nullptr;
    CalendarAccount m_account;
    CalDavPublisher::HashCache m_hashes; // what waits, worked out again for changed talks only
    bool m_dirty = true;
    bool m_refreshQueued = false;

    QLabel *m_summary = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_conflictsLabel = nullptr;
    QListWidget *m_conflicts = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_setUp = nullptr;
};

} // namespace Lectern
