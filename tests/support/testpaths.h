#pragma once

#include <QString>

namespace cityops::test {

// The project's source tree.
QString sourceDir();
// tests/data in the source tree.
QString testDataDir();
// ../shared/data beside the checkout (third-party data, never copied into the repo), or
// $CITYOPS_SHARED_DATA. Empty when absent: tests that need it skip with a message.
QString sharedDataDir();
// Copies the built-in catalog (":/catalog") into `directory`; false on failure.
bool copyEmbeddedCatalog(const QString& directory);

} // namespace cityops::test

#define CITYOPS_REQUIRE_SHARED_DATA()                                                                        \
    do {                                                                                                     \
        if (cityops::test::sharedDataDir().isEmpty())                                                        \
            GTEST_SKIP() << "../shared/data is absent (set CITYOPS_SHARED_DATA): third-party data not here"; \
    } while (false)
