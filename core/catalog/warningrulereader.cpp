// rules.json: the warning rules' vocabulary (warningrules.h), each rule read and checked
// against its kind (its parameters, a threshold's levels, its message's placeholders), then
// against the catalog (its group, indicator and places).

#include "core/catalog/catalogparsing.h"
#include "core/catalog/warningrules.h"

#include <QDir>
#include <QRegularExpression>

#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace cityops {

namespace {

using Type = StatParameter::Type;

QList<WarningKindSpec> makeKinds()
{
    const QStringList common = {u"value"_s, u"unit"_s, u"place"_s, u"threshold"_s, u"severity"_s};
    const StatParameter onDelay{u"onDelay"_s, Type::Duration, {}, false};
    const StatParameter offDelay{u"offDelay"_s, Type::Duration, {}, false};
    return {
        {u"threshold"_s,
         {{u"levels"_s, Type::List, {}, true}, {u"placeLevels"_s, Type::List, {}, false}, onDelay, offDelay},
         common},
        {u"rate"_s,
         {{u"perHour"_s, Type::Positive, {}, true},
          {u"clearPerHour"_s, Type::Positive, {}, false},
          {u"direction"_s, Type::Choice, {u"rise"_s, u"fall"_s}, false},
          {u"over"_s, Type::Duration, {}, false},
          onDelay,
          offDelay},
         {u"rate"_s, u"unit"_s, u"place"_s, u"threshold"_s, u"severity"_s}},
        {u"count"_s,
         {{u"within"_s, Type::Duration, {}, true},
          {u"fn"_s, Type::Choice, {u"sum"_s, u"count"_s, u"mean"_s}, false},
          {u"atLeast"_s, Type::Positive, {}, true},
          {u"clearBelow"_s, Type::Positive, {}, false},
          onDelay,
          offDelay},
         {u"value"_s, u"unit"_s, u"place"_s, u"threshold"_s, u"severity"_s, u"within"_s}},
        {u"anomaly"_s,
         {{u"method"_s, Type::Choice, {u"rolling"_s, u"seasonal"_s}, false},
          {u"baseline"_s, Type::Duration, {}, false},
          {u"weeks"_s, Type::Count, {}, false},
          {u"minBaseline"_s, Type::Count, {}, false},
          {u"z"_s, Type::Positive, {}, false},
          {u"clearZ"_s, Type::Positive, {}, false},
          {u"direction"_s, Type::Choice, {u"up"_s, u"down"_s}, false},
          onDelay,
          offDelay},
         {u"value"_s, u"unit"_s, u"z"_s, u"place"_s, u"threshold"_s, u"severity"_s}},
        {u"forecast"_s,
         {{u"above"_s, Type::Number, {}, false},
          {u"below"_s, Type::Number, {}, false},
          {u"clear"_s, Type::Number, {}, false},
          {u"horizon"_s, Type::Duration, {}, true},
          {u"window"_s, Type::Duration, {}, false},
          {u"minReadings"_s, Type::Count, {}, false},
          onDelay,
          offDelay},
         {u"value"_s, u"forecast"_s, u"unit"_s, u"place"_s, u"threshold"_s, u"severity"_s, u"horizon"_s}},
        {u"kpi"_s,
         {{u"atLeast"_s, Type::Number, {}, false},
          {u"atMost"_s, Type::Number, {}, false},
          {u"by"_s, Type::Choice, {u"year-end"_s, u"quarter-end"_s, u"month-end"_s}, true},
          {u"window"_s, Type::Duration, {}, false},
          {u"since"_s, Type::Choice, {u"window"_s, u"period-start"_s}, false},
          {u"minReadings"_s, Type::Count, {}, false},
          {u"margin"_s, Type::Positive, {}, false},
          onDelay,
          offDelay},
         {u"value"_s, u"forecast"_s, u"unit"_s, u"place"_s, u"threshold"_s, u"severity"_s, u"by"_s}},
        {u"composite"_s,
         {{u"op"_s, Type::Choice, {u"all"_s, u"any"_s}, true},
          {u"parts"_s, Type::List, {}, true},
          {u"maxAge"_s, Type::Duration, {}, false},
          onDelay,
          offDelay},
         {u"place"_s, u"severity"_s}},
        {u"stale"_s,
         {{u"factor"_s, Type::Positive, {}, false}},
         {u"age"_s, u"place"_s, u"threshold"_s, u"severity"_s}},
        {u"deadline"_s,
         {{u"atLeast"_s, Type::Positive, {}, true},
          {u"clearBelow"_s, Type::Positive, {}, false},
          {u"within"_s, Type::Duration, {}, false},
          onDelay,
          offDelay},
         {u"value"_s, u"place"_s, u"threshold"_s, u"severity"_s, u"within"_s}},
    };
}

} // namespace

