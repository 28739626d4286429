// SPDX-License-Identifier: GPL-2.0-or-later
#include "monthview.h"

#include "chiptext.h"

#include "itemmodels/monthmodel.h"
#include "itemmodels/talkmime.h"
#include "localeformat.h"
#include "monthdelegate.h"
#include "statuscolors.h"

#include <QApplication>
#include <QDrag>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QToolTip>

namespace Lectern {
namespace {
// The one Qt 5/6 seam of this file: Qt 6 reports positions as QPointF.
template<typename Event>
QPoint eventPosition(const Event *event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return event->position().toPoint();
#else
    return event->pos();
#endif
}
} // namespace

MonthView::MonthView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new MonthDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(false); // the cell itself shows where a talk lands
    setShowGrid(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setMouseTracking(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setHighlightSections(false);
    // The weeks' heights come from layoutWeeks(), not from the header.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumSectionSize(1);
    verticalHeader()->setHighlightSections(false);
    verticalHeader()->setToolTip(tr("Week number"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Month calendar"));
    // The arrows move between days; Tab leaves the calendar (no keyboard trap).
    setTabKeyNavigation(false);
    setAccessibleDescription(tr("Arrow keys choose a day, Page Up and Page Down change the month, Enter opens the day's talk."));
    // Model changes come in bursts (a feed of several changes, a month's talks): one layout.
    m_weeksTimer = new QTimer(this);
    m_weeksTimer->setSingleShot(true);
    m_weeksTimer->setInterval(0);
    connect(m_weeksTimer, &QTimer::timeout, this, &MonthView::layoutWeeks);
    connect(horizontalHeader(), &QHeaderView::sectionResized, m_weeksTimer, qOverload<>(&QTimer::start));
}

void MonthView::setMonthModel(MonthModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &MonthModel::monthChanged, this, [this] { viewport()->update(); });
    connect(model, &QAbstractItemModel::modelReset, this, &MonthView::layoutWeeks);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &, const QModelIndex &, const QVector<int> &roles) {
        if (roles.isEmpty() || roles.contains(Qt::DisplayRole)) { // the talks, not today's mark or a slot
            m_weeksTimer->start();
        }
    });
    connect(model, &MonthModel::monthChanged, this, &MonthView::layoutWeeks); // before the first paint
    layoutWeeks();
}

QList<int> MonthView::wantedLines(const QList<Talk> &talks, int cellWidth) const
{
    QList<int> wanted;
    wanted.reserve(talks.size());
    const int width = chipTextWidth(cellWidth);
    for (const Talk &talk : talks) {
        wanted << chipText(talk, font(), width).wantedLines();
    }
    return wanted;
}

void MonthView::layoutWeeks()
{
    if (!m_model || m_model->rowCount() == 0) {
        return;
    }
    const ChipMetrics metrics = chipMetrics();
    QList<int> wanted;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        int week = 0;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            const int cellWidth = visualRect(index).width(); // as the delegate will get it, without the grid line
            const int width = cellWidth > 0 ? cellWidth : viewport()->width() / MonthGrid::days;
            const QList<Talk> talks = m_model->talksOn(m_model->dateOf(index));
            week = qMax(week, wantedCellHeight(wantedLines(talks, width), metrics) + 1); // the grid line
        }
        wanted << week;
    }
    const QList<int> heights = weekHeights(viewport()->height(), wanted, metrics.headerHeight + metrics.chipHeight(1) + 2 * metrics.margin);
    for (int row = 0; row < heights.size(); ++row) {
        if (verticalHeader()->sectionSize(row) != heights.at(row)) {
            verticalHeader()->resizeSection(row, heights.at(row));
        }
    }
}

void MonthView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    layoutWeeks();
    m_weeksTimer->start(); // again once the columns have their new widths
}

void MonthView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_weeksTimer->start();
    }
}

ChipMetrics MonthView::chipMetrics() const
{
    const int line = fontMetrics().height();
    ChipMetrics metrics;
    metrics.headerHeight = line + 6;
    metrics.lineHeight = line;
    metrics.spacing = 2;
    metrics.margin = 3;
    metrics.chipPadding = 4;
    return metrics;
}

int MonthView::chipTextWidth(int cellWidth) const
{
    return cellWidth - 2 * chipMetrics().margin - 10; // the status bar on the left, padding
}

