// SPDX-License-Identifier: GPL-2.0-or-later
#include "welcomepage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace Lectern {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Welcome to Lectern"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    title->setFont(titleFont);

    auto *intro = new QLabel(tr("Lectern keeps the schedule, proposals and speakers of a talk series. How would you like to start?"), this);
    intro->setWordWrap(true);

    auto *sample = new QCommandLinkButton(
            tr("Explore the sample series"), tr("Sixteen real talks from 2019 and 2020 with their speakers, and a list of nominations to review."), this);
    sample->setObjectName(QStringLiteral("sampleSeriesButton"));
    auto *empty = new QCommandLinkButton(tr("Start an empty series"), tr("A new database for your own talk series."), this);
    empty->setObjectName(QStringLiteral("emptySeriesButton"));
    auto *open = new QCommandLinkButton(tr("Open an existing database…"), tr("A Lectern database file you already have."), this);
    open->setObjectName(QStringLiteral("openDatabaseButton"));

    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_where->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    m_where->setPalette(muted);

    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(sample);
    column->addWidget(empty);
    column->addWidget(open);
    column->addSpacing(12);
    column->addWidget(m_where);
    column->addStretch(2);

    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 3);
    layout->addStretch(1);

    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleSeriesRequested);
    connect(empty, &QPushButton::clicked, this, &WelcomePage::emptySeriesRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
}

void WelcomePage::setDatabasePath(const QString &path)
{
    m_where->setText(tr("The new database will be saved as %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace Lectern
