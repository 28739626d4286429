// SPDX-License-Identifier: GPL-2.0-or-later
#include "iconsetup.h"

#include <QApplication>
#include <QIcon>

// Resources of a static library are registered by hand (the linker may drop them otherwise),
// and from the global namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace Lectern {

void setUpIcons()
{
    initIconResources();
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(QStringLiteral(":/icons"))) {
        paths << QStringLiteral(":/icons");
        QIcon::setThemeSearchPaths(paths);
    }
    // The desktop's theme first; what it lacks (or everything, without a theme) from ours.
    QIcon::setFallbackThemeName(QStringLiteral("fallback"));
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor")) {
        QIcon::setThemeName(QStringLiteral("fallback"));
    }
    // A theme icon (the installed one, or ours in the fallback theme) is read when first drawn,
    // not at start-up.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.lectern.Lectern")));
}

} // namespace Lectern