ChipLayout MonthView::chipLayout(const QRect &cell, const QList<Talk> &talks, QList<ChipText> *texts) const
{
    if (!texts) {
        return layoutChips(cell, wantedLines(talks, cell.width()), chipMetrics());
    }
    QList<int> wanted;
    wanted.reserve(talks.size());
    const int width = chipTextWidth(cell.width());
    for (const Talk &talk : talks) {
        texts->append(chipText(talk, font(), width));
        wanted << texts->constLast().wantedLines();
    }
    return layoutChips(cell, wanted, chipMetrics());
}

std::optional<Talk> MonthView::talkAt(const QPoint &position) const
{
    const QModelIndex index = indexAt(position);
    if (!m_model || !index.isValid()) {
        return std::nullopt;
    }
    const QList<Talk> talks = m_model->talksOn(m_model->dateOf(index));
    const ChipLayout layout = chipLayout(visualRect(index), talks);
    const int chip = chipAt(layout, position);
    if (chip < 0) {
        return std::nullopt;
    }
    return talks.at(chip);
}

QDate MonthView::selectedDate() const
{
    return m_model ? m_model->dateOf(currentIndex()) : QDate();
}

void MonthView::selectDate(const QDate &date)
{
    if (!m_model || !date.isValid()) {
        return;
    }
    if (!m_model->grid().isInMonth(date)) {
        m_model->setMonth(date.year(), date.month());
    }
    setCurrentIndex(m_model->indexOf(date));
}

void MonthView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    const QDate date = m_model ? m_model->dateOf(current) : QDate();
    if (date.isValid() && !m_model->grid().isInMonth(date)) {
        // Walking off the month with the arrow keys turns the page.
        QMetaObject::invokeMethod(
                this, [this, date] { selectDate(date); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT selectedDateChanged(date);
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = eventPosition(event);
    m_pressedTalk = event->button() == Qt::LeftButton ? talkAt(eventPosition(event)) : std::nullopt;
    QTableView::mousePressEvent(event);
}

void MonthView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_pressedTalk ||
        (eventPosition(event) - m_pressPosition).manhattanLength() < QApplication::startDragDistance()) {
        QTableView::mouseMoveEvent(event);
        return;
    }
    const Talk talk = *m_pressedTalk;
    m_pressedTalk.reset();
    auto *drag = new QDrag(this);
    drag->setMimeData(TalkMime::encode(TalkMime::talkIdsType(), {talk.meta.id}, {talk.title}));
    // The chip itself follows the pointer.
    const QSize size(qMin(220, columnWidth(0) - 6), chipMetrics().chipHeight(1));
    QPixmap pixmap(size * devicePixelRatioF());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(chipFill(talk.status, palette()));
        painter.setPen(statusColor(talk.status));
        painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 3, 3);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(
                QRect(6, 0, size.width() - 8, size.height()), Qt::AlignVCenter, fontMetrics().elidedText(talk.title, Qt::ElideRight, size.width() - 8));
    }
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(8, size.height() / 2));
    drag->exec(Qt::MoveAction);
    setDropTarget(QModelIndex());
}

void MonthView::mouseReleaseEvent(QMouseEvent *event)
{
    QTableView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_model) {
        return;
    }
    const QModelIndex index = indexAt(eventPosition(event));
    if (!index.isValid()) {
        return;
    }
    const QDate date = m_model->dateOf(index);
    const ChipLayout layout = chipLayout(visualRect(index), m_model->talksOn(date));
    if (chipAt(layout, eventPosition(event)) == -2) {
        showMore(date, viewport()->mapToGlobal(eventPosition(event)));
    }
    m_pressedTalk.reset();
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const auto talk = talkAt(eventPosition(event))) {
        Q_EMIT talkActivated(talk->meta.id);
        return;
    }
    const QModelIndex index = indexAt(eventPosition(event));
    if (m_model && index.isValid()) {
        Q_EMIT newTalkRequested(m_model->dateOf(index));
    }
}

void MonthView::showMore(const QDate &date, const QPoint &popupAt)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("dayTalksMenu"));
    menu.setTitle(QLocale().toString(date, QLocale::LongFormat));
    const QList<Talk> talks = m_model->talksOn(date);
    for (const Talk &talk : talks) {
        const QString time = talk.hasTime() ? talk.startUtc.toString(QStringLiteral("HH:mm")) + QStringLiteral(" UTC") : tr("time TBA");
        QAction *action = menu.addAction(QStringLiteral("%1 — %2").arg(time, talk.title));
        const qint64 id = talk.meta.id;
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT talkActivated(id); });
    }
    menu.exec(popupAt);
}

