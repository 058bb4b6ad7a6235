#include "ui/wall/wallconfig.h"

#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::ui::WallConfig)
};

class Reader
{
public:
    Reader(QString file, const Catalog& catalog)
        : m_file(std::move(file))
        , m_catalog(catalog)
    {}

    void problem(const QString& pointer, const QString& reason)
    {
        m_problems << m_file + u": "_s + pointer + u": "_s + reason;
    }
    const QStringList& problems() const { return m_problems; }

    void checkKeys(const QJsonObject& object, const QString& pointer, const QSet<QString>& allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                problem(pointer + u'/' + it.key(), Text::tr("unknown key"));
        }
    }

    int integer(const QJsonObject& object, const QString& key, const QString& pointer, int fallback, int low,
                int high)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        const double d = value.toDouble(-1e18);
        if (!value.isDouble() || d != double(int(d)) || d < low || d > high) {
            problem(pointer + u'/' + key,
                    Text::tr("expected a whole number from %1 to %2").arg(low).arg(high));
            return fallback;
        }
        return int(d);
    }

    QString string(const QJsonObject& object, const QString& key, const QString& pointer)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isString())
            problem(pointer + u'/' + key, Text::tr("expected a string"));
        return value.toString();
    }

    const Indicator* indicator(const QJsonObject& object, const QString& key, const QString& pointer,
                               bool required)
    {
        const QString id = string(object, key, pointer);
        if (id.isEmpty()) {
            if (required)
                problem(pointer + u'/' + key, Text::tr("an indicator is required"));
            return nullptr;
        }
        const Indicator* found = m_catalog.indicator(id);
        if (!found)
            problem(pointer + u'/' + key, Text::tr("unknown indicator '%1'").arg(id));
        return found;
    }

    WallTile tile(const QJsonObject& object, const QString& pointer, const WallPage& page)
    {
        static const QSet<QString> keys = {u"type"_s,    u"indicator"_s, u"place"_s, u"markers"_s,
                                           u"hours"_s,   u"col"_s,       u"row"_s,   u"colSpan"_s,
                                           u"rowSpan"_s, u"service"_s};
        checkKeys(object, pointer, keys);
        WallTile tile;
        static const QHash<QString, WallTile::Type> types = {
            {u"groups"_s, WallTile::Type::Groups}, {u"alerts"_s, WallTile::Type::Alerts},
            {u"chart"_s, WallTile::Type::Chart},   {u"kpi"_s, WallTile::Type::Kpi},
            {u"map"_s, WallTile::Type::Map},       {u"clock"_s, WallTile::Type::Clock},
            {u"stat"_s, WallTile::Type::Stat},
        };
        const QString type = string(object, u"type"_s, pointer);
        if (!types.contains(type))
            problem(
                pointer + u"/type"_s,
                Text::tr("unknown tile type '%1' (groups, alerts, chart, kpi, map, clock, stat)").arg(type));
        tile.type = types.value(type, WallTile::Type::Clock);
        tile.col = integer(object, u"col"_s, pointer, 0, 0, page.columns - 1);
        tile.row = integer(object, u"row"_s, pointer, 0, 0, page.rows - 1);
        tile.colSpan = integer(object, u"colSpan"_s, pointer, 1, 1, page.columns - tile.col);
        tile.rowSpan = integer(object, u"rowSpan"_s, pointer, 1, 1, page.rows - tile.row);
        tile.hours = integer(object, u"hours"_s, pointer, 24, 1, 24 * 366);
        tile.place = string(object, u"place"_s, pointer);

        const bool needsIndicator = tile.type == WallTile::Type::Chart || tile.type == WallTile::Type::Kpi ||
                                    tile.type == WallTile::Type::Map;
        const Indicator* ind = indicator(object, u"indicator"_s, pointer, needsIndicator);
        if (ind)
            tile.indicator = ind->id;
        if (ind && tile.type == WallTile::Type::Map && ind->dimension != Dimension::Area)
            problem(pointer + u"/indicator"_s,
                    Text::tr("a map colours districts: '%1' is not an area indicator").arg(ind->id));
        if (const Indicator* markers = indicator(object, u"markers"_s, pointer, false)) {
            tile.markers = markers->id;
            if (markers->dimension != Dimension::Station)
                problem(pointer + u"/markers"_s,
                        Text::tr("markers need a station indicator: '%1' is not one").arg(markers->id));
        }
        tile.service = string(object, u"service"_s, pointer);
        if (tile.type == WallTile::Type::Stat && !m_catalog.statService(tile.service))
            problem(pointer + u"/service"_s,
                    tile.service.isEmpty() ? Text::tr("a stat tile needs \"service\": an id of services.json")
                                           : Text::tr("unknown statistics service '%1'").arg(tile.service));
        if (ind && !tile.place.isEmpty() && !m_catalog.area(tile.place) && !m_catalog.station(tile.place))
            problem(pointer + u"/place"_s, Text::tr("unknown place '%1'").arg(tile.place));
        return tile;
    }

    WallPage page(const QJsonObject& object, const QString& pointer)
    {
        checkKeys(object, pointer, {u"title"_s, u"columns"_s, u"rows"_s, u"tiles"_s});
        WallPage page;
        const QJsonObject title = object.value(u"title"_s).toObject();
        page.title.vi = title.value(u"vi"_s).toString();
        page.title.en = title.value(u"en"_s).toString();
        if (page.title.isEmpty())
            problem(pointer + u"/title"_s, Text::tr("a page needs a title {\"vi\": …, \"en\": …}"));
        page.columns = integer(object, u"columns"_s, pointer, 4, 1, 12);
        page.rows = integer(object, u"rows"_s, pointer, 3, 1, 12);
        const QJsonArray tiles = object.value(u"tiles"_s).toArray();
        if (tiles.isEmpty())
            problem(pointer + u"/tiles"_s, Text::tr("a page needs at least one tile"));
        QList<QList<int>> owner(page.rows, QList<int>(page.columns, -1));
        for (qsizetype i = 0; i < tiles.size(); ++i) {
            const QString at = pointer + u"/tiles/"_s + QString::number(i);
            if (!tiles[i].isObject()) {
                problem(at, Text::tr("expected an object"));
                continue;
            }
            const WallTile t = tile(tiles[i].toObject(), at, page);
            bool overlap = false;
            for (int r = t.row; r < t.row + t.rowSpan && r < page.rows; ++r) {
                for (int c = t.col; c < t.col + t.colSpan && c < page.columns; ++c) {
                    if (owner[r][c] >= 0 && !overlap) {
                        problem(at, Text::tr("overlaps tile %1").arg(owner[r][c]));
                        overlap = true;
                    }
                    owner[r][c] = int(i);
                }
            }
            page.tiles << t;
        }
        return page;
    }

    WallConfig config(const QJsonObject& root)
    {
        WallConfig config;
        checkKeys(root, QString(), {u"format"_s, u"screens"_s, u"comment"_s});
        if (root.value(u"format"_s).toString() != u"cityops-wall/1")
            problem(u"/format"_s, Text::tr("expected \"cityops-wall/1\""));
        const QJsonArray screens = root.value(u"screens"_s).toArray();
        if (screens.isEmpty())
            problem(u"/screens"_s, Text::tr("at least one screen is required"));
        for (qsizetype s = 0; s < screens.size(); ++s) {
            const QString at = u"/screens/"_s + QString::number(s);
            const QJsonObject object = screens[s].toObject();
            checkKeys(object, at, {u"rotateSeconds"_s, u"pages"_s});
            WallScreen screen;
            screen.rotateSeconds = integer(object, u"rotateSeconds"_s, at, 30, 0, 3600);
            if (screen.rotateSeconds > 0 && screen.rotateSeconds < 5)
                problem(at + u"/rotateSeconds"_s, Text::tr("rotating faster than every 5 s cannot be read"));
            const QJsonArray pages = object.value(u"pages"_s).toArray();
            if (pages.isEmpty())
                problem(at + u"/pages"_s, Text::tr("a screen needs at least one page"));
            for (qsizetype p = 0; p < pages.size(); ++p)
                screen.pages << page(pages[p].toObject(), at + u"/pages/"_s + QString::number(p));
            config.screens << screen;
        }
        return config;
    }

private:
    QString m_file;
    const Catalog& m_catalog;
    QStringList m_problems;
};

} // namespace

Result<WallConfig> WallConfig::parse(const QByteArray& json, const QString& fileName, const Catalog& catalog)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorCode::Parse, Text::tr("the wall file is not valid JSON"),
                     fileName + u": "_s +
                         (document.isNull() ? error.errorString() : Text::tr("expected an object")) +
                         u" (offset "_s + QString::number(error.offset) + u')'};
    }
    Reader reader(fileName, catalog);
    WallConfig config = reader.config(document.object());
    if (!reader.problems().isEmpty())
        return Error{ErrorCode::Validation,
                     Text::tr("the wall file has %n problem(s)", nullptr, int(reader.problems().size())),
                     reader.problems().join(u'\n')};
    return config;
}

Result<WallConfig> WallConfig::load(const QString& path, const Catalog& catalog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Text::tr("cannot read the wall file"),
                     path + u": "_s + file.errorString()};
    return parse(file.readAll(), path, catalog);
}

QString WallConfig::defaultPath()
{
    return u":/wall/default.json"_s;
}

} // namespace cityops::ui
