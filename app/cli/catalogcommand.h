#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace cityops::cli {

// cityops-cli catalog [--json] [--check PATH] [--catalog DIR]
int runCatalogCommand(const QStringList& arguments, Io io);

} // namespace cityops::cli
