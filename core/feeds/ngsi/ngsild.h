#pragma once

// NGSI-LD entities (Orion-LD, Scorpio, Stellio: /ngsi-ld/v1/entities and the temporal API
// /ngsi-ld/v1/temporal/entities) → observations, and what to quarantine with the reason.
// Every representation a broker sends: normalized ({"type": "Property", "value",
// "observedAt", "unitCode"}), concise ({"value", "observedAt"} without a type, or a bare
// value), simplified / keyValues (bare values), the temporal ones (an attribute as an array of
// instances, or {"type": "Property", "values": [[value, time], ...]}). Relationships,
// LanguageProperties, JSON values and text are not measurements; a typed DateTime value
// ({"@type": "DateTime", "@value"}) is a time, not a number. Several instances of one
// attribute (datasetId) are attribute[datasetId]. When an attribute has no observedAt, the
// entity's dateObserved (or observedAt, modifiedAt) is its time; none: it is quarantined.
// The broker's error body ({"type": ".../errors/BadRequestData", "title", "detail"}) is
// the error. Parsed with simdjson.

#include "core/common/result.h"
#include "core/feeds/ngsi/ngsiv2.h"

#include <QByteArrayView>

namespace cityops::feeds {

Result<FeedItems> parseNgsiLd(QByteArrayView json, const NgsiOptions& options = {});

} // namespace cityops::feeds
