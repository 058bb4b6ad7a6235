#include "core/common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace cityops {

namespace {

// Qt's own strings a person reads in our programs (--help and command-line errors of
// QCommandLineParser). Debian ships no Vietnamese qtbase translation, so our own files
// carry them, under Qt's context; lupdate collects them from here.
[[maybe_unused]] constexpr const char* kQtStrings[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

} // namespace

std::optional<Language> parseLanguage(const QString& code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == u"vi"_s || lower.startsWith(u"vi_"_s) || lower.startsWith(u"vi-"_s))
        return Language::Vietnamese;
    if (lower == u"en"_s || lower.startsWith(u"en_"_s) || lower.startsWith(u"en-"_s))
        return Language::English;
    return std::nullopt;
}

QString languageCode(Language language)
{
    return language == Language::English ? u"en"_s : u"vi"_s;
}

QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--lang"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--lang="_s))
            return arg.mid(7);
    }
    return {};
}

bool installTranslations(QCoreApplication& app, Language language)
{
    const QLocale locale(language == Language::English ? QLocale::English : QLocale::Vietnamese,
                         language == Language::English ? QLocale::UnitedStates : QLocale::Vietnam);
    QLocale::setDefault(locale);

    // A switch at run time replaces the previous language's translators: an untranslated
    // English string must not fall through to the Vietnamese file installed before it.
    for (QTranslator* previous :
         app.findChildren<QTranslator*>(u"cityops-translation"_s, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }

    // Qt's own strings (standard buttons, --help of QCommandLineParser) where available.
    auto* qtTranslator = new QTranslator(&app);
    qtTranslator->setObjectName(u"cityops-translation"_s);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* translator = new QTranslator(&app);
    translator->setObjectName(u"cityops-translation"_s);
    if (!translator->load(u":/i18n/cityops_"_s + languageCode(language) + u".qm"_s)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace cityops
