// SPDX-License-Identifier: GPL-2.0-or-later
#include "templateeditordialog.h"

#include "export/announcementrenderer.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lectern {

TemplateEditorDialog::TemplateEditorDialog(const EmailTemplate &emailTemplate, QWidget *parent)
    : QDialog(parent)
    , m_template(emailTemplate)
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(tr("Edit Template “%1”").arg(emailTemplate.name));
    m_subject = new QLineEdit(emailTemplate.subject, this);
    m_body = new QPlainTextEdit(emailTemplate.body, this);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    QStringList names;
    for (const QString &name : AnnouncementRenderer::placeholders()) {
        names << QLatin1Char('{') + name + QLatin1Char('}');
    }
    auto *help = new QLabel(tr("Placeholders: %1").arg(names.join(QStringLiteral(" "))), this);
    help->setWordWrap(true);
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Body:"), m_body);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(help);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subject, &QLineEdit::textChanged, this, &TemplateEditorDialog::check);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::check);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    check();
    resize(640, 520);
}

EmailTemplate TemplateEditorDialog::emailTemplate() const
{
    EmailTemplate t = m_template;
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    return t;
}

void TemplateEditorDialog::check()
{
    // Rendered against nothing: only the unknown placeholders (errors) matter here.
    const RenderedEmail rendered = AnnouncementRenderer::render(emailTemplate(), RenderContext());
    QStringList errors;
    for (const TemplateProblem &problem : rendered.problems) {
        if (problem.severity == TemplateProblem::Severity::Error) {
            errors << problem.message;
        }
    }
    m_problems->setText(errors.join(QLatin1Char('\n')));
    m_problems->setVisible(!errors.isEmpty());
    m_saveButton->setEnabled(errors.isEmpty());
}

} // namespace Lectern