void MonthView::openDay(const QDate &date, const QPoint &popupAt)
{
    const QList<Talk> talks = m_model->talksOn(date);
    if (talks.isEmpty()) {
        Q_EMIT newTalkRequested(date);
    } else if (talks.size() == 1) {
        Q_EMIT talkActivated(talks.constFirst().meta.id);
    } else {
        showMore(date, popupAt);
    }
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model) {
        QTableView::keyPressEvent(event);
        return;
    }
    const QDate date = selectedDate().isValid() ? selectedDate() : m_model->grid().firstDayOfMonth();
    switch (event->key()) {
    case Qt::Key_PageUp:
        selectDate(date.addMonths(-1));
        return;
    case Qt::Key_PageDown:
        selectDate(date.addMonths(1));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        openDay(date, viewport()->mapToGlobal(visualRect(currentIndex()).center()));
        return;
    default:
        QTableView::keyPressEvent(event);
    }
}

void MonthView::setDropTarget(const QModelIndex &index)
{
    if (QModelIndex(m_dropTarget) == index) {
        return;
    }
    const QModelIndex old = m_dropTarget;
    m_dropTarget = index;
    if (old.isValid()) {
        update(old);
    }
    if (index.isValid()) {
        update(index);
    }
    Q_EMIT dropTargetChanged(m_model ? m_model->dateOf(index) : QDate());
}

void MonthView::dragEnterEvent(QDragEnterEvent *event)
{
    dragMoveEvent(event);
}

void MonthView::dragMoveEvent(QDragMoveEvent *event)
{
    const QModelIndex index = indexAt(eventPosition(event));
    if (m_model && m_model->canDropMimeData(event->mimeData(), event->proposedAction(), -1, -1, index)) {
        setDropTarget(index);
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        setDropTarget(QModelIndex());
        event->ignore();
    }
}

void MonthView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropTarget(QModelIndex());
    event->accept();
}

void MonthView::dropEvent(QDropEvent *event)
{
    const QModelIndex index = indexAt(eventPosition(event));
    setDropTarget(QModelIndex());
    if (!m_model || !m_model->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, index)) {
        event->ignore();
        return;
    }
    // The drag is done whatever the answer; the model (and the scheduler behind it) decides.
    event->setDropAction(Qt::MoveAction);
    event->accept();
    if (m_model->dropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, index)) {
        setCurrentIndex(index);
    }
    // A confirmation dialog may have taken the focus; give it back so the keyboard (and
    // Ctrl+Z) work on the calendar again.
    activateWindow();
    setFocus(Qt::OtherFocusReason);
}

QString MonthView::chipToolTip(const Talk &talk) const
{
    const QLocale locale;
    QString when;
    if (talk.hasTime()) {
        const QDateTime local = talk.startDateTimeUtc().toLocalTime();
        when = tr("%1, %2 UTC (%3 your time)")
                       .arg(locale.toString(talk.date, QLocale::LongFormat),
                            talk.startUtc.toString(QStringLiteral("HH:mm")),
                            LocaleFormat::shortDateTime(local));
    } else {
        when = tr("%1, time to be announced").arg(locale.toString(talk.date, QLocale::LongFormat));
    }
    QStringList speakers;
    for (const TalkSpeaker &speaker : talk.speakers) {
        speakers << (speaker.role == SpeakerRole::Speaker ? speaker.name : QStringLiteral("%1 (%2)").arg(speaker.name, displayName(speaker.role).toLower()));
    }
    QString text = QStringLiteral("<b>%1</b><br>%2<br>%3").arg(talk.title.toHtmlEscaped(), when.toHtmlEscaped(), displayName(talk.status).toHtmlEscaped());
    if (!speakers.isEmpty()) {
        text += QStringLiteral("<br>") + speakers.join(QStringLiteral(", ")).toHtmlEscaped();
    }
    return text;
}

bool MonthView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto talk = talkAt(help->pos())) {
            QToolTip::showText(help->globalPos(), chipToolTip(*talk), viewport(), visualRect(indexAt(help->pos())));
            return true;
        }
    }
    return QTableView::viewportEvent(event);
}

} // namespace Lectern
