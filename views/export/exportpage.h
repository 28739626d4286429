// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/announcement.h"

#include "export/exportbuilder.h"
#include "outbox/senddialog.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace Lectern {
class Storage;

// Choose the talks and the output, see it, then copy, save or hand it to the mail client.
// Warnings (a time still to be announced, no speaker, no stream link, a placeholder with
// no value) are listed before anything goes out.
class ExportPage : public QWidget
{
    Q_OBJECT
public:
    // Template edits go on `undoStack` (made at once when there is none).
    explicit ExportPage(Storage &storage, QUndoStack *undoStack = nullptr, QWidget *parent = nullptr);

    // The talk selected in the schedule, offered as "the selected talk".
    void setSelectedTalk(qint64 talkId);
    void choose(ExportBuilder::Selection::Kind kind, ExportBuilder::Format format);
    void setSeason(int season);
    void setTemplateName(const QString &name);

    const ExportBuilder::Output &output() const { return m_output; }

    // "Send…": when it goes out (a dialog; a test answers), and whether to go ahead when the
    // template already went out for the talk.
    using SendChooser = std::function<std::optional<SendChoice>(const Talk &talk, const QString &summary, bool attach)>;
    using Confirm = std::function<bool(const QString &question)>;
    void setSendChooser(SendChooser chooser) { m_chooseSend = std::move(chooser); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    QString previewText() const;
    QStringList warnings() const;
    // Writes the output, whole or not at all; says why on failure.
    bool saveTo(const QString &path, QString *error = nullptr);

public Q_SLOTS:
    void refresh();

    // The published calendar's panel, shown at the foot of the page.
    void addPublishPanel(QWidget *panel);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    // Notes in the announcement log that the announcement went out this way.
    void record(Announcement::Channel channel);
    void copyToClipboard();
    void saveAs();
    void openInMailClient();
    void sendByMail();
    void editTemplate();
    void updateControls();
    ExportBuilder::Selection selection() const;
    ExportBuilder::Format format() const;

    Storage &m_storage;
    QUndoStack *m_undoStack = nullptr;
    qint64 m_selectedTalk = 0;
    ExportBuilder::Output m_output;
    QString m_lastSaved;
    SendChooser m_chooseSend;
    Confirm m_confirm;

    QComboBox *m_scope = nullptr;
    QSpinBox *m_season = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_toLabel = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_template = nullptr;
    QPushButton *m_editTemplate = nullptr;
    QCheckBox *m_attach = nullptr;
    QListWidget *m_warnings = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_mail = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_folder = nullptr;
};

} // namespace Lectern
