// SPDX-License-Identifier: GPL-2.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(translations);
}

namespace Lectern::Translations {
namespace {
// lupdate names a context after the namespace or class a tr() call sits in
// ("Lectern::ProposalFile"); helper functions in files without a QObject ask for a shorter one
// ("ProposalFile"). Looking in both, and in the namespace's own context, finds every message.
class ContextTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override
    {
        QString found = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!found.isEmpty() || !context) {
            return found;
        }
        if (std::strncmp(context, "Lectern::", 9) != 0) {
            found = QTranslator::translate(QByteArray("Lectern::").append(context).constData(), sourceText, disambiguation, n);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return QTranslator::translate("Lectern", sourceText, disambiguation, n);
    }
};

QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}
} // namespace

QStringList available()
{
    initTranslationResources();
    QStringList languages;
    QDirIterator it(QStringLiteral(":/i18n"), {QStringLiteral("lectern_*.qm")});
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).completeBaseName().mid(8); // after "lectern_"
        if (name != QLatin1String("en")) {
            languages << name;
        }
    }
    languages.sort();
    return languages;
}

QString install(QCoreApplication &app, const QString &language)
{
    initTranslationResources();
    QLocale locale;
    if (!language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale); // dates, times and the first day of the week follow
    }
    auto *lectern = new ContextTranslator(&app);
    // For the system locale this tries each of its interface languages in turn; English has a
    // file of its own, for plural forms only ("1 proposal", "2 proposals").
    if (!lectern->load(locale, QStringLiteral("lectern"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete lectern;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(lectern);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslationsPath())) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    const QString loaded = QFileInfo(lectern->filePath()).completeBaseName().mid(8);
    return loaded.isEmpty() ? QStringLiteral("en") : loaded;
}

} // namespace Lectern::Translations
