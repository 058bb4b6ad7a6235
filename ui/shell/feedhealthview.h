#pragma once

// The desk's feed panel: one row per feed the console collects (cityops --feeds) — its
// condition in a mark and a word (never colour alone), when it last succeeded, how long a
// poll takes, records a minute, what was quarantined and why, the last error in words.
// Refreshed every two seconds while shown.

#include <QWidget>

class QLabel;
class QTableWidget;
class QTimer;

namespace cityops::ui {

struct ViewContext;

class FeedHealthView final : public QWidget
{
    Q_OBJECT
public:
    explicit FeedHealthView(const ViewContext& context, QWidget* parent = nullptr);
    void refresh();
    // The rows as shown, cells separated by " | " (for tests and the wall's summary).
    QStringList rows() const;
    // "● nguồn 14/15": the feeds that are fine, of all (empty when none are collected).
    static QString summary(const ViewContext& context);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    const ViewContext& m_context;
    QLabel* m_title = nullptr;
    QTableWidget* m_table = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace cityops::ui
