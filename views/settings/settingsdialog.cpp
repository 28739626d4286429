// SPDX-License-Identifier: GPL-2.0-or-later
#include "settingsdialog.h"

#include "export/announcementrenderer.h"
#include "history.h"
#include "operations/seriesoperations.h"
#include "platform/useridentity.h"
#include "storage/storage.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace Lectern {
namespace {
const QString reviewerKey = QStringLiteral("review/reviewerName");
const QString defaultDatabaseKey = QStringLiteral("defaultDatabase");

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s<>,]+@[^@\\s<>,]+\\.[^@\\s<>,]+$"));
    return shape.match(text).hasMatch();
}

QStringList lines(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[\\n,]")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}

} // namespace

SettingsDialog::SettingsDialog(Storage &storage, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Configure Lectern"));
    QSettings settings;
    const auto series = storage.series().current();
    const Series current = series ? series.value() : Series();
    const auto zones = storage.settings().value(SettingsRepository::worldTimeZonesKey);

    m_reviewer = new QLineEdit(settings.value(reviewerKey).toString(), this);
    m_reviewer->setPlaceholderText(UserIdentity::fullName());
    m_seriesName = new QLineEdit(current.name, this);
    m_senderName = new QLineEdit(current.organizerName, this);
    m_senderName->setPlaceholderText(tr("e.g. Tech Talks team"));
    m_senderEmail = new QLineEdit(current.organizerEmail, this);
    m_senderEmail->setPlaceholderText(QStringLiteral("talks@example.org"));
    m_mailingLists = new QPlainTextEdit(current.mailingLists.join(QLatin1Char('\n')), this);
    m_mailingLists->setPlaceholderText(tr("One address per line"));
    m_mailingLists->setTabChangesFocus(true);
    m_mailingLists->setMaximumHeight(m_mailingLists->fontMetrics().height() * 5);
    m_worldTimes = new QLineEdit(zones ? zones.value() : QString(), this);
    m_worldTimes->setPlaceholderText(AnnouncementRenderer::defaultWorldTimeZones().join(QStringLiteral(", ")));
    m_worldTimes->setToolTip(tr("Time zones (IANA names) whose local time the announcement shows; empty for the usual ones"));
    m_database = new QLineEdit(settings.value(defaultDatabaseKey).toString(), this);
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

    auto *seriesBox = new QGroupBox(tr("This series (kept in the database)"), this);
    auto *seriesForm = new QFormLayout(seriesBox);
    seriesForm->addRow(tr("Series &name:"), m_seriesName);
    seriesForm->addRow(tr("&Sender name:"), m_senderName);
    seriesForm->addRow(tr("Sender &address:"), m_senderEmail);
    seriesForm->addRow(tr("&Mailing lists:"), m_mailingLists);
    seriesForm->addRow(tr("&World times:"), m_worldTimes);

    auto *program = new QGroupBox(tr("On this computer"), this);
    auto *programForm = new QFormLayout(program);
    auto *databaseLabel = new QLabel(tr("&Open at start:"), this);
    databaseLabel->setBuddy(m_database);
    programForm->addRow(databaseLabel, databaseRow);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("settingsProblems"));
    m_problems->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(you);
    layout->addWidget(seriesBox);
    layout->addWidget(program);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    for (QLineEdit *field : {m_seriesName, m_senderEmail, m_worldTimes, m_database}) {
        connect(field, &QLineEdit::textChanged, this, &SettingsDialog::check);
    }
    connect(m_mailingLists, &QPlainTextEdit::textChanged, this, &SettingsDialog::check);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path =
                QFileDialog::getOpenFileName(this, tr("Open at Start"), m_database->text(), tr("Lectern databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty()) {
            m_database->setText(path);
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

QStringList SettingsDialog::problems() const
{
    QStringList found;
    if (m_seriesName->text().trimmed().isEmpty()) {
        found << tr("Series name: a series needs a name.");
    }
    const QString sender = m_senderEmail->text().trimmed();
    if (!sender.isEmpty() && !looksLikeEmail(sender)) {
        found << tr("Sender address: “%1” is not an email address.").arg(sender);
    }
    const QStringList lists = lines(m_mailingLists->toPlainText());
    for (const QString &list : lists) {
        if (!looksLikeEmail(list)) {
            found << tr("Mailing lists: “%1” is not an email address.").arg(list);
        }
    }
    const QStringList zones = lines(m_worldTimes->text());
    for (const QString &zone : zones) {
        if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8())) {
            found << tr("World times: “%1” is not a time zone name such as Europe/Berlin.").arg(zone);
        }
    }
    return found;
}

void SettingsDialog::check()
{
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

void SettingsDialog::accept()
{
    if (!problems().isEmpty()) {
        return;
    }
    QSettings settings;
    const QString reviewer = m_reviewer->text().trimmed();
    reviewer.isEmpty() ? settings.remove(reviewerKey) : settings.setValue(reviewerKey, reviewer);
    const QString database = m_database->text().trimmed();
    database.isEmpty() ? settings.remove(defaultDatabaseKey) : settings.setValue(defaultDatabaseKey, database);

    auto before = SeriesOperations::currentSettings(m_storage);
    if (!before) {
        m_problems->setText(before.error().message);
        m_problems->show();
        return;
    }
    const SeriesOperations::SeriesSettings after{m_seriesName->text().trimmed(),
                                                 m_senderName->text().trimmed(),
                                                 m_senderEmail->text().trimmed(),
                                                 lines(m_mailingLists->toPlainText()),
                                                 lines(m_worldTimes->text()).join(QStringLiteral(", "))};
    if (!(before.value() == after)) {
        auto ok = History::run(m_undoStack, SeriesOperations::editSettings(m_storage, before.value(), after), [](const Error &error) {
            QMessageBox::warning(nullptr, tr("The settings were not changed"), error.message);
        });
        if (!ok) {
            m_problems->setText(ok.error().message);
            m_problems->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace Lectern
