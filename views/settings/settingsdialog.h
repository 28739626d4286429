// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

namespace Lectern {
class Storage;

// Settings → Configure Lectern: who you are when you review; the series' sender, mailing lists
// and the world times of its announcements (kept in the database, so they travel with it;
// changing them is one undoable step); and the database to open at start (this computer's).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Storage &storage, QUndoStack &undoStack, QWidget *parent = nullptr);

    QLineEdit *reviewerField() const { return m_reviewer; }
    QLineEdit *seriesNameField() const { return m_seriesName; }
    QLineEdit *senderNameField() const { return m_senderName; }
    QLineEdit *senderEmailField() const { return m_senderEmail; }
    QPlainTextEdit *mailingListsField() const { return m_mailingLists; }
    QLineEdit *worldTimesField() const { return m_worldTimes; }
    QLineEdit *databaseField() const { return m_database; }
    // What is wrong with the values as typed, one line per field; empty when they can be saved.
    QStringList problems() const;

    void accept() override;

private:
    void check();

    Storage &m_storage;
    QUndoStack &m_undoStack;
    QLineEdit *m_reviewer = nullptr;
    QLineEdit *m_seriesName = nullptr;
    QLineEdit *m_senderName = nullptr;
    QLineEdit *m_senderEmail = nullptr;
    QPlainTextEdit *m_mailingLists = nullptr;
    QLineEdit *m_worldTimes = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lectern
