#pragma once

// The demo city served the way a real city serves its data, on loopback:
//
//   NGSI-v2 (FIWARE Orion compatible): GET /v2/entities, /v2/entities/{id}, /version
//     type, idPattern, attrs, q on dateObserved (>=, <=, >, <, ==), limit (1…1000, a larger
//     one is a 400 as in Orion) and offset, options=count (Fiware-Total-Count) and
//     options=keyValues; the Fiware-Service (tenant "danang", or none) and
//     Fiware-ServicePath (/, /#, or /<group>) headers. Smart-Data-Models entity types:
//     AirQualityObserved, WeatherObserved, TrafficFlowObserved, FloodMonitoring,
//     WaterQualityObserved, and KeyPerformanceIndicator for district and city figures.
//   OGC SensorThings API 1.1: GET /v1.1/Datastreams, /v1.1/Datastreams(n),
//     /v1.1/Datastreams(n)/Observations, /v1.1/Observations with $top, $skip, $count,
//     $orderby=phenomenonTime [asc|desc], $filter=phenomenonTime gt|ge|lt|le T [and …]
//     (the last 48 h over every Datastream, 7 days over one) and @iot.nextLink paging.
//
// Every answer is computed from the clock: the values are the demo city's at "now".

#include "core/catalog/catalog.h"
#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/sim/democity.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace cityops::sim {

class DemoFeedServer : public QObject
{
    Q_OBJECT
public:
    DemoFeedServer(const Catalog& catalog, const DemoCity& city, const Clock& clock,
                   QObject* parent = nullptr);
    ~DemoFeedServer() override;

    // Starts listening; returns the port (useful with port 0).
    Result<quint16> listen(const QHostAddress& address, quint16 port);

    // How many NGSI entities the city has (for tests and the start-up line).
    int entityCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cityops::sim
