// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace Lectern {

// The answer to a proposer on its Phabricator task: the message (the series' template,
// filled in, to edit) and, if chosen, the task's new status. Says so first when the task
// changed upstream since the coordinator last looked.
class AnswerDialog : public QDialog
{
    Q_OBJECT
public:
    AnswerDialog(const QString &task, const QString &message, const QString &warning, QWidget *parent = nullptr);
    QString message() const;
    QString trackerStatus() const; // empty: the status stays

private:
    QPlainTextEdit *m_message = nullptr;
    QComboBox *m_status = nullptr;
};

} // namespace Lectern
