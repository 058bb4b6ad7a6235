#include "ui/alarms/supervisorview.h"

#include "core/alerts/alarmwatch.h"
#include "core/catalog/catalog.h"
#include "ui/widgets/viewcontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

QString verdict(bool meets)
{
    return meets ? SupervisorView::tr("✓ meets the target") : SupervisorView::tr("✗ misses the target");
}

} // namespace

SupervisorView::SupervisorView(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"supervisorView"_s);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("The alarm system, last 24 hours"), this);
    title->setObjectName(u"supervisorTitle"_s);
    m_figures = new QLabel(this);
    m_figures->setObjectName(u"supervisorFigures"_s);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_top = new QLabel(this);
    m_top->setObjectName(u"supervisorTop"_s);
    m_top->setTextFormat(Qt::RichText);
    m_top->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(title);
    auto* row = new QHBoxLayout;
    row->addWidget(m_figures, 3);
    row->addWidget(m_top, 2);
    layout->addLayout(row, 1);
    if (context.alarms)
        connect(context.alarms, &alerts::AlarmWatch::changed, this, &SupervisorView::refresh);
    refresh();
}

void SupervisorView::refresh()
{
    m_lines.clear();
    const alerts::AlarmWatch* watch = m_context.alarms;
    if (!watch || watch->health().isEmpty()) {
        m_figures->setText(watch ? tr("Reading the alarms…") : tr("No alarm log is followed."));
        m_top->clear();
        return;
    }
    const QJsonObject h = watch->health();
    const QJsonObject meets = h.value(u"meets"_s).toObject();
    const QLocale locale;
    const auto add = [&](const QString& name, const QString& value, const QString& target,
                         const QString& key) {
        m_lines << name + u": "_s + value +
                       (key.isEmpty()
                            ? QString()
                            : u" — "_s + verdict(meets.value(key).toBool()) + u" ("_s + target + u')');
    };
    add(tr("Alarms in 24 h"), locale.toString(h.value(u"alarms"_s).toInt()), QString(), QString());
    add(tr("Alarms per 10 minutes"), locale.toString(h.value(u"per10Minutes"_s).toDouble(), 'f', 2),
        tr("≤ 1"), u"rate"_s);
    add(tr("Busiest 10 minutes"), locale.toString(h.value(u"peak10Minutes"_s).toInt()), tr("≤ 10"),
        u"peak"_s);
    add(tr("Time in flood (> 10 in 10 min)"),
        locale.toString(h.value(u"timeInFloodPct"_s).toDouble()) + u" %"_s, tr("< 1 %"), u"flood"_s);
    add(tr("Chattering alarms"), locale.toString(h.value(u"chattering"_s).toArray().size()), tr("none"),
        u"chattering"_s);
    add(tr("Stale alarms (active > 24 h)"), locale.toString(h.value(u"staleAlarms"_s).toInt()), tr("< 5"),
        u"stale"_s);
    const QJsonObject p = h.value(u"priorities"_s).toObject();
    const auto share = [&](const QString& key) {
        const QJsonObject o = p.value(key).toObject();
        return tr("%1 % (target ~%2 %)")
            .arg(locale.toString(o.value(u"pct"_s).toDouble()),
                 locale.toString(o.value(u"targetPct"_s).toInt()));
    };
    add(tr("High priority"), share(u"high"_s), QString(), QString());
    add(tr("Medium priority"), share(u"medium"_s), QString(), QString());
    add(tr("Low priority"), share(u"low"_s), QString(), QString());
    add(tr("Shelved now"), locale.toString(h.value(u"shelved"_s).toInt()), QString(), QString());
    add(tr("Suppressed (part of a larger alarm)"), locale.toString(h.value(u"suppressed"_s).toInt()),
        QString(), QString());
    add(tr("Escalated (not acknowledged in time)"), locale.toString(h.value(u"escalated"_s).toInt()),
        QString(), QString());
    QStringList html;
    for (const QString& line : std::as_const(m_lines))
        html << line.toHtmlEscaped();
    m_figures->setText(html.join(u"<br>"_s));

    QStringList top{u"<b>"_s + tr("The rules that raise the most").toHtmlEscaped() + u"</b>"_s};
    for (const QJsonValue& v : h.value(u"top"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const WarningRule* rule = m_context.catalog().warningRule(o.value(u"rule"_s).toString());
        top << tr("%1: %2 (%3 %)")
                   .arg(rule ? rule->name.in(m_context.language) : o.value(u"rule"_s).toString(),
                        locale.toString(o.value(u"count"_s).toInt()),
                        locale.toString(o.value(u"sharePct"_s).toDouble()))
                   .toHtmlEscaped();
    }
    m_top->setText(top.join(u"<br>"_s));
}

QStringList SupervisorView::lines() const
{
    return m_lines;
}

} // namespace cityops::ui
