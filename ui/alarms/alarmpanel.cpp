#include "ui/alarms/alarmpanel.h"

#include "core/alerts/alarmwatch.h"
#include "core/catalog/catalog.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/live/livedata.h"
#include "core/store/seriesreader.h"
#include "core/warnings/warnings.h"
#include "ui/alarms/alarmdialogs.h"
#include "ui/alarms/alarmmodel.h"
#include "ui/alarms/alarmtext.h"
#include "ui/charts/timeserieschart.h"
#include "ui/theme/theme.h"
#include "ui/widgets/viewcontext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

constexpr std::int64_t kHourMs = 3'600'000;

QString when(std::int64_t ms)
{
    return QLocale().toString(toZone(ms, defaultDisplayZone()), u"HH:mm dd/MM/yyyy"_s);
}

// A rule's parameters as a line: its levels ("≥ 30 (hết < 25)"), its delays, the rest.
// A rule parameter's name in words (rules.json's key where none is known).
QString parameterName(const QString& key)
{
    static const QHash<QString, const char*> names = {
        {u"onDelay"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "holds for")},
        {u"offDelay"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "clears after")},
        {u"atLeast"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "at least")},
        {u"atMost"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "at most")},
        {u"clearBelow"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "clears below")},
        {u"within"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "within")},
        {u"perHour"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "per hour from")},
        {u"clearPerHour"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "clears per hour below")},
        {u"over"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "over")},
        {u"above"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "above")},
        {u"below"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "below")},
        {u"clear"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "clears at")},
        {u"horizon"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "looking ahead")},
        {u"window"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "trend over")},
        {u"baseline"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "baseline")},
        {u"weeks"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "weeks")},
        {u"z"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "deviations from")},
        {u"clearZ"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "clears below deviations")},
        {u"factor"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "periods of silence")},
        {u"maxAge"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "readings no older than")},
        {u"margin"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "margin")},
        {u"by"_s, QT_TRANSLATE_NOOP("cityops::ui::AlarmPanel", "by")},
    };
    const auto it = names.constFind(key);
    return it == names.cend() ? key : AlarmPanel::tr(*it);
}

QString parametersText(const QJsonObject& parameters)
{
    QStringList parts;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (it.key() == u"levels"_s) {
            QStringList levels;
            for (const QJsonValue& v : it.value().toArray()) {
                const QJsonObject l = v.toObject();
                const bool up = l.contains(u"above"_s);
                levels << AlarmPanel::tr("%1 %2 %3 (clears %4 %5)")
                              .arg(severityName(l.value(u"severity"_s).toString()), up ? u"≥"_s : u"≤"_s,
                                   QLocale().toString(l.value(up ? u"above"_s : u"below"_s).toDouble()),
                                   up ? u"<"_s : u">"_s, QLocale().toString(l.value(u"clear"_s).toDouble()));
            }
            parts << levels.join(u"; "_s);
        } else if (it.value().isString() || it.value().isDouble()) {
            parts << parameterName(it.key()) + u" "_s +
                         (it.value().isDouble() ? QLocale().toString(it.value().toDouble())
                                                : it.value().toString());
        }
    }
    return parts.join(u" · "_s);
}

} // namespace

AlarmPanel::AlarmPanel(ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"alarmPanel"_s);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_show = new QComboBox(this);
    m_show->setObjectName(u"alarmShow"_s);
    m_show->addItem(tr("Needs attention"), int(AlarmFilter::Show::NeedsAttention));
    m_show->addItem(tr("Unacknowledged"), int(AlarmFilter::Show::Unacknowledged));
    m_show->addItem(tr("Acknowledged"), int(AlarmFilter::Show::Acknowledged));
    m_show->addItem(tr("Shelved"), int(AlarmFilter::Show::Shelved));
    m_show->addItem(tr("Suppressed"), int(AlarmFilter::Show::Suppressed));
    m_show->addItem(tr("Out of service"), int(AlarmFilter::Show::OutOfService));
    m_show->addItem(tr("All"), int(AlarmFilter::Show::All));
    m_severity = new QComboBox(this);
    m_severity->addItem(tr("Every priority"), 0);
    m_severity->addItem(tr("Medium and high"), 2);
    m_severity->addItem(tr("High only"), 3);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search place, message, operator…"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(u"alarmCount"_s);
    bar->addWidget(new QLabel(tr("Show"), this));
    bar->addWidget(m_show);
    bar->addWidget(m_severity);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_model = new AlarmModel(context, this);
    m_filter = new AlarmFilter(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(AlarmModel::ReadingOrderRole);
    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the reading order until someone sorts
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    for (const int column : {AlarmModel::Priority, AlarmModel::State, AlarmModel::Fired})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AlarmModel::Place, QHeaderView::Interactive);
    header->resizeSection(AlarmModel::Place, 220);
    header->setSectionResizeMode(AlarmModel::Message, QHeaderView::Stretch);
    header->setSectionResizeMode(AlarmModel::Acknowledged, QHeaderView::Interactive);
    header->resizeSection(AlarmModel::Acknowledged, 240);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 3);

    auto* details = new QHBoxLayout;
    m_details = new QLabel(this);
    m_details->setObjectName(u"alarmDetails"_s);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new TimeSeriesChart(this);
    m_chart->applyTheme(*context.theme);
    m_chart->setMinimumHeight(220);
    details->addWidget(m_details, 2);
    details->addWidget(m_chart, 3);
    layout->addLayout(details, 2);

    auto* actions = new QHBoxLayout;
    m_acknowledge = new QPushButton(tr("Acknowledge…"), this);
    m_shelve = new QPushButton(tr("Shelve…"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"alarmStatus"_s);
    actions->addWidget(m_acknowledge);
    actions->addWidget(m_shelve);
    actions->addWidget(m_status, 1);
    layout->addLayout(actions);

    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setShow(AlarmFilter::Show(m_show->currentData().toInt())); });
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMinimumSeverity(m_severity->currentData().toInt()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &AlarmFilter::setText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) {
                m_selected = i.data(AlarmModel::IdRole).toString();
                showDetails();
            });
    connect(m_acknowledge, &QPushButton::clicked, this, &AlarmPanel::askAcknowledge);
    connect(m_shelve, &QPushButton::clicked, this, &AlarmPanel::askShelve);
    if (context.alarms) {
        connect(context.alarms, &alerts::AlarmWatch::changed, this, &AlarmPanel::refresh);
        connect(context.alarms, &alerts::AlarmWatch::failed, this, &AlarmPanel::refresh);
        connect(context.alarms, &alerts::AlarmWatch::actionFinished, this,
                [this](const QString&, const QString& error) {
                    m_status->setText(error.isEmpty() ? tr("Done.") : tr("Refused: %1").arg(error));
                });
    }
    refresh();
}

