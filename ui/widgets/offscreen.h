#pragma once

#include <QPixmap>
#include <QSize>

class QWidget;

namespace cityops::ui {

// Lays `widget` out at `size` without putting it on a screen, draws every chart now
// (instead of on their coalescing timers) and returns the frame: screenshots, tests and
// benchmarks see what a person would.
QPixmap renderOffscreen(QWidget& widget, QSize size);

} // namespace cityops::ui
