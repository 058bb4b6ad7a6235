#pragma once

// The small chart of a statistic's rows: lines over time (rolling, cumulative, buckets,
// one line per place), columns over keys (a profile: hours, weekdays, months), or a gauge
// of a value against its target. Drawn in the theme's neutral colours: several places are
// shades of one hue, never alarm colours. Nothing here computes: it draws what it is given.

#include "ui/theme/theme.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <optional>

namespace cityops::ui {

class StatChart final : public QWidget
{
    Q_OBJECT
public:
    struct Line
    {
        QString label;
        QList<QPointF> points; // x: UTC ms (time) or a key (columns)
    };
    enum class Mode
    {
        Lines,   // x is time
        Columns, // x is a key; keyLabel names it
        Gauge,   // value against target (and the projection)
    };

    explicit StatChart(const Theme& theme, QWidget* parent = nullptr);

    void setLines(const QList<Line>& lines, const QString& unit);
    void setColumns(const QList<Line>& lines, const QStringList& keyLabels, const QString& unit);
    // 0 … target on a bar; `projected` marks where the trend ends the target year.
    void setGauge(double value, double target, std::optional<double> projected, const QString& valueText,
                  const QString& targetText);
    void clear();

    Mode mode() const { return m_mode; }
    const QList<Line>& lines() const { return m_lines; }
    QSize sizeHint() const override { return {420, 170}; }
    QSize minimumSizeHint() const override { return {200, 110}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintLines(class QPainter& p, const QRectF& plot);
    void paintGauge(class QPainter& p);
    QColor lineColour(qsizetype i) const;

    const Theme& m_theme;
    Mode m_mode = Mode::Lines;
    QList<Line> m_lines;
    QStringList m_keyLabels;
    QString m_unit;
    double m_value = 0;
    double m_target = 0;
    std::optional<double> m_projected;
    QString m_valueText;
    QString m_targetText;
};

} // namespace cityops::ui