void AlarmPanel::refresh()
{
    const alerts::AlarmWatch* watch = m_context.alarms;
    const QString keep = m_selected;
    m_model->setAlarms(watch ? watch->alarms() : QList<alerts::Alarm>());
    const int waiting = watch ? watch->unacknowledged() : 0;
    m_count->setText(!watch                          ? tr("No alarm log")
                     : !watch->lastError().isEmpty() ? tr("ALARMS NOT READ — %1").arg(watch->lastError())
                                                     : tr("%n unacknowledged", nullptr, waiting));
    if (!keep.isEmpty() && select(keep))
        return;
    if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
    else {
        m_selected.clear();
        showDetails();
    }
}

bool AlarmPanel::select(const QString& id)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (m_filter->index(row, 0).data(AlarmModel::IdRole).toString() == id) {
            m_table->selectRow(row);
            m_selected = id;
            showDetails();
            return true;
        }
    }
    return false;
}

QString AlarmPanel::selectedId() const
{
    return m_selected;
}

int AlarmPanel::visibleRows() const
{
    return m_filter->rowCount();
}

QString AlarmPanel::rowText(int row) const
{
    QStringList cells;
    for (const int column : {AlarmModel::Priority, AlarmModel::State, AlarmModel::Place, AlarmModel::Message})
        cells << m_filter->index(row, column).data().toString();
    return cells.join(u" | "_s);
}

QString AlarmPanel::explanation() const
{
    return m_details->text();
}

QString AlarmPanel::statusText() const
{
    return m_status->text();
}

