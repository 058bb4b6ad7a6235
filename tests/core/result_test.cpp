#include "core/common/result.h"

#include <gtest/gtest.h>
#include <memory>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {
Result<int> half(int v)
{
    if (v % 2 != 0)
        return Error{ErrorCode::InvalidArgument, u"odd"_s, QString::number(v)};
    return v / 2;
}
} // namespace

TEST(Result, CarriesAValueOrAnError)
{
    const auto ok = half(8);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(*ok, 4);
    const auto bad = half(3);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(bad.error().toString(), u"odd (3)"_s);
    EXPECT_EQ(bad.valueOr(-1), -1);
}

TEST(Result, MovesOutMoveOnlyValues)
{
    Result<std::unique_ptr<int>> r(std::make_unique<int>(7));
    std::unique_ptr<int> p = std::move(r).value();
    ASSERT_TRUE(p);
    EXPECT_EQ(*p, 7);
}

TEST(Result, VoidResult)
{
    Result<void> fine;
    EXPECT_TRUE(fine.ok());
    Result<void> failed(Error{ErrorCode::Io, u"disk full"_s, {}});
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(errorCodeName(failed.error().code), u"io"_s);
    EXPECT_EQ(failed.error().toString(), u"disk full"_s);
}
