#pragma once

// A folder feed in the feeds file: {"protocol": "folder", "path", "mapping", "files"} (the
// reader of feedconfig.cpp's, kept apart).

#include "core/catalog/catalog.h"
#include "core/common/jsonproblems.h"
#include "core/feeds/config/feedconfig.h"

#include <QJsonObject>

namespace cityops::feeds {

void readFolder(const QJsonObject& o, JsonProblems& problems, FeedConfig& f, const QString& configPath,
                const Catalog& catalog);

} // namespace cityops::feeds
