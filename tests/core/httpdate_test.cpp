// HTTP dates as servers send them (RFC 9110 §5.6.7): the IMF-fixdate every server sends today,
// and the obsolete RFC 850 and asctime forms a recipient must still read. A feed's Retry-After
// and the broker's clock (its Date) are read through it.

#include "core/feeds/http/httpget.h"

#include <QDateTime>
#include <QLocale>

#include <gtest/gtest.h>

using namespace cityops::feeds;

namespace {

constexpr std::int64_t k1994 = 784'111'777'000; // 1994-11-06T08:49:37Z, RFC 9110's example

QByteArray httpDate(const QDateTime& utc)
{
    return QLocale::c().toString(utc, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_qs).toLatin1();
}

} // namespace

TEST(HttpDate, TheThreeFormsOfRfc9110AreRead)
{
    EXPECT_EQ(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), k1994);
    EXPECT_EQ(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"), k1994);
    EXPECT_EQ(parseHttpDate("Sun Nov  6 08:49:37 1994"), k1994);
    EXPECT_EQ(parseHttpDate("  Sun, 06 Nov 1994 08:49:37 GMT "), k1994);
    EXPECT_EQ(parseHttpDate("Sun, 06 Nov 1994 08:49:37 +0000"), k1994); // (what Qt itself writes)
    EXPECT_EQ(parseHttpDate("Sun, 06 Dec 2026 19:32:03 GMT"), 1'796'585'523'000);
}

TEST(HttpDate, WhatIsNotADateIsNone)
{
    for (const QByteArray& bad :
         {QByteArray(), QByteArray("120"), QByteArray("yesterday"),
          QByteArray("Sun, 32 Nov 1994 08:49:37 GMT"), QByteArray("Sun, 06 Nov 1994 25:49:37 GMT"),
          QByteArray("1994-11-06T08:49:37Z")})
        EXPECT_FALSE(parseHttpDate(bad).has_value()) << bad.toStdString();
}

TEST(HttpDate, AnAnswersDateSaysHowFarTheServersClockIsAhead)
{
    HttpAnswer answer;
    EXPECT_FALSE(answer.clockSkewMs().has_value()) << "no Date: nothing known";
    const QDateTime ahead = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
    answer.headers.append({"date", httpDate(ahead)});
    ASSERT_TRUE(answer.clockSkewMs().has_value());
    EXPECT_NEAR(double(*answer.clockSkewMs()), 3 * 3600e3, 2000.0);
    answer.headers = {{"Retry-After", httpDate(QDateTime::currentDateTimeUtc().addSecs(90))}};
    ASSERT_TRUE(answer.retryAfterSeconds().has_value());
    EXPECT_NEAR(*answer.retryAfterSeconds(), 90, 2);
}
