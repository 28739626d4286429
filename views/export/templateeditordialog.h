// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/emailtemplate.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Lectern {

// Subject and body of one email template, with the placeholders it may use listed, and
// unknown ones pointed out as the user types.
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateEditorDialog(const EmailTemplate &emailTemplate, QWidget *parent = nullptr);
    EmailTemplate emailTemplate() const;

private:
    void check();

    EmailTemplate m_template;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace Lectern
