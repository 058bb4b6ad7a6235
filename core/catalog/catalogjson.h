#pragma once

#include <QJsonObject>

namespace cityops {

class Catalog;

// The whole catalog as one JSON object with the arrays units, groups, indicators, areas,
// stationKinds, stations, statServices and warningRules — the same keys the catalog
// files use, so the output can be read back by people and scripts alike.
QJsonObject catalogToJson(const Catalog& catalog);

} // namespace cityops
