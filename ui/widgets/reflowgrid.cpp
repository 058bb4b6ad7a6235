#include "ui/widgets/reflowgrid.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

namespace cityops::ui {

namespace {
constexpr int kSpacing = 8;
} // namespace

ReflowGrid::ReflowGrid(int maximumColumns, int minimumItemWidth, QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_maximumColumns(std::max(1, maximumColumns))
    , m_minimumItemWidth(minimumItemWidth)
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(kSpacing);
}

void ReflowGrid::addItem(QWidget* item)
{
    item->setParent(this);
    m_items << item;
    relayout(m_columns > 0 ? m_columns : m_maximumColumns);
}

void ReflowGrid::setRowsStretch(bool on)
{
    m_rowsStretch = on;
    relayout(m_columns > 0 ? m_columns : m_maximumColumns);
}

int ReflowGrid::columnsFor(int width) const
{
    int widest = m_minimumItemWidth; // and never narrower than an item can be
    for (const QWidget* item : m_items)
        widest = std::max(widest, item->minimumSizeHint().width());
    const int fit = (width + kSpacing) / std::max(1, widest + kSpacing);
    return std::clamp(fit, 1, m_maximumColumns);
}

void ReflowGrid::relayout(int columns)
{
    columns = std::clamp(columns, 1, m_maximumColumns);
    for (QWidget* item : m_items)
        m_grid->removeWidget(item);
    for (int c = 0; c < m_maximumColumns; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    const int rows = (int(m_items.size()) + columns - 1) / columns;
    for (int r = 0; r < std::max(rows, m_grid->rowCount()); ++r)
        m_grid->setRowStretch(r, m_rowsStretch && r < rows ? 1 : 0);
    for (qsizetype i = 0; i < m_items.size(); ++i)
        m_grid->addWidget(m_items[i], int(i) / columns, int(i) % columns);
    m_columns = columns;
}

void ReflowGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int columns = columnsFor(event->size().width());
    if (columns != m_columns)
        relayout(columns);
}

} // namespace cityops::ui
