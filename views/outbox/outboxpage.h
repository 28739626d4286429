// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/outboxentry.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QUndoStack;

namespace Lectern {
class EmptyState;
class OutboxModel;
class OutboxRunner;
class Storage;

// The Outbox: what waits to be sent, what went out and what failed, each entry shown as it
// will go out; Send Now, Send Again (an unknown outcome asks first), Edit… and Cancel. Every
// change goes through OutboxOperations onto the undo history.
class OutboxPage : public QWidget
{
    Q_OBJECT
public:
    // Asks the user something (yes: go ahead); a test answers instead of a dialog.
    using Confirm = std::function<bool(const QString &question, const QString &action)>;
    // Lets the user edit an entry; nothing when cancelled.
    using Editor = std::function<std::optional<OutboxEntry>(const OutboxEntry &entry)>;

    OutboxPage(Storage &storage, QUndoStack *undoStack, OutboxRunner *runner, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    OutboxModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Selects the entry's row (shown by the preview).
    void select(qint64 id);
    std::optional<OutboxEntry> current() const;

    void sendNow();
    void sendAgain();
    void edit();
    void cancelEntry();

    // The published calendar's panel, shown at the foot of the page.
    void addPublishPanel(QWidget *panel);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void buildToolbar();
    void buildList();
    void updateControls();
    void showPreview();
    bool run(std::unique_ptr<class Change> change);

    Storage &m_storage;
    QUndoStack *m_undoStack = nullptr;
    OutboxRunner *m_runner = nullptr;
    OutboxModel *m_model = nullptr;
    Confirm m_confirm;
    Editor m_editor;
    QComboBox *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_sendNow = nullptr;
    QPushButton *m_sendAgain = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_stop = nullptr; // stops the run in progress
};

} // namespace Lectern
