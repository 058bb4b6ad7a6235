#pragma once

// A grid of equal cells that reflows to the width it is given: as many columns as fit, each
// at least `minimumItemWidth` and never narrower than an item's minimum, at most a maximum. The desk's
// overview at 1920×1080 and at 1366×768 shows the same cards in 8 or in 5 columns, never cut off on the right
// and never squeezed into clipping.

#include <QList>
#include <QWidget>

class QGridLayout;

namespace cityops::ui {

class ReflowGrid final : public QWidget
{
    Q_OBJECT
public:
    ReflowGrid(int maximumColumns, int minimumItemWidth, QWidget* parent = nullptr);

    void addItem(QWidget* item);
    int columns() const { return m_columns; }
    // Rows stretch to share the height (the group tiles) or keep their natural height.
    void setRowsStretch(bool on);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int columnsFor(int width) const;
    void relayout(int columns);

    QGridLayout* m_grid = nullptr;
    QList<QWidget*> m_items;
    int m_maximumColumns;
    int m_minimumItemWidth;
    int m_columns = 0;
    bool m_rowsStretch = false;
};

} // namespace cityops::ui
