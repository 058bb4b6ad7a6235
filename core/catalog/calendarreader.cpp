// calendar.json: the weekend, the holidays and the weekend days worked in exchange.

#include "core/catalog/catalogparsing.h"

using namespace Qt::StringLiterals;

namespace cityops::catalogparsing {

namespace {

// The days of a list, each {"date", "nameVi", "nameEn"}, once each.
QList<std::pair<QDate, QString>> readDays(FileContext& context, const QJsonArray& list,
                                          const QString& listPath)
{
    QList<std::pair<QDate, QString>> days;
    QSet<QDate> seen;
    forEachObject(context, list, listPath, [&](Fields& f, const QString& path) {
        const QDate day = f.date(u"date"_s, Need::Required);
        const LocalizedText name = f.names(u"name"_s, Need::Required);
        if (!day.isValid())
            return;
        if (seen.contains(day)) {
            context.report(path + u"/date"_s,
                           CatalogLoader::tr("%1 is listed twice").arg(day.toString(Qt::ISODate)));
            return;
        }
        seen.insert(day);
        days.append({day, name.vi});
    });
    return days;
}

} // namespace

void readCalendar(FileContext& context, const QJsonObject& root, Catalog& catalog)
{
    Fields top(context, root, QString());
    const auto version = top.integer(u"schemaVersion"_s, Need::Required, 1, 1000000);
    if (version && *version != CatalogLoader::kSchemaVersion)
        top.report(u"schemaVersion"_s,
                   CatalogLoader::tr("schema version %1 is not supported (this build reads %2)")
                       .arg(*version)
                       .arg(CatalogLoader::kSchemaVersion));
    (void)top.string(u"note"_s, Need::Optional);
    static const QStringList names = {u"monday"_s, u"tuesday"_s,  u"wednesday"_s, u"thursday"_s,
                                      u"friday"_s, u"saturday"_s, u"sunday"_s};
    QList<Qt::DayOfWeek> weekend;
    const QJsonArray days = top.array(u"weekend"_s, Need::Required).value_or(QJsonArray());
    for (qsizetype i = 0; i < days.size(); ++i) {
        const qsizetype index = names.indexOf(days.at(i).toString());
        if (index < 0)
            top.reportItem(u"weekend"_s, i,
                           CatalogLoader::tr("a day of the week in English, such as \"saturday\""));
        else
            weekend.append(Qt::DayOfWeek(index + 1));
    }
    if (weekend.size() >= 7)
        top.report(u"weekend"_s, CatalogLoader::tr("a week needs a working day"));
    WorkingCalendar calendar;
    calendar.setWeekend(weekend);
    const auto holidays =
        readDays(context, top.array(u"holidays"_s, Need::Required).value_or(QJsonArray()), u"/holidays"_s);
    const auto worked = readDays(
        context, top.array(u"workedWeekends"_s, Need::Optional).value_or(QJsonArray()), u"/workedWeekends"_s);
    for (const auto& [day, name] : holidays)
        calendar.addHoliday(day, name);
    for (qsizetype i = 0; i < worked.size(); ++i) {
        if (!weekend.contains(Qt::DayOfWeek(worked[i].first.dayOfWeek())) ||
            calendar.holiday(worked[i].first) != QString())
            context.report(
                u"/workedWeekends/%1/date"_s.arg(i),
                CatalogLoader::tr("a day worked in exchange is a weekend day that is not a holiday"));
        else
            calendar.addWorkedWeekend(worked[i].first);
    }
    catalog.calendar = calendar;
}

} // namespace cityops::catalogparsing
