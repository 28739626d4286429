// SPDX-License-Identifier: GPL-2.0-or-later
#include "librarymessages.h"

#include "lectern_import_debug.h"

#include <QString>

#include <cstring>

namespace Lectern {
namespace {
QtMessageHandler previousHandler = nullptr;

void toImportCategory(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && std::strcmp(context.category, "default") == 0) {
        qCDebug(LECTERN_IMPORT).noquote() << "library:" << message;
        return;
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}
} // namespace

LibraryMessages::LibraryMessages()
    : m_previous(qInstallMessageHandler(toImportCategory))
{
    previousHandler = m_previous;
}

LibraryMessages::~LibraryMessages()
{
    qInstallMessageHandler(m_previous);
    previousHandler = nullptr;
}

} // namespace Lectern
