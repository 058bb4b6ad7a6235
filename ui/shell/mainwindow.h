#pragma once

#include "core/common/language.h"
#include "ui/theme/theme.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace cityops {
class Catalog;
class Clock;
} // namespace cityops

namespace cityops::ui {

class GroupTile;
class KpiCard;

// The first window: a header with the city time, the KPI cards of the published
// figures, and the data groups as tiles with their indicators. It only assembles
// panels; each panel is its own widget.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(std::shared_ptr<const Catalog> catalog, const Clock& clock, Language language,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Demo mode: a banner on the screen the whole time ("DEMO — dữ liệu mô phỏng").
    void setDemoMode(bool on);
    bool isDemoMode() const;
    // What the demo city has written so far (from the demo runner's thread, queued).
    void showDemoProgress(qint64 series, qint64 readings, qint64 latestMs);
    void showDemoFailure(const QString& message);

    QList<GroupTile*> groupTiles() const;
    QList<KpiCard*> kpiCards() const;
    QString clockText() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildKpiPanel();
    QWidget* buildGroupPanel();
    void refreshClock();
    void restyle();

    std::shared_ptr<const Catalog> m_catalog;
    const Clock& m_clock;
    Language m_language;
    Theme m_theme;
    int m_styledHeight = -1;
    QLabel* m_clockLabel = nullptr;
    QLabel* m_demoBanner = nullptr;
    QLabel* m_groupsTitle = nullptr;
};

} // namespace cityops::ui
