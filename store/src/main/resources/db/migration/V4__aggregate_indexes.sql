-- The ledger, version 4: covering indexes for the server's aggregates (GET /api/timeline and /api/graph), so that
-- the counts per month, type and modality, and per (actor, target, type, modality), are read from an index in its
-- order instead of from every event row (on 106,487 events: month buckets 201 -> 15 ms, the graph 232 -> 23 ms,
-- a type's months 91 -> 5 ms; BENCHMARKS.md). events_when stays as it is: it gives the lists their order.
DROP INDEX events_month;
CREATE INDEX events_month ON events (month, type, modality, claims, sources);
DROP INDEX events_type_month;
CREATE INDEX events_type_month ON events (type, month, modality, claims, sources);
CREATE INDEX events_graph ON events (actor, target, type, modality, claims, sources, when_start);
-- a party's events are found by events_actor_when / events_target_when (version 3), whose first column these were
DROP INDEX events_actor;
DROP INDEX events_target;
