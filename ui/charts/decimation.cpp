#include "ui/charts/decimation.h"

namespace cityops::ui {

QList<QPointF> m4Polyline(const std::vector<store::ColumnExtent>& columns, std::int64_t from, std::int64_t to)
{
    QList<QPointF> points;
    if (columns.empty() || to <= from)
        return points;
    points.reserve(qsizetype(columns.size()) * 4);
    const double width = double(to - from) / double(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const store::ColumnExtent& e = columns[c];
        if (e.count == 0)
            continue;
        const double x = double(from) + (double(c) + 0.5) * width;
        points.append(QPointF(x, e.first));
        if (e.count > 1) {
            // Down then up, or up then down: whichever joins the last value without retracing.
            const bool endsHigh = e.last >= (e.min + e.max) / 2;
            points.append(QPointF(x, endsHigh ? e.min : e.max));
            points.append(QPointF(x, endsHigh ? e.max : e.min));
            points.append(QPointF(x, e.last));
        }
    }
    return points;
}

} // namespace cityops::ui
