#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cityops {

// A linear conversion between two UCUM unit codes: to = from × scale + offset.
struct UnitConversion
{
    QString from;
    QString to;
    double scale = 1;
    double offset = 0;

    double apply(double v) const { return v * scale + offset; }
};

// The conversion from one unit to another; identity when they are equal; nullopt when
// CityOps does not know one (units of different kinds are never converted).
std::optional<UnitConversion> findUnitConversion(const QString& from, const QString& to);

// Every conversion CityOps knows, for documentation and `cityops-cli ingest --help`.
const QList<UnitConversion>& knownUnitConversions();

} // namespace cityops
