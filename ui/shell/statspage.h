#pragma once

// The desk's statistics view of a data group ("Thống kê"): every service of the group as a
// card — its headline figure and what it is about, drawn the way that fits it (bars for
// places compared, ranked or shared; a line for rolling, cumulative and bucketed series;
// columns for a profile; a gauge against the target or the national figure), its formula
// in words, its provenance one click away, and its result exported as CSV. The services
// run on the StatsRunner's thread; the cards fill in as results arrive. A district chosen
// on the map filters the rows of the services that have places.

#include "core/catalog/catalog.h"
#include "core/stats/statresult.h"

#include <QFrame>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace cityops::ui {

struct ViewContext;
class ComparisonBars;
class FitLabel;
class ReflowGrid;
class StatChart;

class StatCard final : public QFrame
{
    Q_OBJECT
public:
    StatCard(const ViewContext& context, const StatService& service, QWidget* parent = nullptr);

    void setResult(const stats::StatResult& result);
    void setFailed(const QString& message);
    // Keeps the rows of the district's places (and its stations); empty: the whole city.
    void setArea(const QString& area);

    QString serviceId() const { return m_service.id; }
    bool hasResult() const { return m_result.has_value(); }
    QString valueText() const;
    QString detailText() const;
    // What the provenance dialog shows.
    QString provenanceText() const;
    // The result as shown (filtered to the district) as CSV; false when it cannot be written.
    bool exportCsv(const QString& path) const;
    StatChart* chart() const { return m_chart; }
    ComparisonBars* bars() const { return m_bars; }

private:
    stats::StatResult shown() const;
    void redraw();
    void drawRows(const stats::StatResult& r);
    void showProvenance();
    void chooseCsvFile();

    const ViewContext& m_context;
    StatService m_service;
    std::optional<stats::StatResult> m_result;
    QString m_area;
    QLabel* m_title = nullptr;
    FitLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_scope = nullptr;
    QLabel* m_formula = nullptr;
    StatChart* m_chart = nullptr;
    ComparisonBars* m_bars = nullptr;
    QPushButton* m_provenance = nullptr;
    QPushButton* m_csv = nullptr;
    int m_spacer = 0; // the layout index of the stretch below the visuals
};

class StatsPage final : public QWidget
{
    Q_OBJECT
public:
    StatsPage(const ViewContext& context, const QString& groupId, QWidget* parent = nullptr);

    // Runs the group's services again (at the clock's now).
    void refresh();
    void setArea(const QString& area);
    QList<StatCard*> cards() const { return m_cards; }
    // A request is under way.
    bool running() const { return m_request != 0; }

signals:
    void finished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    const ViewContext& m_context;
    QString m_group;
    QList<StatCard*> m_cards;
    QLabel* m_status = nullptr;
    QTimer* m_timer = nullptr;
    quint64 m_request = 0;
    bool m_ran = false;
};

} // namespace cityops::ui
