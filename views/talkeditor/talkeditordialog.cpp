// SPDX-License-Identifier: GPL-2.0-or-later
#include "talkeditordialog.h"

#include "localeformat.h"
#include "operations/talkdifferences.h"
#include "schedule/talkscheduler.h"
#include "storage/storage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Lectern {
namespace {
// Completes the last item of a comma-separated list ("Technology, Wiki" → "Technology, Wikidata").
class ListCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override { return {path.section(QLatin1Char(','), -1).trimmed()}; }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<const QLineEdit *>(widget());
        const QString text = edit ? edit->text() : QString();
        const int comma = text.lastIndexOf(QLatin1Char(','));
        const QString head = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
        return head + index.data().toString();
    }
};

QString cityOf(const QString &zoneId)
{
    return zoneId.section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
}

constexpr int speakerIdRole = Qt::UserRole + 1;
} // namespace

TalkEditorDialog::TalkEditorDialog(Storage &storage, const TalkScheduler &scheduler, const Talk &talk, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_scheduler(scheduler)
    , m_original(talk)
{
    setObjectName(QStringLiteral("talkEditor"));
    setWindowTitle(talk.meta.id > 0 ? tr("Edit Talk") : tr("New Talk"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What the talk is called"));

    m_season = new QSpinBox(this);
    m_season->setObjectName(QStringLiteral("seasonEdit"));
    m_season->setRange(0, 999);
    m_season->setSpecialValueText(tr("—"));
    m_season->setPrefix(tr("Season "));
    m_episode = new QSpinBox(this);
    m_episode->setObjectName(QStringLiteral("episodeEdit"));
    m_episode->setRange(0, 9999);
    m_episode->setSpecialValueText(tr("—"));
    m_episode->setPrefix(tr("Episode "));
    auto *numbering = new QHBoxLayout;
    numbering->addWidget(m_season);
    numbering->addWidget(m_episode);
    numbering->addStretch(1);

    m_scheduled = new QCheckBox(tr("Scheduled on"), this);
    m_scheduled->setObjectName(QStringLiteral("scheduledCheck"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_timeKnown = new QCheckBox(tr("at"), this);
    m_timeKnown->setObjectName(QStringLiteral("timeKnownCheck"));
    m_timeKnown->setToolTip(tr("Untick while the time is to be announced"));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *utc = new QLabel(tr("UTC"), this);
    auto *when = new QHBoxLayout;
    when->addWidget(m_scheduled);
    when->addWidget(m_date);
    when->addWidget(m_timeKnown);
    when->addWidget(m_time);
    when->addWidget(utc);
    when->addStretch(1);
    m_localTimes = new QLabel(this);
    m_localTimes->setObjectName(QStringLiteral("localTimes"));
    m_localTimes->setWordWrap(true);

    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationEdit"));
    m_duration->setRange(1, 24 * 60);
    m_duration->setSuffix(tr(" minutes"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusEdit"));
    for (TalkStatus status : {TalkStatus::Tentative, TalkStatus::Confirmed, TalkStatus::Held, TalkStatus::Cancelled, TalkStatus::Postponed}) {
        m_status->addItem(displayName(status), int(status));
    }

    // Speakers: records with a role each; a name not yet known becomes a record on saving.
    m_speakers = new QTableWidget(0, 2, this);
    m_speakers->setObjectName(QStringLiteral("speakersTable"));
    m_speakers->setHorizontalHeaderLabels({tr("Speaker"), tr("Role")});
    m_speakers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_speakers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_speakers->verticalHeader()->hide();
    m_speakers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_speakers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_speakers->setMinimumHeight(90);
    m_speakerPicker = new QComboBox(this);
    m_speakerPicker->setObjectName(QStringLiteral("speakerPicker"));
    m_speakerPicker->setEditable(true);
    m_speakerPicker->setInsertPolicy(QComboBox::NoInsert);
    m_speakerPicker->lineEdit()->setPlaceholderText(tr("Name of a speaker, known or new"));
    if (auto speakers = storage.speakers().all()) {
        for (const Speaker &speaker : speakers.value()) {
            m_speakerPicker->addItem(speaker.affiliation.isEmpty() ? speaker.name : tr("%1 (%2)").arg(speaker.name, speaker.affiliation), speaker.meta.id);
        }
    }
    m_speakerPicker->setCurrentIndex(-1);
    m_speakerPicker->completer()->setFilterMode(Qt::MatchContains);
    m_speakerPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    auto *addSpeaker = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add"), this);
    addSpeaker->setObjectName(QStringLiteral("addSpeakerButton"));
    auto *removeSpeaker = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this);
    removeSpeaker->setObjectName(QStringLiteral("removeSpeakerButton"));
    auto *speakerBar = new QHBoxLayout;
    speakerBar->addWidget(m_speakerPicker, 1);
    speakerBar->addWidget(addSpeaker);
    speakerBar->addWidget(removeSpeaker);
    auto *speakerBox = new QVBoxLayout;
    speakerBox->addWidget(m_speakers);
    speakerBox->addLayout(speakerBar);

    m_topics = new QLineEdit(this);
    m_topics->setObjectName(QStringLiteral("topicsEdit"));
    m_topics->setPlaceholderText(tr("Topic areas, separated by commas"));
    auto *topicCompleter = new ListCompleter(new QStringListModel(storage.talks().topicNames().value_or(QStringList()), this), this);
    topicCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    topicCompleter->setFilterMode(Qt::MatchStartsWith);
    m_topics->setCompleter(topicCompleter);

    m_streamUrl = urlField(QStringLiteral("streamUrlEdit"));
    m_slidesUrl = urlField(QStringLiteral("slidesUrlEdit"));
    m_recordingUrl = urlField(QStringLiteral("recordingUrlEdit"));

    m_abstract = new QPlainTextEdit(this);
    m_abstract->setObjectName(QStringLiteral("abstractEdit"));
    m_abstract->setTabChangesFocus(true);
    m_abstract->setPlaceholderText(tr("What the talk is about, as it will be announced"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Private notes for the coordinators"));
    m_notes->setMaximumHeight(70);

    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("findingsLabel"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("errorsLabel"));
    m_errors->setWordWrap(true);
    QPalette errorPalette = m_errors->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xd1, 0x45, 0x3b));
    m_errors->setPalette(errorPalette);
    m_errors->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    auto *numberingLabel = new QLabel(tr("N&umbering:"), this);
    numberingLabel->setBuddy(m_season);
    form->addRow(numberingLabel, numbering);
    auto *whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_scheduled);
    form->addRow(whenLabel, when);
    form->addRow(QString(), m_localTimes);
    form->addRow(tr("&Length:"), m_duration);
    form->addRow(tr("&Status:"), m_status);
    auto *speakersLabel = new QLabel(tr("S&peakers:"), this);
    speakersLabel->setBuddy(m_speakerPicker);
    form->addRow(speakersLabel, speakerBox);
    form->addRow(tr("T&opics:"), m_topics);
    form->addRow(tr("Stream:"), m_streamUrl);
    form->addRow(tr("Slides:"), m_slidesUrl);
    form->addRow(tr("Recording:"), m_recordingUrl);
    form->addRow(tr("&Abstract:"), m_abstract);
    form->addRow(tr("&Notes:"), m_notes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(setupChangedElsewhere());
    layout->addLayout(form, 1);
    layout->addWidget(m_findings);
    layout->addWidget(m_errors);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TalkEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TalkEditorDialog::reject);
    connect(addSpeaker, &QPushButton::clicked, this, [this] {
        const QString text = m_speakerPicker->currentText().trimmed();
        if (text.isEmpty()) {
            return;
        }
        const int index = m_speakerPicker->findText(text, Qt::MatchFixedString);
        if (index >= 0) {
            addSpeakerRow(m_speakerPicker->itemData(index).toLongLong(), text.section(QStringLiteral(" ("), 0, 0), SpeakerRole::Speaker);
        } else {
            auto known = m_storage.speakers().findByName(text);
            const qint64 id = known && !known.value().isEmpty() ? known.value().constFirst().meta.id : 0;
            addSpeakerRow(id, text, SpeakerRole::Speaker);
        }
        m_speakerPicker->setCurrentIndex(-1);
        m_speakerPicker->clearEditText();
        updateFindings();
    });
    connect(removeSpeaker, &QPushButton::clicked, this, [this] {
        const int row = m_speakers->currentRow();
        if (row >= 0) {
            m_speakers->removeRow(row);
            updateFindings();
        }
    });
    connect(m_scheduled, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        m_timeKnown->setEnabled(on);
        m_time->setEnabled(on && m_timeKnown->isChecked());
        updateFindings();
    });
    connect(m_timeKnown, &QCheckBox::toggled, this, [this](bool on) {
        m_time->setEnabled(on && m_scheduled->isChecked());
        updateFindings();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &TalkEditorDialog::updateFindings);
    connect(m_time, &QTimeEdit::timeChanged, this, &TalkEditorDialog::updateFindings);
    connect(m_duration, qOverload<int>(&QSpinBox::valueChanged), this, &TalkEditorDialog::updateFindings);
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this, &TalkEditorDialog::updateFindings);

    load(talk);
    resize(640, 760);
}

QWidget *TalkEditorDialog::setupChangedElsewhere()
{
    m_changedElsewhere = new QFrame(this);
    m_changedElsewhere->setObjectName(QStringLiteral("changedElsewhere"));
    m_changedElsewhere->setFrameShape(QFrame::StyledPanel);
    m_changedElsewhere->setAutoFillBackground(true);
    QPalette palette = m_changedElsewhere->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::AlternateBase));
    m_changedElsewhere->setPalette(palette);
    m_changedText = new QLabel(m_changedElsewhere);
    m_changedText->setObjectName(QStringLiteral("changedElsewhereText"));
    m_changedText->setWordWrap(true);
    m_takeTheirs = new QPushButton(tr("Use &Their Version"), m_changedElsewhere);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_keepMine = new QPushButton(tr("&Keep Mine"), m_changedElsewhere);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepMine->setToolTip(tr("Save your fields over the other change when you press OK"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_keepMine);
    auto *layout = new QVBoxLayout(m_changedElsewhere);
    layout->addWidget(m_changedText);
    layout->addLayout(buttons);
    m_changedElsewhere->hide();

    connect(m_takeTheirs, &QPushButton::clicked, this, [this] {
        if (m_theirs) {
            m_original = *m_theirs;
            load(*m_theirs);
        }
        resolveChangedElsewhere();
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        if (m_theirs) {
            m_original.meta.version = m_theirs->meta.version; // what is saved goes on top of theirs
        }
        resolveChangedElsewhere();
    });
    if (m_original.meta.id > 0) {
        connect(&m_storage.talks(), &TalkRepository::talkUpdated, this, [this](qint64 id) {
            if (id == m_original.meta.id) {
                showChangedElsewhere(false);
            }
        });
        connect(&m_storage.talks(), &TalkRepository::talkRemoved, this, [this](qint64 id) {
            if (id == m_original.meta.id) {
                showChangedElsewhere(true);
            }
        });
    }
    return m_changedElsewhere;
}

void TalkEditorDialog::showChangedElsewhere(bool removed)
{
    auto latest = m_storage.changeLog().latest({Entity::talk(), m_original.meta.id, {}});
    const QString who = latest && latest.value() ? ChangeLog::describeWriter(*latest.value()) : tr("someone else");
    if (removed) {
        m_theirs.reset();
        m_changedText->setText(
                tr("<b>This talk was deleted by %1</b> while you were editing it. It cannot be saved; Cancel closes the editor.").arg(who.toHtmlEscaped()));
        m_takeTheirs->hide();
        m_keepMine->hide();
    } else {
        auto stored = m_storage.talks().find(m_original.meta.id);
        if (!stored || stored.value().meta.version == m_original.meta.version) {
            return; // our own save, or nothing new
        }
        m_theirs = stored.value();
        const QStringList differences = describeDifferences(m_original, *m_theirs);
        m_changedText->setText(
                tr("<b>This talk was changed by %1</b> while you were editing it. Now: %2. Use their version, or keep yours and save it "
                   "over theirs.")
                        .arg(who.toHtmlEscaped(), differences.isEmpty() ? tr("the same fields as before") : differences.join(QStringLiteral("; "))));
        m_takeTheirs->show();
        m_keepMine->show();
    }
    m_changedElsewhere->show();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void TalkEditorDialog::resolveChangedElsewhere()
{
    m_theirs.reset();
    m_changedElsewhere->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

QStringList TalkEditorDialog::describeDifferences(const Talk &mine, const Talk &theirs)
{
    QStringList out;
    for (const QString &difference : TalkDifferences::describe(mine, theirs)) {
        out << difference.toHtmlEscaped();
    }
    return out;
}

QLineEdit *TalkEditorDialog::urlField(const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(tr("https://…"));
    edit->setClearButtonEnabled(true);
    return edit;
}

void TalkEditorDialog::load(const Talk &talk)
{
    m_title->setText(talk.title);
    int season = talk.season.value_or(0);
    int episode = talk.episode.value_or(0);
    if (talk.meta.id == 0 && !talk.season && !talk.episode) {
        // A new talk: the next episode of the latest season.
        if (auto last = m_storage.talks().lastEpisode(talk.seriesId); last && last.value()) {
            season = last.value()->first;
            episode = last.value()->second + 1;
        } else {
            season = 1;
            episode = 1;
        }
    }
    m_season->setValue(season);
    m_episode->setValue(episode);
    m_scheduled->setChecked(talk.date.isValid());
    m_date->setDate(talk.date.isValid() ? talk.date : QDate::currentDate());
    m_timeKnown->setChecked(talk.startUtc.isValid());
    m_time->setTime(talk.startUtc.isValid() ? talk.startUtc : QTime(18, 0));
    m_date->setEnabled(talk.date.isValid());
    m_timeKnown->setEnabled(talk.date.isValid());
    m_time->setEnabled(talk.date.isValid() && talk.startUtc.isValid());
    m_duration->setValue(talk.durationMinutes);
    m_status->setCurrentIndex(m_status->findData(int(talk.status)));
    for (const TalkSpeaker &speaker : talk.speakers) {
        addSpeakerRow(speaker.speakerId, speaker.name, speaker.role);
    }
    m_topics->setText(talk.topics.join(QStringLiteral(", ")));
    m_streamUrl->setText(talk.streamUrl);
    m_slidesUrl->setText(talk.slidesUrl);
    m_recordingUrl->setText(talk.recordingUrl);
    m_abstract->setPlainText(talk.abstract);
    m_notes->setPlainText(talk.notes);
    updateFindings();
}

void TalkEditorDialog::addSpeakerRow(qint64 id, const QString &name, SpeakerRole role)
{
    const int row = m_speakers->rowCount();
    m_speakers->insertRow(row);
    auto *item = new QTableWidgetItem(id > 0 ? name : tr("%1 (new record)").arg(name));
    item->setData(speakerIdRole, id);
    item->setData(Qt::UserRole + 2, name);
    m_speakers->setItem(row, 0, item);
    auto *roles = new QComboBox(m_speakers);
    for (SpeakerRole r : {SpeakerRole::Speaker, SpeakerRole::Host, SpeakerRole::Moderator}) {
        roles->addItem(displayName(r), int(r));
    }
    roles->setCurrentIndex(roles->findData(int(role)));
    roles->setAccessibleName(tr("Role of %1").arg(name));
    m_speakers->setCellWidget(row, 1, roles);
}

Talk TalkEditorDialog::talk() const
{
    Talk talk = m_original;
    talk.title = m_title->text().trimmed();
    talk.season = m_season->value() > 0 ? std::optional<int>(m_season->value()) : std::nullopt;
    talk.episode = m_episode->value() > 0 ? std::optional<int>(m_episode->value()) : std::nullopt;
    talk.date = m_scheduled->isChecked() ? m_date->date() : QDate();
    talk.startUtc = m_scheduled->isChecked() && m_timeKnown->isChecked() ? QTime(m_time->time().hour(), m_time->time().minute()) : QTime();
    talk.durationMinutes = m_duration->value();
    talk.status = TalkStatus(m_status->currentData().toInt());
    talk.speakers.clear();
    for (int row = 0; row < m_speakers->rowCount(); ++row) {
        const QTableWidgetItem *item = m_speakers->item(row, 0);
        const auto *roles = qobject_cast<QComboBox *>(m_speakers->cellWidget(row, 1));
        talk.speakers.append({item->data(speakerIdRole).toLongLong(), item->data(Qt::UserRole + 2).toString(), SpeakerRole(roles->currentData().toInt())});
    }
    talk.topics.clear();
    const QStringList topics = m_topics->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &topic : topics) {
        if (!topic.trimmed().isEmpty()) {
            talk.topics << topic.trimmed();
        }
    }
    talk.streamUrl = m_streamUrl->text().trimmed();
    talk.slidesUrl = m_slidesUrl->text().trimmed();
    talk.recordingUrl = m_recordingUrl->text().trimmed();
    talk.abstract = m_abstract->toPlainText();
    talk.notes = m_notes->toPlainText();
    return talk;
}

void TalkEditorDialog::updateLocalTimes()
{
    const Talk current = talk();
    const QDateTime start = current.startDateTimeUtc();
    if (!start.isValid()) {
        m_localTimes->setText(current.isScheduled() ? tr("The time is to be announced.") : tr("Not scheduled yet."));
        return;
    }
    const QLocale locale;
    QStringList lines;
    const QDateTime local = start.toLocalTime();
    lines << tr("%1 UTC is %2 your time.").arg(start.time().toString(QStringLiteral("HH:mm")), LocaleFormat::shortDateTime(local));
    for (const TalkSpeaker &speaker : current.speakers) {
        if (speaker.speakerId <= 0) {
            continue;
        }
        auto record = m_storage.speakers().find(speaker.speakerId);
        if (!record || record.value().timeZone.isEmpty()) {
            continue;
        }
        const QTimeZone zone(record.value().timeZone.toUtf8());
        if (!zone.isValid()) {
            continue;
        }
        const QDateTime there = start.toTimeZone(zone);
        const QString day = there.date() != start.date() ? tr(" (%1)").arg(locale.toString(there.date(), QLocale::ShortFormat)) : QString();
        lines << tr("%1 UTC is %2%3 in %4 for %5.")
                         .arg(start.time().toString(QStringLiteral("HH:mm")),
                              LocaleFormat::shortTime(there.time()),
                              day,
                              cityOf(record.value().timeZone),
                              speaker.name);
    }
    m_localTimes->setText(lines.join(QLatin1Char('\n')));
}

void TalkEditorDialog::updateFindings()
{
    updateLocalTimes();
    const Talk current = talk();
    auto findings = m_scheduler.check(current);
    if (!findings) {
        m_findings->setText(findings.error().message.toHtmlEscaped());
        return;
    }
    QStringList items;
    for (const Finding &finding : findings.value()) {
        items << QStringLiteral("%1 %2").arg(finding.isWarning() ? QStringLiteral("⚠") : QStringLiteral("ℹ"), finding.message.toHtmlEscaped());
    }
    m_findings->setText(items.isEmpty() ? QString() : items.join(QStringLiteral("<br>")));
    m_findings->setVisible(!items.isEmpty());
}

QString TalkEditorDialog::findingsText() const
{
    QString text = m_findings->text();
    text.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    return text;
}

QString TalkEditorDialog::localTimesText() const
{
    return m_localTimes->text();
}

void TalkEditorDialog::accept()
{
    const QList<FieldError> errors = talk().validate();
    if (errors.isEmpty()) {
        QDialog::accept();
        return;
    }
    const std::pair<const char *, QWidget *> fields[] = {
            {"title", m_title}, {"duration", m_duration}, {"stream_url", m_streamUrl}, {"slides_url", m_slidesUrl}, {"recording_url", m_recordingUrl}};
    QStringList messages;
    QWidget *first = nullptr;
    for (const FieldError &error : errors) {
        messages << error.message;
        for (const auto &[name, widget] : fields) {
            if (error.field == QLatin1String(name) && !first) {
                first = widget;
            }
        }
    }
    m_errors->setText(messages.join(QLatin1Char('\n')));
    m_errors->show();
    if (first) {
        first->setFocus();
    }
}

} // namespace Lectern
