// SPDX-License-Identifier: GPL-2.0-or-later
#include "speakereditor.h"

#include "storage/storage.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Lectern {
namespace {
QStringList lines(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(QLatin1Char('\n'));
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}
} // namespace

SpeakerEditor::SpeakerEditor(Storage &storage, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("speakerName"));
    m_emails = new QLineEdit(this);
    m_emails->setObjectName(QStringLiteral("speakerEmails"));
    m_emails->setPlaceholderText(tr("name@example.org, another@example.org"));
    m_affiliation = new QLineEdit(this);
    m_title = new QLineEdit(this);
    m_pronouns = new QLineEdit(this);
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("speakerTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->lineEdit()->setPlaceholderText(tr("Type a city, e.g. Berlin"));
    fillTimeZones();
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_bio = new QPlainTextEdit(this);
    m_bio->setTabChangesFocus(true);
    m_bio->setMaximumHeight(90);
    m_links = new QPlainTextEdit(this);
    m_links->setObjectName(QStringLiteral("speakerLinks"));
    m_links->setTabChangesFocus(true);
    m_links->setPlaceholderText(tr("One web address per line: website, wiki user page, tracker profile"));
    m_links->setMaximumHeight(60);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Private notes for the coordinators"));
    m_notes->setMaximumHeight(60);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("speakerProblems"));
    m_problems->setWordWrap(true);
    QPalette red = m_problems->palette();
    red.setColor(QPalette::WindowText, QColor(0xd1, 0x45, 0x3b));
    m_problems->setPalette(red);
    m_problems->hide();
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("speakerHistory"));
    m_history->setToolTip(tr("Double-click a talk to open it"));
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("speakerSave"));
    m_revert = new QPushButton(QIcon::fromTheme(QStringLiteral("document-revert")), tr("Re&vert"), this);

    m_changedElsewhere = new QLabel(this);
    m_changedElsewhere->setObjectName(QStringLiteral("speakerChangedElsewhere"));
    m_changedElsewhere->setWordWrap(true);
    m_takeTheirs = new QPushButton(tr("Use &Their Version"), this);
    m_takeTheirs->setObjectName(QStringLiteral("speakerTakeTheirs"));
    m_keepMine = new QPushButton(tr("&Keep Mine"), this);
    m_keepMine->setObjectName(QStringLiteral("speakerKeepMine"));
    auto *notice = new QHBoxLayout;
    notice->addWidget(m_changedElsewhere, 1);
    notice->addWidget(m_takeTheirs);
    notice->addWidget(m_keepMine);
    for (QWidget *part : {static_cast<QWidget *>(m_changedElsewhere), static_cast<QWidget *>(m_takeTheirs), static_cast<QWidget *>(m_keepMine)}) {
        part->hide();
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Emails:"), m_emails);
    form->addRow(tr("&Affiliation:"), m_affiliation);
    form->addRow(tr("Role &title:"), m_title);
    form->addRow(tr("&Pronouns:"), m_pronouns);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(tr("&Bio:"), m_bio);
    form->addRow(tr("&Links:"), m_links);
    form->addRow(tr("N&otes:"), m_notes);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problems, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(notice);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Talks and proposals:"), this));
    layout->addWidget(m_history, 1);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (check()) {
            Q_EMIT saveRequested(m_original, speaker());
        }
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { load(m_original); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] {
        if (m_theirs) {
            load(*m_theirs);
        }
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        if (m_theirs) {
            m_original.meta.version = m_theirs->meta.version; // saved on top of theirs, as chosen
        }
        m_theirs.reset();
        for (QWidget *part : {static_cast<QWidget *>(m_changedElsewhere), static_cast<QWidget *>(m_takeTheirs), static_cast<QWidget *>(m_keepMine)}) {
            part->hide();
        }
        m_save->setEnabled(true);
    });
    connect(&m_storage.speakers(), &SpeakerRepository::speakerUpdated, this, [this](qint64 id) { followChange(id, false); });
    connect(&m_storage.speakers(), &SpeakerRepository::speakerRemoved, this, [this](qint64 id) { followChange(id, true); });
    connect(m_history, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 talk = item->data(Qt::UserRole).toLongLong();
        if (talk > 0) {
            Q_EMIT talkActivated(talk);
        }
    });
    setEnabled(false);
}

