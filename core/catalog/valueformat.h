#pragma once

#include <QLocale>
#include <QString>

namespace cityops {

struct Indicator;
struct Target;
struct Unit;

// "97 %" → "97%", "20,69%" (vi) / "20.69%" (en), "2,3 DN/1.000 dân", "52 cm": a value with
// the indicator's decimals, the locale's separators and the unit's display form.
QString formatNumber(double value, int decimals, const QLocale& locale = QLocale());
QString formatValue(double value, const Indicator& indicator, const Unit* unit, bool english,
                    const QLocale& locale = QLocale());
// A target as people read it: "70%", "35–40%", or its note when the source gave no figure.
QString formatTarget(const Target& target, const Indicator& indicator, const Unit* unit, bool english,
                     const QLocale& locale = QLocale());

} // namespace cityops
