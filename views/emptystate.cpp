// SPDX-License-Identifier: GPL-2.0-or-later
#include "emptystate.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Lectern {

EmptyState::EmptyState(const QString &iconName, const QString &headline, QWidget *parent)
    : QWidget(parent)
{
    auto *icon = new QLabel(this);
    const QIcon themed = QIcon::fromTheme(iconName);
    if (!themed.isNull()) {
        icon->setPixmap(themed.pixmap(64, 64));
    }
    icon->setAlignment(Qt::AlignCenter);

    m_headline = new QLabel(headline, this);
    m_headline->setObjectName(QStringLiteral("emptyStateHeadline"));
    m_headline->setAlignment(Qt::AlignCenter);
    m_headline->setWordWrap(true);
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_headline->setFont(font);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("emptyStateExplanation"));
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(m_headline);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
}

void EmptyState::setExplanation(const QString &text)
{
    m_explanation->setText(text);
}

QString EmptyState::headline() const
{
    return m_headline->text();
}

QString EmptyState::explanation() const
{
    return m_explanation->text();
}

} // namespace Lectern