bool SpeakerEditor::edited() const
{
    return !describeDifferences(m_original, speaker()).isEmpty();
}

QStringList SpeakerEditor::describeDifferences(const Speaker &mine, const Speaker &theirs)
{
    QStringList out;
    const auto quoted = [](const QString &text) { return tr("“%1”").arg(text).toHtmlEscaped(); };
    const std::tuple<QString, QString, QString> fields[] = {
            {tr("name"), mine.name, theirs.name},
            {tr("emails"), mine.emails.join(QStringLiteral(", ")), theirs.emails.join(QStringLiteral(", "))},
            {tr("affiliation"), mine.affiliation, theirs.affiliation},
            {tr("role title"), mine.roleTitle, theirs.roleTitle},
            {tr("pronouns"), mine.pronouns, theirs.pronouns},
            {tr("time zone"), mine.timeZone, theirs.timeZone},
            {tr("bio"), mine.bio, theirs.bio},
            {tr("links"), mine.links.join(QStringLiteral(", ")), theirs.links.join(QStringLiteral(", "))},
            {tr("notes"), mine.notes, theirs.notes},
    };
    for (const auto &[field, a, b] : fields) {
        if (a != b) {
            out << tr("%1 %2").arg(field, quoted(b));
        }
    }
    return out;
}

void SpeakerEditor::followChange(qint64 id, bool removed)
{
    if (id != m_original.meta.id || m_original.meta.id <= 0) {
        return;
    }
    auto latest = m_storage.changeLog().latest({Entity::speaker(), id, {}});
    const QString who = latest && latest.value() ? ChangeLog::describeWriter(*latest.value()) : tr("someone else");
    const auto show = [this](const QString &text, bool choice) {
        m_changedElsewhere->setText(text);
        m_changedElsewhere->show();
        m_takeTheirs->setVisible(choice);
        m_keepMine->setVisible(choice);
        m_save->setEnabled(false);
    };
    if (removed) {
        m_theirs.reset();
        show(tr("<b>%1 was deleted or merged by %2.</b> It cannot be saved.").arg(m_original.name.toHtmlEscaped(), who.toHtmlEscaped()), false);
        return;
    }
    auto stored = m_storage.speakers().find(id);
    if (!stored || stored.value().meta.version == m_original.meta.version) {
        return;
    }
    if (!edited() || describeDifferences(speaker(), stored.value()).isEmpty()) {
        load(stored.value()); // nothing typed here is lost (or it is what was saved)
        return;
    }
    m_theirs = stored.value();
    const QStringList differences = describeDifferences(m_original, stored.value());
    show(tr("<b>%1 was changed by %2</b> while you were editing. Now: %3.")
                 .arg(m_original.name.toHtmlEscaped(),
                      who.toHtmlEscaped(),
                      differences.isEmpty() ? tr("the same fields as before") : differences.join(QStringLiteral("; "))),
         true);
}

