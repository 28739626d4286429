// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportpage.h"

#include "operations/outboxoperations.h"

#include "history.h"
#include "operations/exportoperations.h"
#include "operations/seriesoperations.h"

#include "storage/storage.h"
#include "templateeditordialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace Lectern {
using Kind = ExportBuilder::Selection::Kind;
using Format = ExportBuilder::Format;

ExportPage::ExportPage(Storage &storage, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_undoStack(undoStack)
{
    m_chooseSend = [this](const Talk &talk, const QString &summary, bool attach) -> std::optional<SendChoice> {
        SendDialog dialog(talk, summary, attach, this);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return dialog.choice();
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Send Again"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("exportScope"));
    m_scope->addItem(tr("The next upcoming talk"), int(Kind::NextUpcoming));
    m_scope->addItem(tr("The talk selected in the schedule"), int(Kind::Talks));
    m_scope->addItem(tr("A season"), int(Kind::Season));
    m_scope->addItem(tr("A date range"), int(Kind::DateRange));
    m_scope->addItem(tr("All upcoming talks"), int(Kind::AllUpcoming));
    m_scope->addItem(tr("All talks"), int(Kind::AllTalks));
    m_season = new QSpinBox(this);
    m_season->setObjectName(QStringLiteral("exportSeason"));
    m_season->setRange(1, 999);
    m_season->setPrefix(tr("Season "));
    m_from = new QDateEdit(QDate::currentDate(), this);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate().addMonths(6), this);
    m_to->setCalendarPopup(true);
    auto *talksRow = new QHBoxLayout;
    talksRow->addWidget(m_scope, 1);
    talksRow->addWidget(m_season);
    talksRow->addWidget(m_from);
    m_toLabel = new QLabel(tr("to"), this);
    talksRow->addWidget(m_toLabel);
    talksRow->addWidget(m_to);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(QIcon::fromTheme(QStringLiteral("mail-message-new")), tr("Announcement email (.eml)"), int(Format::Announcement));
    m_format->addItem(QIcon::fromTheme(QStringLiteral("text-calendar")), tr("iCalendar (.ics)"), int(Format::ICalendar));
    m_format->addItem(QIcon::fromTheme(QStringLiteral("text-x-generic")), tr("Wiki listing (wikitext)"), int(Format::WikiText));
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("exportTemplate"));
    m_editTemplate = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit Template…"), this);
    m_attach = new QCheckBox(tr("Attach the calendar entry"), this);
    m_attach->setObjectName(QStringLiteral("exportAttach"));
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_format, 1);
    outputRow->addWidget(m_template);
    outputRow->addWidget(m_editTemplate);
    outputRow->addWidget(m_attach);

    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("exportWarnings"));
    m_warnings->setMaximumHeight(110);
    m_warnings->setWordWrap(true);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setAccessibleName(tr("Preview"));

    m_copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("exportCopy"));
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Save As…"), this);
    m_save->setObjectName(QStringLiteral("exportSave"));
    m_mail = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Open in &Mail Client"), this);
    m_mail->setObjectName(QStringLiteral("exportMail"));
    m_send = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Se&nd…"), this);
    m_send->setObjectName(QStringLiteral("exportSend"));
    m_send->setToolTip(tr("Queue the message in the outbox: it goes out by itself, now or before the talk, when Lectern is online"));
    m_folder = new QPushButton(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Open &Folder"), this);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setEnabled(false);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_copy);
    actions->addWidget(m_save);
    actions->addWidget(m_mail);
    actions->addWidget(m_send);
    actions->addWidget(m_folder);

    auto *form = new QFormLayout;
    auto *talksLabel = new QLabel(tr("&Talks:"), this);
    talksLabel->setBuddy(m_scope);
    auto *outputLabel = new QLabel(tr("&Output:"), this);
    outputLabel->setBuddy(m_format);
    form->addRow(talksLabel, talksRow);
    form->addRow(outputLabel, outputRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warnings);
    layout->addWidget(m_preview, 1);
    layout->addLayout(actions);

    if (auto series = storage.series().current()) {
        if (auto templates = storage.templates().forSeries(series.value().meta.id)) {
            for (const EmailTemplate &t : templates.value()) {
                m_template->addItem(t.name, t.name);
            }
        }
    }
    // The latest season, from one small query: the page is built at start-up.
    if (auto series = storage.series().current()) {
        if (auto last = storage.talks().lastEpisode(series.value().meta.id); last && last.value()) {
            m_season->setValue(last.value()->first);
        }
    }

    for (QComboBox *combo : {m_scope, m_format, m_template}) {
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportPage::refresh);
    }
    connect(m_season, qOverload<int>(&QSpinBox::valueChanged), this, &ExportPage::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &ExportPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ExportPage::refresh);
    connect(m_attach, &QCheckBox::toggled, this, &ExportPage::refresh);
    connect(m_copy, &QPushButton::clicked, this, &ExportPage::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &ExportPage::saveAs);
    connect(m_mail, &QPushButton::clicked, this, &ExportPage::openInMailClient);
    connect(m_send, &QPushButton::clicked, this, &ExportPage::sendByMail);
    connect(m_editTemplate, &QPushButton::clicked, this, &ExportPage::editTemplate);
    connect(m_folder, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastSaved).absolutePath())); });
    // Follow the schedule while the page is in view; otherwise it refreshes when shown.
    const auto refreshIfShown = [this] {
        if (isVisible()) {
            refresh();
        }
    };
    connect(&storage.talks(), &TalkRepository::talkUpdated, this, refreshIfShown);
    connect(&storage.talks(), &TalkRepository::talkAdded, this, refreshIfShown);
    connect(&storage.talks(), &TalkRepository::talkRemoved, this, refreshIfShown);
    connect(&storage.templates(), &TemplateRepository::templateChanged, this, refreshIfShown); // an edit, its undo, another writer
    connect(&storage.series(), &SeriesRepository::seriesChanged, this, refreshIfShown);
    updateControls();
}

