#include "ui/widgets/offscreen.h"

#include "ui/charts/timeserieschart.h"

#include <QApplication>
#include <QWidget>

namespace cityops::ui {

QPixmap renderOffscreen(QWidget& widget, QSize size)
{
    widget.resize(size);
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    widget.show();
    QApplication::processEvents();
    for (TimeSeriesChart* chart : widget.findChildren<TimeSeriesChart*>())
        chart->refreshNow();
    QApplication::processEvents();
    return widget.grab();
}

} // namespace cityops::ui
