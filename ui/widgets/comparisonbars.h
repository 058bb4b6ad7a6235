#pragma once

#include "core/status/status.h"
#include "ui/theme/theme.h"

#include <QWidget>

namespace cityops::ui {

// Horizontal bars, one per place, the selected one outlined; bars take their alarm colour
// only when their value is abnormal.
class ComparisonBars final : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString key;
        QString label;
        double value = 0;
        QString text;
        status::Level level = status::Level::Normal;
        bool stale = false;
    };
    explicit ComparisonBars(const Theme& theme, QWidget* parent = nullptr);
    void setBars(const QList<Bar>& bars, const QString& selected);
    const QList<Bar>& bars() const { return m_bars; }
    QSize sizeHint() const override;

signals:
    void barClicked(const QString& key);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    int rowHeight() const;
    const Theme& m_theme;
    QList<Bar> m_bars;
    QString m_selected;
};

} // namespace cityops::ui
