#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace cityops::cli {

// cityops-cli stats list [--json]
// cityops-cli stats run --db DB --service ID [--at T] [--format json|csv]
// cityops-cli stats run --db DB --all [--at T] --format json
// cityops-cli stats run --db DB --kind KIND --series IND@PLACE [--series …] [--from T] [--to T]
//                       [--params JSON] [--format json|csv]
int runStatsCommand(const QStringList& arguments, Io io);

} // namespace cityops::cli
