#pragma once

#include "core/common/language.h"
#include "ui/theme/theme.h"

#include <QMainWindow>

class QImage;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace cityops::ui {

struct ViewContext;
class GroupPage;
class GroupTile;
class KpiCard;
class DataLossBanner;
class AlarmPanel;
class SupervisorView;
class FeedHealthView;

// The desk window: a header with the city time, a navigation by the 15 data groups (each
// with its state), an overview with the KPI cards and the groups, and a page per group
// (map, indicators, the selected indicator in detail). Menus switch the language at run
// time and load another map layer. It only assembles panels; each panel is its own widget.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ViewContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Demo mode: a banner on the screen the whole time ("DEMO — dữ liệu mô phỏng").
    void setDemoMode(bool on);
    bool isDemoMode() const;
    // What the demo city has written so far (from the demo runner's thread, queued).
    void showDemoProgress(qint64 series, qint64 readings, qint64 latestMs);
    void showDemoFailure(const QString& message);
    void showStatus(const QString& message);
    // Back to what the overview reads, when `message` is the status shown (a problem over).
    void clearStatus(const QString& message);

    // Switches the language of the whole window now (translations, number formats, the
    // catalog's names), keeping the page the user is on.
    void setLanguage(Language language);
    // Loads a GeoJSON layer in place of the built-in schematic map (File menu, --map-layer).
    bool loadMapLayer(const QString& path, QString* error = nullptr);

    // 0: the overview; 1…15: the groups in catalog order; then the alarms.
    void showGroup(int index);
    // The alarm panel (also from the header's alarm button, always in view).
    void showAlarms();
    AlarmPanel* alarmPanel() const { return m_alarmPanel; }
    SupervisorView* supervisorView() const { return m_supervisor; }
    // The feeds this console collects (null when it collects none).
    FeedHealthView* feedHealthView() const { return m_feedHealth; }
    int stackIndexOf(QWidget* page) const;
    // The header's alarm button as it reads ("Cảnh báo: 3 chưa xác nhận").
    QString alarmButtonText() const;
    int currentGroup() const;
    GroupPage* groupPage(const QString& groupId);
    void refreshNow();

    QList<GroupTile*> groupTiles() const;
    QList<KpiCard*> kpiCards() const;
    QString clockText() const;
    QStringList navigationTexts() const;
    // The state mark of navigation row `row` (0: the overview), as drawn.
    QImage navigationMark(int row) const;
    // The loss-of-data banner's text, empty while it is hidden.
    QString dataLossText() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildUi();
    QWidget* buildHeader();
    QWidget* buildOverview();
    QWidget* buildKpiPanel(QWidget* parent);
    QWidget* buildGroupPanel(QWidget* parent);
    void buildMenus();
    void buildSoundMenu();
    void refreshClock();
    void refreshLive();
    void refreshAlarmButton();
    void restyle(bool force = false);
    QString sourceText() const;

    ViewContext& m_context;
    Theme m_theme;
    int m_styledHeight = -1;
    bool m_demo = false;
    QString m_statusText;
    QLabel* m_clockLabel = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_demoBanner = nullptr;
    QLabel* m_groupsTitle = nullptr;
    DataLossBanner* m_lossBanner = nullptr;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<GroupPage*> m_groupPages; // created when first shown
    AlarmPanel* m_alarmPanel = nullptr;
    SupervisorView* m_supervisor = nullptr;
    FeedHealthView* m_feedHealth = nullptr;
    QPushButton* m_alarmButton = nullptr;
    QTimer* m_coalesce = nullptr;
};

} // namespace cityops::ui
