// Use cases shared by the CLI and the HTTP server: re-exports only.
export { ingestAll, ingestBytes, reanalyze, sourceHash, type IngestInput } from './ingest.js';
export { entityProfile, entityNames, resolveEntityIds, type EntityProfile } from './entity.js';
export { network, type Network, type NetworkEdge, type NetworkNode, type NetworkOptions } from './network.js';
export { library, type Library, type LibraryFilter, type LibraryRow } from './library.js';
export { readerData, linkedClaims, type ReaderData, type LinkedClaim } from './reader.js';
export { claimDetail, type ClaimDetail } from './claim-detail.js';
export { linkPairs, type LinkPair } from './links-view.js';
