#pragma once

// A statistic in one line, the way a wall tile or a card's header shows it: the figure
// (with its unit, in the reader's language) and what it is about ("highest: Hải Châu",
// "×2.02 the national 48 %"). The rule for each kind lives here, not in the widgets: a rank
// shows its first place, a share its largest, a change the place that moved most, a rolling
// or cumulative series its latest value, a profile its peak, places compared by
// aggregate the worst of them (by the indicator's bad direction).

#include "core/catalog/catalog.h"
#include "core/stats/statresult.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cityops::stats {

struct Headline
{
    QString value;                // "3 ngày", "97 %", "+12,5 %"; "—" when there is no figure
    QString detail;               // what the figure is about, or why there is none
    std::optional<double> number; // the figure itself
    QString place;                // the place the figure belongs to, when it is one place's
};

Headline headline(const Catalog& catalog, const StatService& service, const StatResult& result,
                  Language language);

// The target a person looks at now: the first year still ahead, else the latest one gone by
// (rows of a target result with a figure).
std::optional<QJsonObject> currentTarget(const StatResult& result);

// A place's name in `language` (an area, a station, or the id when the catalog has neither).
QString placeName(const Catalog& catalog, const QString& place, Language language);

} // namespace cityops::stats
