#pragma once

// The alarms as a table for the desk's panel: a row per alarm, its priority (shape, word and
// colour), state, when it fired, where, what it says, who acknowledged it and why. The proxy
// filters by state, priority and text, and sorts unacknowledged first, then the worst, then
// the newest, unless the operator sorts by a column.

#include "core/alerts/alarmlog.h"
#include "core/common/language.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace cityops::ui {

struct ViewContext;

class AlarmModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Priority,
        State,
        Fired,
        Place,
        Message,
        Acknowledged,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ReadingOrderRole, // an int: unacknowledged first, the worst, the newest
        SeverityRankRole,
        StateRole, // alerts::State as an int
    };

    explicit AlarmModel(const ViewContext& context, QObject* parent = nullptr);

    void setAlarms(const QList<alerts::Alarm>& alarms);
    const QList<alerts::Alarm>& alarms() const { return m_alarms; }
    const alerts::Alarm* alarm(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const ViewContext& m_context;
    QList<alerts::Alarm> m_alarms; // in reading order
};

class AlarmFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show
    {
        NeedsAttention, // every state but shelved and suppressed
        Unacknowledged,
        Acknowledged,
        Shelved,
        Suppressed,
        OutOfService,
        All,
    };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShow(Show show);
    void setMinimumSeverity(int rank); // 0: every priority
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    Show m_show = Show::NeedsAttention;
    int m_minimumSeverity = 0;
    QString m_text;
};

} // namespace cityops::ui
