#pragma once

// The desk's alarm panel: every alarm of the archive the console follows, unacknowledged first,
// filtered by state, priority and text; the selected one explained (its rule in words, its
// parameters, why it has not cleared, the readings around it charted with the rule's levels)
// and acknowledged with a comment or shelved with a reason and a time limit.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cityops::ui {

struct ViewContext;
class AlarmModel;
class AlarmFilter;
class TimeSeriesChart;

class AlarmPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AlarmPanel(ViewContext& context, QWidget* parent = nullptr);

    void refresh();
    // The alarm shown in the details, or empty.
    QString selectedId() const;
    bool select(const QString& id);
    // What the dialogs do, without them (tests; a scripted console).
    void acknowledgeSelected(const QString& user, const QString& comment);
    void shelveSelected(const QString& user, const QString& reason, std::int64_t forMs);

    int visibleRows() const;
    QString rowText(int row) const; // the row as read: priority, state, place, message
    QString explanation() const;
    QString statusText() const;
    TimeSeriesChart* chart() const { return m_chart; }

private:
    void showDetails();
    void askAcknowledge();
    void askShelve();

    ViewContext& m_context;
    AlarmModel* m_model = nullptr;
    AlarmFilter* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_show = nullptr;
    QComboBox* m_severity = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_details = nullptr;
    TimeSeriesChart* m_chart = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_shelve = nullptr;
    QLabel* m_status = nullptr;
    QString m_selected;
};

} // namespace cityops::ui
