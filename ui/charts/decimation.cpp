#include "ui/charts/decimation.h"

#include <cmath>

namespace cityops::ui {

namespace {

bool within(double v, const store::ColumnExtent& e)
{
    return v >= e.min && v <= e.max;
}

} // namespace

QList<QPointF> m4Polyline(const std::vector<store::ColumnExtent>& columns, std::int64_t from, std::int64_t to)
{
    QList<QPointF> points;
    if (columns.empty() || to <= from)
        return points;
    points.reserve(qsizetype(columns.size()) * 4);
    const double width = double(to - from) / double(columns.size());

    // Every point of a column is drawn at the column's x, so inside a column only the
    // vertical extent [min, max] shows: the order of the points there does not matter.
    // What joins two columns does: M4 joins them from the last point of one to the first
    // of the next, as the data does. Where that join and a join between the columns'
    // extremes both stay inside both columns' extents (dense data, the usual case), they
    // light the same pixels, so the first and last points are left out and a column is
    // drawn with 2 points instead of 4. Where the data jumps, the exact join is kept.
    double entry = 0; // the point the current column starts from
    bool enteredAtExtreme = false;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const store::ColumnExtent& e = columns[c];
        if (e.count == 0)
            continue;
        const double x = double(from) + (double(c) + 0.5) * width;
        if (!enteredAtExtreme)
            entry = e.first;

        // Can the join to the next column go between extremes?
        bool exitAtExtreme = false;
        double exit = e.last;
        double nextEntry = 0;
        if (c + 1 < columns.size() && columns[c + 1].count > 0) {
            const store::ColumnExtent& n = columns[c + 1];
            if (within(e.last, n) && within(n.first, e)) {
                // Leave by the extreme that is not where this column was entered (2 points).
                const double preferred = entry == e.min ? e.max : e.min;
                const double other = entry == e.min ? e.min : e.max;
                const double leave = within(preferred, n) ? preferred : within(other, n) ? other : NAN;
                const double arrive = within(n.min, e) ? n.min : within(n.max, e) ? n.max : NAN;
                if (!std::isnan(leave) && !std::isnan(arrive)) {
                    exitAtExtreme = true;
                    exit = leave;
                    nextEntry = arrive;
                }
            }
        }

        // entry, the extremes not yet covered, exit; no point twice in a row.
        const auto add = [&](double y) {
            if (points.isEmpty() || points.constLast() != QPointF(x, y))
                points.append(QPointF(x, y));
        };
        add(entry);
        const double lo = std::min(entry, exit);
        const double hi = std::max(entry, exit);
        const bool needMin = e.min < lo;
        const bool needMax = e.max > hi;
        // Visit the far extreme first when the exit is near the other one.
        if (needMin && needMax) {
            const bool exitHigh = exit >= (e.min + e.max) / 2;
            add(exitHigh ? e.min : e.max);
            add(exitHigh ? e.max : e.min);
        } else if (needMin) {
            add(e.min);
        } else if (needMax) {
            add(e.max);
        }
        add(exit);

        enteredAtExtreme = exitAtExtreme;
        entry = nextEntry;
    }
    return points;
}

} // namespace cityops::ui
