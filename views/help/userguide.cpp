// SPDX-License-Identifier: GPL-2.0-or-later
#include "userguide.h"

#include <QDialogButtonBox>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

static void initGuideResources()
{
    Q_INIT_RESOURCE(userguide);
}

namespace Lectern {

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QDialog(parent)
{
    initGuideResources();
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Lectern Handbook"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/doc")});
    // A Markdown source, rendered by Qt; its images are resources beside it.
    m_browser->setSource(QUrl(QStringLiteral("qrc:/doc/USER_GUIDE.md")), QTextDocument::MarkdownResource);
    // Screenshots at a reading width (the height follows), not their full 1024 pixels.
    QTextCursor cursor(m_browser->document());
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (image.isValid()) {
                image.setWidth(720);
                cursor.setPosition(it.fragment().position());
                cursor.setPosition(it.fragment().position() + it.fragment().length(), QTextCursor::KeepAnchor);
                cursor.setCharFormat(image);
            }
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 700);
}

} // namespace Lectern
