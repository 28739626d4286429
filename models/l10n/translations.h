// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Lectern's interface languages: the translations built into the program (translations/*.ts,
// compiled to .qm and embedded), plus Qt's own for its standard dialogs and buttons.
namespace Lectern::Translations {

// The languages Lectern is translated into, as codes ("de", "fr"); English is the source.
QStringList available();

// Installs the translators for `language` ("de", "fr", "en"), or for the system's interface
// languages when it is empty; with a language given, dates, times and the week's first day
// follow it too. Returns the language used, or "en" when none of them is translated.
QString install(QCoreApplication &app, const QString &language = QString());

} // namespace Lectern::Translations