ExportBuilder::Selection ExportPage::selection() const
{
    ExportBuilder::Selection s;
    s.kind = Kind(m_scope->currentData().toInt());
    s.season = m_season->value();
    s.from = m_from->date();
    s.to = m_to->date();
    if (m_selectedTalk > 0) {
        s.talkIds = {m_selectedTalk};
    }
    return s;
}

ExportBuilder::Format ExportPage::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportPage::setSelectedTalk(qint64 talkId)
{
    m_selectedTalk = talkId;
    if (Kind(m_scope->currentData().toInt()) == Kind::Talks && isVisible()) {
        refresh();
    }
}

void ExportPage::choose(Kind kind, Format format)
{
    m_scope->setCurrentIndex(m_scope->findData(int(kind)));
    m_format->setCurrentIndex(m_format->findData(int(format)));
    refresh();
}

void ExportPage::setSeason(int season)
{
    m_season->setValue(season);
}

void ExportPage::setTemplateName(const QString &name)
{
    m_template->setCurrentIndex(m_template->findData(name));
}

void ExportPage::updateControls()
{
    const Kind kind = Kind(m_scope->currentData().toInt());
    const bool email = format() == Format::Announcement;
    m_season->setVisible(kind == Kind::Season);
    m_from->setVisible(kind == Kind::DateRange);
    m_to->setVisible(kind == Kind::DateRange);
    m_toLabel->setVisible(kind == Kind::DateRange);
    m_template->setVisible(email);
    m_editTemplate->setVisible(email);
    m_attach->setVisible(email);
    m_mail->setEnabled(email && m_output.errors.isEmpty() && !m_output.data.isEmpty());
    m_send->setVisible(email);
    m_send->setEnabled(email && m_output.errors.isEmpty() && m_output.talks.size() == 1 && !m_output.to.isEmpty());
    const bool ready = m_output.errors.isEmpty() && !m_output.data.isEmpty();
    m_copy->setEnabled(ready);
    m_save->setEnabled(ready);
}

void ExportPage::refresh()
{
    ExportBuilder::Options options;
    options.templateName = m_template->currentData().toString().isEmpty() ? QStringLiteral("announcement") : m_template->currentData().toString();
    options.attachICalendar = m_attach->isChecked();
    ExportBuilder::Selection chosen = selection();
    if (chosen.kind == Kind::Talks && chosen.talkIds.isEmpty()) {
        m_output = ExportBuilder::Output();
        m_output.errors << tr("No talk is selected in the schedule.");
    } else {
        auto built = ExportBuilder::build(m_storage, chosen, format(), options);
        m_output = built ? built.value() : ExportBuilder::Output();
        if (!built) {
            m_output.errors << built.error().message;
        }
    }
    m_preview->setPlainText(m_output.preview);
    m_warnings->clear();
    for (const QString &error : std::as_const(m_output.errors)) {
        auto *item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-error")), error, m_warnings);
        item->setForeground(QColor(0xd1, 0x45, 0x3b));
    }
    for (const QString &warning : std::as_const(m_output.warnings)) {
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-warning")), tr("Warning: %1").arg(warning), m_warnings);
    }
    m_warnings->setVisible(m_warnings->count() > 0);
    updateControls();
}

QString ExportPage::previewText() const
{
    return m_preview->toPlainText();
}

QStringList ExportPage::warnings() const
{
    return m_output.warnings;
}

