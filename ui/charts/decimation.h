#pragma once

// From per-column extents to the polyline a chart draws: for every non-empty pixel column
// its first, min, max and last value, so that the drawn line covers exactly the vertical
// extent of every point in the column and joins the neighbouring columns where the points
// do ("M4" aggregation, Jugel et al., VLDB 2014). Where the join between two columns stays
// inside both columns' extents, a join between their extremes lights the same pixels, and
// the first and last points are left out: dense data draws 2 points per column, a jump
// keeps its exact join. At most 4 points per column, whatever the number of points.

#include "core/store/seriesstore.h"

#include <QList>
#include <QPointF>

namespace cityops::ui {

// x is the time in ms at the column's centre (the chart's time axis), y the value.
QList<QPointF> m4Polyline(const std::vector<store::ColumnExtent>& columns, std::int64_t from,
                          std::int64_t to);

} // namespace cityops::ui
