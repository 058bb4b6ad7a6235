#pragma once

#include <QString>

namespace cityops {

// The product speaks Vietnamese first, English second.
enum class Language
{
    Vietnamese,
    English
};

// Text that exists in both languages (names in the catalog, scenario captions…).
struct LocalizedText
{
    QString vi;
    QString en;

    // The text in `language`, falling back to the other language when it is empty.
    const QString& in(Language language) const
    {
        if (language == Language::English)
            return en.isEmpty() ? vi : en;
        return vi.isEmpty() ? en : vi;
    }
    bool isEmpty() const { return vi.isEmpty() && en.isEmpty(); }
};

} // namespace cityops