const QList<WarningKindSpec>& warningKinds()
{
    static const QList<WarningKindSpec> kinds = makeKinds();
    return kinds;
}

const WarningKindSpec* warningKind(const QString& kind)
{
    for (const WarningKindSpec& spec : warningKinds()) {
        if (spec.kind == kind)
            return &spec;
    }
    return nullptr;
}

const QStringList& warningSeverities()
{
    static const QStringList severities = {u"low"_s, u"medium"_s, u"high"_s};
    return severities;
}

namespace catalogparsing {

namespace {

// One threshold level: {"severity", "above" | "below", "clear"}; the direction it goes.
void readLevel(FileContext& context, const QJsonValue& value, const QString& path,
               std::optional<bool>& rising, QList<std::pair<QString, double>>& seen, double& lastClear)
{
    if (!value.isObject()) {
        context.report(path, CatalogLoader::tr("each level must be an object"));
        return;
    }
    Fields level(context, value.toObject(), path);
    const QString severity = level.choice(u"severity"_s, Need::Required, warningSeverities());
    const bool up = level.has(u"above"_s);
    if (up == level.has(u"below"_s)) {
        level.report(QString(), CatalogLoader::tr("a level has %1 or %2, one of them")
                                    .arg(quoted(u"above"_s), quoted(u"below"_s)));
        return;
    }
    const auto at = level.number(up ? u"above"_s : u"below"_s, Need::Required);
    const auto clear = level.number(u"clear"_s, Need::Optional);
    if (!at)
        return;
    if (rising && *rising != up)
        level.report(up ? u"above"_s : u"below"_s,
                     CatalogLoader::tr("every level of a rule goes the same way (all above or all below)"));
    rising = up;
    if (clear && (up ? *clear > *at : *clear < *at))
        level.report(u"clear"_s,
                     CatalogLoader::tr("%1 must be on the normal side of %2 (%3)")
                         .arg(quoted(u"clear"_s), quoted(up ? u"above"_s : u"below"_s), number(*at)));
    if (!seen.isEmpty()) {
        const auto& [previousSeverity, previousAt] = seen.last();
        if (up ? *at <= previousAt : *at >= previousAt)
            level.report(up ? u"above"_s : u"below"_s,
                         CatalogLoader::tr("levels go from the mildest to the worst: %1 after %2")
                             .arg(number(*at), number(previousAt)));
        if (warningSeverities().indexOf(severity) < warningSeverities().indexOf(previousSeverity))
            level.report(u"severity"_s, CatalogLoader::tr("a worse level cannot have a lower severity"));
    }
    seen.append({severity, *at});
    lastClear = clear.value_or(*at);
}

void readLevels(FileContext& context, const QJsonValue& value, const QString& path)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        context.report(path, CatalogLoader::tr("levels must be a list of one or more levels"));
        return;
    }
    std::optional<bool> rising;
    QList<std::pair<QString, double>> seen;
    double lastClear = 0;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        readLevel(context, list.at(i), path + u'/' + QString::number(i), rising, seen, lastClear);
}

// A composite's parts: [{"indicator", "place", "above" | "below"}], two or more, each on an
// indicator the rule lists (the places are checked against the catalog later).
void readParts(FileContext& context, const QJsonValue& value, const QString& path, const WarningRule& rule)
{
    if (!value.isArray() || value.toArray().size() < 2) {
        context.report(path, CatalogLoader::tr("parts must be a list of two or more conditions"));
        return;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = path + u'/' + QString::number(i);
        if (!list.at(i).isObject()) {
            context.report(at, CatalogLoader::tr("each part must be an object"));
            continue;
        }
        Fields part(context, list.at(i).toObject(), at);
        const QString indicator = part.string(u"indicator"_s, Need::Required);
        (void)part.string(u"place"_s, Need::Required);
        if (!indicator.isEmpty() && !rule.indicators.contains(indicator))
            part.report(u"indicator"_s,
                        CatalogLoader::tr("%1 is not among the rule's indicators").arg(quoted(indicator)));
        const bool above = part.has(u"above"_s);
        if (above == part.has(u"below"_s))
            part.report(QString(), CatalogLoader::tr("a level has %1 or %2, one of them")
                                       .arg(quoted(u"above"_s), quoted(u"below"_s)));
        else
            (void)part.number(above ? u"above"_s : u"below"_s, Need::Required);
    }
}

