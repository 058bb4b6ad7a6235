#include "app/cli/archiveoptions.h"

#include "core/common/timeutil.h"
#include "core/store/archive.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::cli {

namespace {

// Filed under "cityops::cli::store", where these messages were first written.
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::cli::store)
};

} // namespace

QCommandLineOption dbOption()
{
    return QCommandLineOption(
        u"db"_s,
        StoreText::tr("The archive: a SQLite file, or postgresql://user@host:port/database (default: %1).")
            .arg(store::ArchiveLocation::defaultSqlitePath()),
        u"DB"_s);
}

QCommandLineOption langOption()
{
    return QCommandLineOption(u"lang"_s, StoreText::tr("Language of the output: vi or en."), u"LANG"_s);
}

Result<std::unique_ptr<store::Archive>> openArchive(const QCommandLineParser& parser, bool create)
{
    auto location =
        store::ArchiveLocation::resolve(parser.value(u"db"_s), store::ArchiveLocation::defaultSqlitePath());
    if (!location)
        return location.error();
    return store::Archive::open(*location, create);
}

QString localTime(std::int64_t utcMs)
{
    return toZone(utcMs, defaultDisplayZone()).toString(Qt::ISODate);
}

QString number(double v)
{
    if (std::isnan(v))
        return QString();
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return QString::fromLatin1(buf, r.ptr - buf);
}

void printError(Io io, const Error& e)
{
    io.err << e.message << '\n';
    if (!e.detail.isEmpty())
        io.err << e.detail << '\n';
}

Result<std::optional<std::int64_t>> instantOption(const QCommandLineParser& parser,
                                                  const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return std::optional<std::int64_t>();
    auto t = parseInstant(parser.value(option), defaultDisplayZone());
    if (!t)
        return Error{ErrorCode::Parse, u"--%1: %2"_s.arg(option.names().constFirst(), t.error().message),
                     parser.value(option)};
    return std::optional<std::int64_t>(*t);
}

} // namespace cityops::cli