void AlarmPanel::showDetails()
{
    const alerts::Alarm* a = m_model->alarm(m_selected);
    const bool waiting =
        a && (a->state == alerts::State::Unacknowledged || a->state == alerts::State::RtnUnacknowledged);
    m_acknowledge->setEnabled(waiting);
    m_shelve->setEnabled(a && a->needsAttention() && a->state != alerts::State::Shelved);
    if (!a) {
        m_details->setText(tr("Select an alarm to see why it fired."));
        m_chart->setSeries(nullptr, 0, QString());
        return;
    }
    const Catalog& catalog = m_context.catalog();
    const WarningRule* rule = catalog.warningRule(a->rule);
    const std::int64_t now = m_context.data->clock().nowMs();
    QStringList lines;
    lines << u"<b>%1</b> — %2 %3"_s.arg((rule ? rule->name.in(m_context.language) : a->rule).toHtmlEscaped(),
                                        severityShape(a->severity), severityName(a->severity));
    lines << alarmMessage(*a, m_context.language).toHtmlEscaped();
    lines << tr("Fired %1 · %2 · worst %3")
                 .arg(when(a->firedAt),
                      a->resolvedAt ? tr("cleared %1").arg(when(*a->resolvedAt)) : tr("still active"),
                      QLocale().toString(a->peakValue))
                 .toHtmlEscaped();
    if (rule)
        lines << tr("Rule: %1").arg(parametersText(rule->parameters)).toHtmlEscaped();
    if (rule && !a->resolvedAt) {
        // Why it has not cleared: the rule stepped over what the console holds.
        if (auto compiled = warnings::Rule::compile(*rule, catalog)) {
            store::StoreReader reader(m_context.data->store());
            const warnings::ReaderSnapshot snapshot(reader);
            warnings::PointState state;
            state.seenUntil = a->firedAt - compiled->lookback();
            const auto step = compiled->evaluate(a->place, snapshot, state, now);
            const QString why = compiled->stillActive(step.state, a->place, m_context.language);
            if (!why.isEmpty())
                lines << tr("Why it has not cleared: %1").arg(why).toHtmlEscaped();
        }
    }
    if (a->escalatedAt)
        lines << tr("Escalated to the shift supervisor at %1: not acknowledged within %n minute(s)", nullptr,
                    int(alerts::escalateAfterMs(a->severity) / 60'000))
                     .arg(when(*a->escalatedAt))
                     .toHtmlEscaped();
    if (!a->acknowledgedBy.isEmpty())
        lines << tr("Acknowledged by %1: %2").arg(a->acknowledgedBy, a->comment).toHtmlEscaped();
    if (a->state == alerts::State::Shelved && a->shelvedUntil)
        lines << tr("Shelved by %1 until %2: %3")
                     .arg(a->shelvedBy, when(*a->shelvedUntil), a->shelveReason)
                     .toHtmlEscaped();
    if (!a->suppressedBy.isEmpty() && a->suppressedAt) {
        // The superseding alarm's key: "<rule>@<place>@<fired>".
        const WarningRule* by = catalog.warningRule(a->suppressedBy.section(u'@', 0, 0));
        const QString supersedingText =
            (by ? by->name.in(m_context.language) : a->suppressedBy.section(u'@', 0, 0)) + u" · "_s +
            m_context.placeName(a->suppressedBy.section(u'@', 1, 1));
        lines << (a->state == alerts::State::Suppressed ? tr("Suppressed since %1: part of %2")
                                                        : tr("Was suppressed from %1 as part of %2"))
                     .arg(when(*a->suppressedAt), supersedingText)
                     .toHtmlEscaped();
    }
    if (a->state == alerts::State::OutOfService && a->outOfServiceAt)
        lines << tr("Out of service since %1: its place is in maintenance")
                     .arg(when(*a->outOfServiceAt))
                     .toHtmlEscaped();
    m_details->setText(lines.join(u"<br>"_s));

    // The readings around it, with the rule's levels. (A deadline rule reads events, one per
    // report and reply: the count it names third is what is charted.)
    const bool deadline = rule && rule->kind == u"deadline"_s;
    const QString charted = !rule                                     ? QString()
                            : deadline && rule->indicators.size() > 2 ? rule->indicators.at(2)
                                                                      : rule->indicators.value(0);
    const auto series = rule && !(deadline && rule->indicators.size() < 3) && !charted.isEmpty()
                            ? m_context.data->find(charted, a->place)
                            : std::nullopt;
    if (!series) {
        m_chart->setSeries(nullptr, 0, QString());
        return;
    }
    m_chart->setSeries(&m_context.data->store(), series->id,
                       series->indicator->name.in(m_context.language) + u" · "_s +
                           m_context.placeName(a->place));
    QList<QPair<double, QColor>> levels;
    for (const QJsonValue& v : rule->parameters.value(u"levels"_s).toArray()) {
        const QJsonObject l = v.toObject();
        levels.append({l.value(l.contains(u"above"_s) ? u"above"_s : u"below"_s).toDouble(),
                       severityColour(*m_context.theme, l.value(u"severity"_s).toString())});
    }
    if (rule->parameters.contains(u"atLeast"_s) && rule->kind != u"kpi"_s)
        levels.append({rule->parameters.value(u"atLeast"_s).toDouble(),
                       severityColour(*m_context.theme, rule->severity)});
    m_chart->setReferenceLines(levels);
    const std::int64_t from = a->firedAt - 3 * kHourMs;
    m_chart->setRange(from, std::min(now, a->resolvedAt.value_or(now) + kHourMs));
    m_context.data->requestHistory(*series, from);
}

void AlarmPanel::acknowledgeSelected(const QString& user, const QString& comment)
{
    if (m_context.alarms && !m_selected.isEmpty())
        m_context.alarms->acknowledge(m_selected, user, comment);
}

void AlarmPanel::shelveSelected(const QString& user, const QString& reason, std::int64_t forMs)
{
    if (m_context.alarms && !m_selected.isEmpty())
        m_context.alarms->shelve(m_selected, user, reason, forMs);
}

void AlarmPanel::askAcknowledge()
{
    const alerts::Alarm* a = m_model->alarm(m_selected);
    if (!a)
        return;
    AcknowledgeDialog dialog(alarmMessage(*a, m_context.language), operatorName(), this);
    if (dialog.exec() == QDialog::Accepted)
        acknowledgeSelected(dialog.user(), dialog.comment());
}

void AlarmPanel::askShelve()
{
    const alerts::Alarm* a = m_model->alarm(m_selected);
    if (!a)
        return;
    ShelveDialog dialog(alarmMessage(*a, m_context.language), operatorName(), this);
    if (dialog.exec() == QDialog::Accepted)
        shelveSelected(dialog.user(), dialog.reason(), dialog.durationMs());
}

} // namespace cityops::ui
