#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace cityops::cli {

// cityops-cli feeds probe ngsi-v2 URL [--type T] [--service S] [--service-path P]
int runFeedsCommand(const QStringList& arguments, Io io);

} // namespace cityops::cli