// The message's {placeholders}: those the kind fills.
void checkMessage(Fields& f, const WarningKindSpec& kind, const WarningRule& rule)
{
    static const QRegularExpression placeholder(u"\\{([A-Za-z]+)\\}"_s);
    for (const auto& [key, text] :
         {std::pair(u"messageVi"_s, rule.message.vi), std::pair(u"messageEn"_s, rule.message.en)}) {
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!kind.placeholders.contains(name))
                f.report(key,
                         CatalogLoader::tr("%1 is not filled by a %2 rule (it fills %3)")
                             .arg(quoted(u'{' + name + u'}'), kind.kind, kind.placeholders.join(u", "_s)));
        }
    }
}

void readRuleParameters(FileContext& context, Fields& f, const WarningKindSpec& kind, WarningRule& rule)
{
    rule.parameters = f.object(u"parameters"_s, Need::Required).value_or(QJsonObject());
    Fields params(context, rule.parameters, f.pathOf(u"parameters"_s)); // reports unknown keys
    for (const StatParameter& spec : kind.parameters)
        readParameter(params, spec);
    const QJsonObject& p = rule.parameters;
    if (p.contains(u"levels"_s))
        readLevels(context, p.value(u"levels"_s), params.pathOf(u"levels"_s));
    const QJsonObject perPlace = p.value(u"placeLevels"_s).toObject();
    for (auto it = perPlace.begin(); it != perPlace.end(); ++it)
        readLevels(context, it.value(), params.pathOf(u"placeLevels"_s) + u'/' + pointerToken(it.key()));
    if (kind.kind == u"forecast"_s && p.contains(u"above"_s) == p.contains(u"below"_s))
        params.report(QString(), CatalogLoader::tr("a level has %1 or %2, one of them")
                                     .arg(quoted(u"above"_s), quoted(u"below"_s)));
    if (kind.kind == u"kpi"_s && p.contains(u"atLeast"_s) == p.contains(u"atMost"_s))
        params.report(QString(), CatalogLoader::tr("a target has %1 or %2, one of them")
                                     .arg(quoted(u"atLeast"_s), quoted(u"atMost"_s)));
    if (p.contains(u"parts"_s))
        readParts(context, p.value(u"parts"_s), params.pathOf(u"parts"_s), rule);
    // A clear level above the level it clears would never let the alarm clear.
    for (const auto& [clear, limit, fallback] :
         {std::tuple(u"clearPerHour"_s, u"perHour"_s, 0.0), std::tuple(u"clearBelow"_s, u"atLeast"_s, 0.0),
          std::tuple(u"clearZ"_s, u"z"_s, 3.0)}) {
        if (p.contains(clear) && p.value(clear).toDouble() > p.value(limit).toDouble(fallback))
            params.report(clear,
                          CatalogLoader::tr("%1 must not be above %2").arg(quoted(clear), quoted(limit)));
    }
}

} // namespace

void readWarningRules(FileContext& context, const QJsonObject& root, QList<WarningRule>& into)
{
    const auto lists = readTopLevel(context, root, {u"warningRules"_s});
    UniqueIds ids(context);
    forEachObject(context, lists.at(0), u"/warningRules"_s, [&](Fields& f, const QString& path) {
        WarningRule rule;
        rule.id = f.id();
        ids.add(rule.id, path);
        rule.group = f.string(u"group"_s, Need::Required);
        rule.name = f.names(u"name"_s, Need::Required);
        rule.message = f.names(u"message"_s, Need::Required);
        rule.kind = f.string(u"kind"_s, Need::Required);
        rule.severity = f.choice(u"severity"_s, Need::Required, warningSeverities());
        const WarningKindSpec* kind = warningKind(rule.kind);
        if (!rule.kind.isEmpty() && !kind)
            f.report(u"kind"_s, CatalogLoader::tr("unknown kind %1").arg(quoted(rule.kind)));
        if (const auto indicators = f.array(u"indicators"_s, Need::Required)) {
            for (qsizetype i = 0; i < indicators->size(); ++i) {
                if (!indicators->at(i).isString())
                    f.reportItem(u"indicators"_s, i, CatalogLoader::tr("an indicator id must be a string"));
                else
                    rule.indicators.append(indicators->at(i).toString());
            }
            if (kind && kind->kind == u"deadline"_s && (indicators->size() < 2 || indicators->size() > 3))
                f.report(u"indicators"_s,
                         CatalogLoader::tr("a deadline rule watches the reports received and their replies "
                                           "(and may name the count it is charted with)"));
            else if (kind && kind->kind != u"composite"_s && kind->kind != u"deadline"_s &&
                     indicators->size() != 1)
                f.report(u"indicators"_s,
                         CatalogLoader::tr("a %1 rule watches one indicator").arg(quoted(kind->kind)));
        }
        readPlaces(f, rule.placesScope, rule.places);
        if (const auto by = f.array(u"suppressedBy"_s, Need::Optional)) {
            for (qsizetype i = 0; i < by->size(); ++i) {
                if (!by->at(i).isString())
                    f.reportItem(u"suppressedBy"_s, i, CatalogLoader::tr("a rule id must be a string"));
                else
                    rule.suppressedBy.append(by->at(i).toString());
            }
        }
        if (kind) {
            readRuleParameters(context, f, *kind, rule);
            checkMessage(f, *kind, rule);
        } else {
            (void)f.object(u"parameters"_s, Need::Optional);
        }
        into.append(rule);
    });
}

