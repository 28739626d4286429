// SPDX-License-Identifier: GPL-2.0-or-later
#include "settingsdialog.h"

#include "platform/useridentity.h"
#include "settingskeys.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lectern {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Configure Lectern"));
    QSettings settings;
    m_reviewer = new QLineEdit(settings.value(SettingsKeys::reviewerName()).toString(), this);
    m_reviewer->setPlaceholderText(UserIdentity::fullName());
    m_database = new QLineEdit(settings.value(SettingsKeys::defaultDatabase()).toString(), this);
    m_database->setPlaceholderText(tr("the last one opened"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the database to open at start"));
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);

    auto *you = new QGroupBox(tr("You"), this);
    auto *youForm = new QFormLayout(you);
    youForm->addRow(tr("Your &name on reviews:"), m_reviewer);
    auto *program = new QGroupBox(tr("On this computer"), this);
    auto *programForm = new QFormLayout(program);
    auto *databaseLabel = new QLabel(tr("&Open at start:"), this);
    databaseLabel->setBuddy(m_database);
    programForm->addRow(databaseLabel, databaseRow);
    auto *note = new QLabel(tr("The series' rhythm, sender, mailing lists and world times are kept with the series: Settings → Configure Series…."), this);
    note->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(you);
    layout->addWidget(program);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path =
                QFileDialog::getOpenFileName(this, tr("Open at Start"), m_database->text(), tr("Lectern databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty()) {
            m_database->setText(path);
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::accept()
{
    QSettings settings;
    const QString reviewer = m_reviewer->text().trimmed();
    reviewer.isEmpty() ? settings.remove(SettingsKeys::reviewerName()) : settings.setValue(SettingsKeys::reviewerName(), reviewer);
    const QString database = m_database->text().trimmed();
    database.isEmpty() ? settings.remove(SettingsKeys::defaultDatabase()) : settings.setValue(SettingsKeys::defaultDatabase(), database);
    QDialog::accept();
}

} // namespace Lectern
