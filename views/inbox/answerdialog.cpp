// SPDX-License-Identifier: GPL-2.0-or-later
#include "answerdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lectern {

AnswerDialog::AnswerDialog(const QString &task, const QString &message, const QString &warning, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Answer on %1").arg(task));
    auto *layout = new QVBoxLayout(this);
    if (!warning.isEmpty()) {
        auto *note = new QLabel(warning, this);
        note->setObjectName(QStringLiteral("answerWarning"));
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
        QFont bold = note->font();
        bold.setBold(true);
        note->setFont(bold);
        layout->addWidget(note);
    }
    auto *intro = new QLabel(tr("This comment goes on %1 through the outbox, as soon as Lectern is online.").arg(task), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message = new QPlainTextEdit(message, this);
    m_message->setObjectName(QStringLiteral("answerMessage"));
    m_message->setMinimumSize(460, 200);
    layout->addWidget(m_message, 1);
    auto *form = new QFormLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("answerStatus"));
    m_status->addItem(tr("Leave it as it is"), QString());
    m_status->addItem(tr("Resolved"), QStringLiteral("resolved"));
    m_status->addItem(tr("Declined"), QStringLiteral("declined"));
    m_status->addItem(tr("Invalid"), QStringLiteral("invalid"));
    form->addRow(tr("The task's &status:"), m_status);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *queue = buttons->addButton(tr("&Queue the Answer"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_message, &QPlainTextEdit::textChanged, this, [this, queue] { queue->setEnabled(!m_message->toPlainText().trimmed().isEmpty()); });
    layout->addWidget(buttons);
}

QString AnswerDialog::message() const
{
    return m_message->toPlainText();
}

QString AnswerDialog::trackerStatus() const
{
    return m_status->currentData().toString();
}

} // namespace Lectern