void checkWarningRules(const Catalog& catalog, const QString& directory, const QSet<QString>& unreadable,
                       QList<CatalogProblem>& problems)
{
    if (unreadable.contains(kIndicatorsFile) || unreadable.contains(kGroupsFile))
        return; // references into a broken file are not reported again
    const QString file = QDir(directory).filePath(kRulesFile);
    const bool placesKnown = !unreadable.contains(kAreasFile) && !unreadable.contains(kStationsFile);
    const auto isPlace = [&](const QString& id) {
        return catalog.area(id) || catalog.station(id);
    };
    for (qsizetype i = 0; i < catalog.warningRules.size(); ++i) {
        const WarningRule& r = catalog.warningRules.at(i);
        const QString at = u"/warningRules/"_s + QString::number(i);
        const auto report = [&](const QString& key, const QString& reason) {
            problems.append({file, key.isEmpty() ? at : at + u'/' + key, reason});
        };
        if (!r.group.isEmpty() && !catalog.group(r.group))
            report(u"group"_s, CatalogLoader::tr("unknown group %1").arg(quoted(r.group)));
        for (qsizetype k = 0; k < r.indicators.size(); ++k) {
            const Indicator* indicator = catalog.indicator(r.indicators.at(k));
            if (!indicator)
                report(u"indicators/"_s + QString::number(k),
                       CatalogLoader::tr("unknown indicator %1").arg(quoted(r.indicators.at(k))));
            else if (!r.placesScope.isEmpty() && !scopeMisfit(r.placesScope, *indicator).isEmpty())
                report(u"places"_s, scopeMisfit(r.placesScope, *indicator));
        }
        for (qsizetype k = 0; k < r.suppressedBy.size(); ++k) {
            const QString& by = r.suppressedBy.at(k);
            if (by == r.id)
                report(u"suppressedBy/"_s + QString::number(k),
                       CatalogLoader::tr("a rule cannot supersede itself"));
            else if (!catalog.warningRule(by))
                report(u"suppressedBy/"_s + QString::number(k),
                       CatalogLoader::tr("unknown rule %1").arg(quoted(by)));
        }
        if (!placesKnown)
            continue;
        for (qsizetype p = 0; p < r.places.size(); ++p) {
            if (!isPlace(r.places.at(p)))
                report(u"places/"_s + QString::number(p),
                       CatalogLoader::tr("unknown place %1").arg(quoted(r.places.at(p))));
        }
        const QJsonObject perPlace = r.parameters.value(u"placeLevels"_s).toObject();
        for (auto it = perPlace.begin(); it != perPlace.end(); ++it) {
            if (!isPlace(it.key()))
                report(u"parameters/placeLevels/"_s + pointerToken(it.key()),
                       CatalogLoader::tr("unknown place %1").arg(quoted(it.key())));
        }
        const QJsonArray parts = r.parameters.value(u"parts"_s).toArray();
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const QString place = parts.at(k)[u"place"_s].toString();
            if (!place.isEmpty() && !isPlace(place))
                report(u"parameters/parts/"_s + QString::number(k) + u"/place"_s,
                       CatalogLoader::tr("unknown place %1").arg(quoted(place)));
        }
        if (r.kind == u"composite"_s && r.places.isEmpty())
            report(u"places"_s, CatalogLoader::tr("a composite rule names the place its alarm is for"));
    }
}

} // namespace catalogparsing

} // namespace cityops
