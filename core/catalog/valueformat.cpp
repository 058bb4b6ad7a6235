#include "core/catalog/valueformat.h"

#include "core/catalog/catalog.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops {

QString formatNumber(double value, int decimals, const QLocale& locale)
{
    // Show as many decimals as the value needs, up to the indicator's precision:
    // 97 stays "97", 20.69 stays "20,69", 80.44 with 2 decimals stays "80,44".
    int shown = 0;
    while (shown < decimals &&
           std::abs(value * std::pow(10.0, shown) - std::round(value * std::pow(10.0, shown))) > 1e-9)
        ++shown;
    return locale.toString(value, 'f', shown);
}

QString formatValue(double value, const Indicator& indicator, const Unit* unit, bool english,
                    const QLocale& locale)
{
    const QString number = formatNumber(value, std::max(indicator.decimals, 2), locale);
    if (!unit)
        return number;
    const QString symbol =
        english ? unit->display.in(Language::English) : unit->display.in(Language::Vietnamese);
    if (symbol == u"%"_s || symbol == u"‰"_s)
        return number + symbol;
    return number + u" "_s + symbol;
}

QString formatTarget(const Target& target, const Indicator& indicator, const Unit* unit, bool english,
                     const QLocale& locale)
{
    if (target.value)
        return formatValue(*target.value, indicator, unit, english, locale);
    if (target.band) {
        return formatNumber(target.band->low, std::max(indicator.decimals, 2), locale) + u"–"_s +
               formatValue(target.band->high, indicator, unit, english, locale);
    }
    return target.note.in(english ? Language::English : Language::Vietnamese);
}

} // namespace cityops
