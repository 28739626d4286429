// SPDX-License-Identifier: GPL-2.0-or-later
#include "seriesdialog.h"

#include "history.h"
#include "schedule/rhythm.h"
#include "schedule/slots.h"
#include "storage/storage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Lectern {
namespace {
const char *const dayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

// The patterns offered in words; %1 is the weekday's RRULE code.
const char *const patternRules[] = {
        "FREQ=MONTHLY;BYDAY=-1%1",
        "FREQ=MONTHLY;BYDAY=1%1",
        "FREQ=MONTHLY;BYDAY=2%1",
        "FREQ=MONTHLY;BYDAY=3%1",
        "FREQ=MONTHLY;BYDAY=4%1",
        "FREQ=WEEKLY;BYDAY=%1",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=%1",
};
constexpr int noRhythm = -1;
constexpr int customRule = -2;

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[\\n,]")), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}
} // namespace

SeriesDialog::SeriesDialog(Storage &storage, QUndoStack &undoStack, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_undoStack(undoStack)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("seriesDialog"));
    setWindowTitle(mode == Mode::FirstRun ? tr("Start a Series") : tr("Configure Series"));
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::FirstRun) {
        auto *intro = new QLabel(tr("<b>Your talk series</b><br>What you know now is enough: every field can be filled in later "
                                    "(Settings → Configure Series…)."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addWidget(setupRhythm());
    layout->addWidget(setupAnnouncements());
    QWidget *planning = setupPlanning();
    layout->addWidget(planning);
    planning->setVisible(mode == Mode::Full);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("seriesProblem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53)); // Breeze negative text
    m_problem->setPalette(palette);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (mode == Mode::FirstRun) {
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Later"));
    }
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SeriesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto current = SeriesOperations::currentSeries(storage);
    if (current) {
        m_before = current.value();
        load(m_before);
    } else {
        m_problem->setText(current.error().message);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    for (QLineEdit *field : {m_name, m_rule, m_stream, m_chat, m_senderName, m_senderEmail, m_worldTimes, m_holidays}) {
        connect(field, &QLineEdit::textChanged, this, &SeriesDialog::update);
    }
    connect(m_lists, &QPlainTextEdit::textChanged, this, &SeriesDialog::update);
    connect(m_weekday, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        fillPatterns();
        update();
    });
    connect(m_pattern, qOverload<int>(&QComboBox::currentIndexChanged), this, &SeriesDialog::update);
    connect(m_time, &QTimeEdit::timeChanged, this, &SeriesDialog::update);
    connect(m_duration, qOverload<int>(&QSpinBox::valueChanged), this, &SeriesDialog::update);
    connect(m_horizon, qOverload<int>(&QSpinBox::valueChanged), this, &SeriesDialog::update);
    update();
    resize(620, sizeHint().height());
}

QWidget *SeriesDialog::setupRhythm()
{
    auto *box = new QGroupBox(tr("The series"), this);
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("seriesName"));
    m_name->setPlaceholderText(tr("Tech Talks"));
    form->addRow(tr("&Name:"), m_name);

    m_weekday = new QComboBox(box);
    m_weekday->setObjectName(QStringLiteral("seriesWeekday"));
    for (int day = 1; day <= 7; ++day) {
        m_weekday->addItem(QLocale().dayName(day), day);
    }
    m_pattern = new QComboBox(box);
    m_pattern->setObjectName(QStringLiteral("seriesPattern"));
    m_rule = new QLineEdit(box);
    m_rule->setObjectName(QStringLiteral("seriesRule"));
    m_rule->setPlaceholderText(QStringLiteral("FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2"));
    m_rule->setToolTip(tr("An RFC 5545 recurrence rule, as calendar programs write them"));
    auto *rhythmRow = new QHBoxLayout;
    rhythmRow->addWidget(m_pattern, 2);
    rhythmRow->addWidget(m_weekday, 1);
    auto *rhythmLabel = new QLabel(tr("&Rhythm:"), box);
    rhythmLabel->setBuddy(m_pattern);
    form->addRow(rhythmLabel, rhythmRow);
    form->addRow(QString(), m_rule);
    m_nextDates = new QLabel(box);
    m_nextDates->setObjectName(QStringLiteral("seriesNextDates"));
    m_nextDates->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_nextDates);

    m_time = new QTimeEdit(box);
    m_time->setObjectName(QStringLiteral("seriesTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_localTime = new QLabel(box);
    m_localTime->setObjectName(QStringLiteral("seriesLocalTime"));
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_time);
    timeRow->addWidget(new QLabel(tr("UTC"), box));
    timeRow->addWidget(m_localTime, 1);
    auto *timeLabel = new QLabel(tr("Usual &time:"), box);
    timeLabel->setBuddy(m_time);
    form->addRow(timeLabel, timeRow);
    m_duration = new QSpinBox(box);
    m_duration->setObjectName(QStringLiteral("seriesDuration"));
    m_duration->setRange(1, 24 * 60);
    m_duration->setSuffix(tr(" minutes"));
    form->addRow(tr("&Length:"), m_duration);
    m_stream = new QLineEdit(box);
    m_stream->setObjectName(QStringLiteral("seriesStream"));
    m_stream->setPlaceholderText(tr("https://… (optional)"));
    form->addRow(tr("&Stream:"), m_stream);
    m_chat = new QLineEdit(box);
    m_chat->setObjectName(QStringLiteral("seriesChat"));
    m_chat->setPlaceholderText(tr("#channel (optional)"));
    form->addRow(tr("&Chat:"), m_chat);
    return box;
}

QWidget *SeriesDialog::setupAnnouncements()
{
    auto *box = new QGroupBox(tr("Announcements"), this);
    auto *form = new QFormLayout(box);
    m_lists = new QPlainTextEdit(box);
    m_lists->setObjectName(QStringLiteral("seriesLists"));
    m_lists->setPlaceholderText(tr("One address per line (optional)"));
    m_lists->setTabChangesFocus(true);
    m_lists->setMaximumHeight(m_lists->fontMetrics().height() * 4);
    form->addRow(tr("&Mailing lists:"), m_lists);
    m_senderName = new QLineEdit(box);
    m_senderName->setObjectName(QStringLiteral("seriesSenderName"));
    form->addRow(tr("Sender n&ame:"), m_senderName);
    m_senderEmail = new QLineEdit(box);
    m_senderEmail->setObjectName(QStringLiteral("seriesSenderEmail"));
    form->addRow(tr("Sender a&ddress:"), m_senderEmail);
    return box;
}

QWidget *SeriesDialog::setupPlanning()
{
    auto *box = new QGroupBox(tr("Planning"), this);
    auto *form = new QFormLayout(box);
    m_worldTimes = new QLineEdit(box);
    m_worldTimes->setObjectName(QStringLiteral("seriesWorldTimes"));
    m_worldTimes->setToolTip(tr("Time zones (IANA names) whose local time the announcement shows"));
    m_worldTimes->setPlaceholderText(tr("Europe/Berlin, America/New_York"));
    form->addRow(tr("&World times:"), m_worldTimes);
    m_horizon = new QSpinBox(box);
    m_horizon->setObjectName(QStringLiteral("seriesHorizon"));
    m_horizon->setRange(1, 24);
    m_horizon->setSuffix(tr(" months ahead"));
    form->addRow(tr("&Planned:"), m_horizon);
    m_holidays = new QLineEdit(box);
    m_holidays->setObjectName(QStringLiteral("seriesHolidays"));
    m_holidays->setPlaceholderText(tr("de, us_en-us"));
    m_holidays->setToolTip(tr("Countries or regions whose public holidays the schedule warns about"));
    form->addRow(tr("&Holidays of:"), m_holidays);
    return box;
}

void SeriesDialog::load(const SeriesOperations::SeriesEdit &edit)
{
    const Series &s = edit.series;
    m_name->setText(s.name);
    // The rhythm: one of the offered patterns when it is one, else the rule as it is.
    int weekday = 3;
    int pattern = s.recurrenceRule.isEmpty() ? noRhythm : customRule;
    for (int day = 1; day <= 7 && pattern == customRule; ++day) {
        for (int i = 0; i < int(std::size(patternRules)); ++i) {
            if (QString::fromLatin1(patternRules[i]).arg(QLatin1String(dayCodes[day - 1])) == s.recurrenceRule) {
                weekday = day;
                pattern = i;
            }
        }
    }
    m_weekday->setCurrentIndex(weekday - 1);
    fillPatterns();
    m_pattern->setCurrentIndex(m_pattern->findData(pattern));
    m_rule->setText(pattern == customRule ? s.recurrenceRule : QString());
    m_time->setTime(s.defaultStartUtc.isValid() ? s.defaultStartUtc : QTime(18, 0));
    m_duration->setValue(s.defaultDurationMinutes);
    m_stream->setText(s.streamUrl);
    m_chat->setText(s.chatChannel);
    m_lists->setPlainText(s.mailingLists.join(QLatin1Char('\n')));
    m_senderName->setText(s.organizerName);
    m_senderEmail->setText(s.organizerEmail);
    m_worldTimes->setText(edit.worldTimes.join(QStringLiteral(", ")));
    m_horizon->setValue(s.horizonMonths);
    m_holidays->setText(s.holidayRegions.join(QStringLiteral(", ")));
}

void SeriesDialog::fillPatterns()
{
    const int chosen = m_pattern->currentData().isValid() ? m_pattern->currentData().toInt() : noRhythm;
    const QString code = QLatin1String(dayCodes[qBound(0, m_weekday->currentIndex(), 6)]);
    const QSignalBlocker blocker(m_pattern);
    m_pattern->clear();
    m_pattern->addItem(tr("No fixed rhythm"), noRhythm);
    for (int i = 0; i < int(std::size(patternRules)); ++i) {
        auto rhythm = Rhythm::parse(QString::fromLatin1(patternRules[i]).arg(code), QDate::currentDate());
        if (rhythm) {
            m_pattern->addItem(rhythm.value().describe(), i);
        }
    }
    m_pattern->addItem(tr("Another rule (RRULE)…"), customRule);
    m_pattern->setCurrentIndex(qMax(0, m_pattern->findData(chosen)));
}

QString SeriesDialog::chosenRule() const
{
    const int pattern = m_pattern->currentData().toInt();
    if (pattern == noRhythm) {
        return QString();
    }
    if (pattern == customRule) {
        return m_rule->text().trimmed();
    }
    return QString::fromLatin1(patternRules[pattern]).arg(QLatin1String(dayCodes[qBound(0, m_weekday->currentIndex(), 6)]));
}

SeriesOperations::SeriesEdit SeriesDialog::edited() const
{
    SeriesOperations::SeriesEdit edit = m_before;
    Series &s = edit.series;
    s.name = m_name->text().trimmed();
    s.recurrenceRule = chosenRule();
    if (s.recurrenceRule.isEmpty()) {
        s.recurrenceStart = QDate();
    } else if (s.recurrenceRule != m_before.series.recurrenceRule || !s.recurrenceStart.isValid()) {
        s.recurrenceStart = QDate::currentDate(); // a new rhythm counts from today
    }
    s.defaultStartUtc = m_time->time();
    s.defaultDurationMinutes = m_duration->value();
    s.streamUrl = m_stream->text().trimmed();
    s.chatChannel = m_chat->text().trimmed();
    s.mailingLists = splitList(m_lists->toPlainText());
    s.organizerName = m_senderName->text().trimmed();
    s.organizerEmail = m_senderEmail->text().trimmed();
    edit.worldTimes = splitList(m_worldTimes->text());
    s.horizonMonths = m_horizon->value();
    auto regions = Holidays::normalizeRegions(splitList(m_holidays->text()));
    s.holidayRegions = regions ? regions.value() : splitList(m_holidays->text());
    return edit;
}

QString SeriesDialog::problem() const
{
    auto ok = SeriesOperations::validate(edited());
    return ok ? QString() : ok.error().message;
}

QString SeriesDialog::nextDatesText() const
{
    return m_nextDates->text();
}

QString SeriesDialog::localTimeText() const
{
    return m_localTime->text();
}

void SeriesDialog::update()
{
    m_weekday->setVisible(m_pattern->currentData().toInt() >= 0);
    m_rule->setVisible(m_pattern->currentData().toInt() == customRule);
    const SeriesOperations::SeriesEdit edit = edited();
    const auto rhythm = Rhythm::parse(edit.series.recurrenceRule, edit.series.recurrenceStart);
    const QDate today = QDate::currentDate();
    QStringList next;
    if (rhythm && !rhythm.value().isEmpty()) {
        for (const QDate &date : rhythm.value().dates(today, Slots::horizonEnd(today, edit.series.horizonMonths)).mid(0, 3)) {
            next << QLocale().toString(date, date.year() == today.year() ? QStringLiteral("ddd d MMM") : QStringLiteral("ddd d MMM yy"));
        }
    }
    m_nextDates->setText(next.isEmpty() ? QString() : tr("Next: %1").arg(next.join(QStringLiteral(", "))));
    m_nextDates->setVisible(!next.isEmpty());
    // The usual time where the coordinator is, on the next date (daylight saving time included).
    const QDate on = rhythm && !rhythm.value().isEmpty() ? rhythm.value().dates(today, today.addYears(1)).value(0, today) : today;
    const QDateTime local = QDateTime(on, m_time->time(), Qt::UTC).toTimeZone(QTimeZone::systemTimeZone());
    m_localTime->setText(tr("= %1 your time (%2)").arg(local.time().toString(QStringLiteral("HH:mm")), QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    const QString found = problem();
    m_problem->setText(found);
    m_problem->setVisible(!found.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

void SeriesDialog::accept()
{
    const SeriesOperations::SeriesEdit after = edited();
    auto change = SeriesOperations::editSeries(m_storage, m_before, after);
    if (!change) {
        m_problem->setText(change.error().message);
        m_problem->show();
        return;
    }
    auto ok = History::run(
            m_undoStack, std::move(change).value(), [](const Error &error) { QMessageBox::warning(nullptr, tr("The series was not changed"), error.message); });
    if (!ok) {
        m_problem->setText(ok.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Lectern
