#include "ui/alarms/alarmmodel.h"

#include "core/common/timeutil.h"
#include "ui/alarms/alarmtext.h"
#include "ui/theme/theme.h"
#include "ui/widgets/viewcontext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cityops::ui {

AlarmModel::AlarmModel(const ViewContext& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{}

void AlarmModel::setAlarms(const QList<alerts::Alarm>& alarms)
{
    beginResetModel();
    m_alarms = alarms;
    std::stable_sort(m_alarms.begin(), m_alarms.end(), readsBefore);
    endResetModel();
}

const alerts::Alarm* AlarmModel::alarm(const QString& id) const
{
    for (const alerts::Alarm& a : m_alarms) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

int AlarmModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alarms.size());
}

int AlarmModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_alarms.size())
        return {};
    const alerts::Alarm& a = m_alarms[index.row()];
    switch (role) {
    case IdRole:
        return a.id;
    case ReadingOrderRole:
        return index.row();
    case SeverityRankRole:
        return severityRank(a.severity);
    case StateRole:
        return int(a.state);
    case Qt::ForegroundRole:
        if (index.column() == Priority)
            return severityColour(*m_context.theme, a.severity);
        if (a.state == alerts::State::Acknowledged || a.state == alerts::State::Shelved ||
            a.state == alerts::State::Suppressed || a.state == alerts::State::OutOfService)
            return m_context.theme->textMuted;
        return {};
    case Qt::ToolTipRole:
        return alarmMessage(a, m_context.language);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Priority:
        return QString(severityShape(a.severity) + u" "_s + severityName(a.severity));
    case State:
        return a.state == alerts::State::Shelved && a.shelvedUntil
                   ? tr("%1 until %2")
                         .arg(stateName(a.state),
                              locale.toString(toZone(*a.shelvedUntil, defaultDisplayZone()), u"HH:mm"_s))
                   : stateText(a);
    case Fired:
        return locale.toString(toZone(a.firedAt, defaultDisplayZone()), u"HH:mm dd/MM"_s);
    case Place:
        return m_context.placeName(a.place);
    case Message:
        return alarmMessage(a, m_context.language);
    case Acknowledged:
        return a.acknowledgedBy.isEmpty() ? QString() : QString(a.acknowledgedBy + u": "_s + a.comment);
    default:
        return {};
    }
}

QVariant AlarmModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Priority:
        return tr("Priority");
    case State:
        return tr("State");
    case Fired:
        return tr("Fired");
    case Place:
        return tr("Place");
    case Message:
        return tr("Message");
    case Acknowledged:
        return tr("Acknowledged by");
    default:
        return {};
    }
}

void AlarmFilter::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void AlarmFilter::setMinimumSeverity(int rank)
{
    m_minimumSeverity = rank;
    invalidateFilter();
}

void AlarmFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool AlarmFilter::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    const auto state = alerts::State(index.data(AlarmModel::StateRole).toInt());
    bool shown = true;
    switch (m_show) {
    case Show::NeedsAttention:
        shown = state != alerts::State::Shelved && state != alerts::State::Suppressed &&
                state != alerts::State::OutOfService && state != alerts::State::Normal;
        break;
    case Show::Unacknowledged:
        shown = state == alerts::State::Unacknowledged || state == alerts::State::RtnUnacknowledged;
        break;
    case Show::Acknowledged:
        shown = state == alerts::State::Acknowledged;
        break;
    case Show::Shelved:
        shown = state == alerts::State::Shelved;
        break;
    case Show::Suppressed:
        shown = state == alerts::State::Suppressed;
        break;
    case Show::OutOfService:
        shown = state == alerts::State::OutOfService;
        break;
    case Show::All:
        break;
    }
    if (!shown || index.data(AlarmModel::SeverityRankRole).toInt() < m_minimumSeverity)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < AlarmModel::ColumnCount; ++column) {
        if (sourceModel()->index(row, column, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace cityops::ui
