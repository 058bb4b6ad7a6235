#pragma once

// The shift supervisor's view of the alarm system itself (ISA-18.2 / EEMUA 191), over the last
// 24 hours: alarms per 10 minutes against ~1, floods (> 10 in 10 min) and the time spent in
// them, the peak 10 minutes, chattering and stale alarms, the priority distribution against
// ~80/15/5 %, what is shelved, suppressed and escalated, and the ten rules that raise the most.
// Each figure says whether it meets its target, in words and a mark, not colour alone.

#include <QWidget>

class QLabel;

namespace cityops::ui {

struct ViewContext;

class SupervisorView final : public QWidget
{
    Q_OBJECT
public:
    explicit SupervisorView(const ViewContext& context, QWidget* parent = nullptr);
    void refresh();
    // The figures as shown, one line each ("Cảnh báo mỗi 10 phút: 0,4 — đạt (≤ 1)").
    QStringList lines() const;

private:
    const ViewContext& m_context;
    QLabel* m_figures = nullptr;
    QLabel* m_top = nullptr;
    QStringList m_lines;
};

} // namespace cityops::ui
