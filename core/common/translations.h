#pragma once

#include "core/common/language.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace cityops {

// Parses "vi" / "en" (also "vi_VN", "en-GB"); nullopt for anything else.
std::optional<Language> parseLanguage(const QString& code);
QString languageCode(Language language);

// The value of "--lang X" / "--lang=X" in raw command-line arguments, so a program can
// install its translations before it builds its help texts. Empty when absent.
QString languageArgument(const QStringList& arguments);

// Installs the CityOps translations (":/i18n/cityops_<lang>.qm") and Qt's own for
// `language` into `app`, and sets the default QLocale to match (number and date format:
// 1.234,5 in Vietnamese, 1,234.5 in English). Returns false if CityOps' own file is
// missing, which means a broken build.
bool installTranslations(QCoreApplication& app, Language language);

} // namespace cityops
