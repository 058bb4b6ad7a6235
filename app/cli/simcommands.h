#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace cityops::cli {

// cityops-cli simulate --db DB --from T --days N [--seed S] [--json]
int runSimulateCommand(const QStringList& arguments, Io io);

} // namespace cityops::cli