void SpeakerEditor::fillTimeZones()
{
    // Every IANA zone with its offset now, so "Kolkata" shows "UTC+05:30".
    m_timeZone->addItem(tr("Unknown"), QString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids) {
        if (!id.contains('/') || id.startsWith("Etc/")) {
            continue;
        }
        const QTimeZone zone(id);
        const int offset = zone.offsetFromUtc(now);
        const QString sign = offset < 0 ? QStringLiteral("−") : QStringLiteral("+");
        const QString label = QStringLiteral("%1 (UTC%2%3:%4)")
                                      .arg(QString::fromUtf8(id).replace(QLatin1Char('_'), QLatin1Char(' ')),
                                           sign,
                                           QStringLiteral("%1").arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0')),
                                           QStringLiteral("%1").arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0')));
        m_timeZone->addItem(label, QString::fromUtf8(id));
    }
}

void SpeakerEditor::load(const Speaker &speaker)
{
    m_original = speaker;
    m_theirs.reset();
    for (QWidget *part : {static_cast<QWidget *>(m_changedElsewhere), static_cast<QWidget *>(m_takeTheirs), static_cast<QWidget *>(m_keepMine)}) {
        part->hide();
    }
    m_save->setEnabled(true);
    m_name->setText(speaker.name);
    m_emails->setText(speaker.emails.join(QStringLiteral(", ")));
    m_affiliation->setText(speaker.affiliation);
    m_title->setText(speaker.roleTitle);
    m_pronouns->setText(speaker.pronouns);
    const int zone = m_timeZone->findData(speaker.timeZone);
    m_timeZone->setCurrentIndex(zone >= 0 ? zone : 0);
    if (zone < 0 && !speaker.timeZone.isEmpty()) {
        m_timeZone->setEditText(speaker.timeZone); // shown, and pointed out by check()
    }
    m_bio->setPlainText(speaker.bio);
    m_links->setPlainText(speaker.links.join(QLatin1Char('\n')));
    m_notes->setPlainText(speaker.notes);
    m_problems->hide();

    m_history->clear();
    const QLocale locale;
    for (qint64 talkId : speaker.talkIds) {
        auto talk = m_storage.talks().find(talkId);
        if (!talk) {
            continue;
        }
        QStringList roles;
        for (const TalkSpeaker &link : talk.value().speakers) {
            if (link.speakerId == speaker.meta.id) {
                roles << displayName(link.role).toLower();
            }
        }
        const bool upcoming = talk.value().date >= QDate::currentDate();
        auto *item =
                new QListWidgetItem(QIcon::fromTheme(upcoming ? QStringLiteral("appointment-new") : QStringLiteral("view-calendar")),
                                    tr("%1 — %2 (%3)%4")
                                            .arg(talk.value().date.isValid() ? locale.toString(talk.value().date, QLocale::ShortFormat) : tr("not scheduled"),
                                                 talk.value().title,
                                                 roles.join(QStringLiteral(", ")),
                                                 upcoming ? tr(", upcoming") : QString()),
                                    m_history);
        item->setData(Qt::UserRole, talkId);
    }
    if (auto proposals = m_storage.proposals().forSpeaker(speaker.meta.id)) {
        for (const Proposal &proposal : proposals.value()) {
            for (const ProposedSpeaker &link : proposal.proposedSpeakers) {
                if (link.speakerId == speaker.meta.id) {
                    new QListWidgetItem(QIcon::fromTheme(QStringLiteral("mail-folder-inbox")),
                                        tr("Proposal: %1 (%2)").arg(proposal.title, displayName(proposal.status).toLower()),
                                        m_history);
                }
            }
        }
    }
    if (m_history->count() == 0) {
        auto *none = new QListWidgetItem(tr("No talks or proposals yet."), m_history);
        none->setFlags(Qt::NoItemFlags);
    }
    setEnabled(true);
}

Speaker SpeakerEditor::speaker() const
{
    Speaker s = m_original;
    s.name = m_name->text().trimmed();
    s.emails.clear();
    const QStringList emails = m_emails->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &email : emails) {
        s.emails << email.trimmed();
    }
    s.affiliation = m_affiliation->text().trimmed();
    s.roleTitle = m_title->text().trimmed();
    s.pronouns = m_pronouns->text().trimmed();
    const int zone = m_timeZone->findText(m_timeZone->currentText());
    s.timeZone = zone >= 0 ? m_timeZone->itemData(zone).toString() : m_timeZone->currentText().trimmed();
    s.bio = m_bio->toPlainText().trimmed();
    s.links = lines(m_links->toPlainText());
    s.notes = m_notes->toPlainText();
    return s;
}

bool SpeakerEditor::check()
{
    const QList<FieldError> errors = speaker().validate();
    QStringList messages;
    QWidget *first = nullptr;
    const std::pair<const char *, QWidget *> fields[] = {{"name", m_name}, {"emails", m_emails}, {"links", m_links}, {"timezone", m_timeZone}};
    for (const auto &[name, widget] : fields) {
        bool wrong = false;
        for (const FieldError &error : errors) {
            if (error.field == QLatin1String(name)) {
                messages << error.message;
                wrong = true;
            }
        }
        widget->setStyleSheet(wrong ? QStringLiteral("border: 1px solid #d1453b;") : QString());
        if (wrong && !first) {
            first = widget;
        }
    }
    m_problems->setText(messages.join(QLatin1Char('\n')));
    m_problems->setVisible(!messages.isEmpty());
    if (first) {
        first->setFocus();
    }
    return messages.isEmpty();
}

QString SpeakerEditor::problemsText() const
{
    return m_problems->text();
}

} // namespace Lectern
