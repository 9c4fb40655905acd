// Use cases shared by the CLI and the HTTP server: re-exports only.
export { ingestAll, ingestBytes, reanalyze, sourceHash, type IngestInput } from './ingest.js';
export { entityProfile, entityNames, resolveEntityIds, type EntityProfile } from './entity.js';
export { network, type Network, type NetworkEdge, type NetworkNode } from './network.js';