bool ExportPage::saveTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_output.data) != m_output.data.size() || !file.commit()) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    m_lastSaved = path;
    m_folder->setEnabled(true);
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    record(Announcement::Channel::File);
    return true;
}

void ExportPage::copyToClipboard()
{
    QApplication::clipboard()->setText(format() == Format::Announcement ? m_output.body : QString::fromUtf8(m_output.data));
    record(Announcement::Channel::Clipboard);
    Q_EMIT statusMessage(format() == Format::Announcement ? tr("The message text is on the clipboard.") : tr("The output is on the clipboard."));
}

void ExportPage::saveAs()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + m_output.suggestedFileName;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Export"), start);
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveTo(path, &error)) {
        Q_EMIT statusMessage(error);
    }
}

void ExportPage::openInMailClient()
{
    // Short messages go by mailto:; a long one (or one with an attachment) as a draft file,
    // which mail clients open for editing.
    const QByteArray mailto = QUrl(QStringLiteral("mailto:")).toEncoded() + QUrl::toPercentEncoding(m_output.body);
    if (mailto.size() < 1800 && !m_attach->isChecked()) {
        QUrl url(QStringLiteral("mailto:") + m_output.to.join(QLatin1Char(',')));
        url.setQuery(QStringLiteral("subject=%1&body=%2")
                             .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_output.subject)), QString::fromUtf8(QUrl::toPercentEncoding(m_output.body))),
                     QUrl::StrictMode);
        QDesktopServices::openUrl(url);
        record(Announcement::Channel::MailClient);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + m_output.suggestedFileName;
    QString error;
    if (!saveTo(path, &error)) {
        Q_EMIT statusMessage(error);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ExportPage::record(Announcement::Channel channel)
{
    if (format() != Format::Announcement) {
        return;
    }
    if (auto ok = ExportOperations::recordAnnouncement(m_storage, m_output, m_template->currentData().toString(), channel); !ok) {
        Q_EMIT statusMessage(ok.error().message);
    }
}

void ExportPage::editTemplate()
{
    auto series = m_storage.series().current();
    if (!series) {
        Q_EMIT statusMessage(series.error().message);
        return;
    }
    auto current = m_storage.templates().find(series.value().meta.id, m_template->currentData().toString());
    if (!current) {
        Q_EMIT statusMessage(current.error().message);
        return;
    }
    TemplateEditorDialog dialog(current.value(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto change = SeriesOperations::editTemplate(m_storage, current.value(), dialog.emailTemplate());
    auto ok = History::run(m_undoStack, std::move(change), [this](const Error &error) { Q_EMIT statusMessage(error.message); });
    if (!ok) {
        Q_EMIT statusMessage(ok.error().message);
        return;
    }
    refresh();
}

void ExportPage::sendByMail()
{
    if (m_output.talks.size() != 1) {
        return;
    }
    const Talk talk = m_output.talks.constFirst();
    const QString templateName = m_template->currentData().toString();
    const QString summary = tr("“%1” to %2").arg(m_output.subject, m_output.to.join(QStringLiteral(", ")));
    const auto choice = m_chooseSend(talk, summary, m_attach->isChecked());
    if (!choice) {
        return;
    }
    auto sendAt = OutboxOperations::sendTime(talk, choice->when, choice->at, QDateTime::currentDateTimeUtc());
    if (!sendAt) {
        Q_EMIT statusMessage(sendAt.error().message);
        return;
    }
    auto before = OutboxOperations::sentBefore(m_storage, talk.meta.id, templateName);
    if (before && !before.value().isEmpty() && !m_confirm(tr("%1 Send it again?").arg(before.value()))) {
        return;
    }
    auto entry = OutboxOperations::announcementFor(m_storage, talk.meta.id, templateName, sendAt.value(), choice->attachICalendar);
    if (!entry) {
        Q_EMIT statusMessage(entry.error().message);
        return;
    }
    auto change = OutboxOperations::queue(m_storage, entry.value());
    auto ok = History::run(m_undoStack, std::move(change), [this](const Error &error) { Q_EMIT statusMessage(error.message); });
    if (!ok) {
        Q_EMIT statusMessage(ok.error().message);
        return;
    }
    Q_EMIT statusMessage(
            choice->when == OutboxOperations::When::Now
                    ? tr("“%1” is in the outbox and goes out as soon as Lectern is online.").arg(m_output.subject)
                    : tr("“%1” is in the outbox, to go out %2.").arg(m_output.subject, QLocale().toString(sendAt.value().toLocalTime(), QLocale::ShortFormat)));
}

void ExportPage::addPublishPanel(QWidget *panel)
{
    static_cast<QVBoxLayout *>(layout())->addWidget(panel);
}

} // namespace Lectern
