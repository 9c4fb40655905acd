// claimgraph's public API: re-exports only.
export * from './core/index.js';
export { analyze, analyzeText } from './analyze.js';
export { ingest, DEFAULT_MAX_BYTES, type IngestOptions } from './ingest/ingest.js';
export { createPipeline, checkPipeline, type Pipeline } from './pipeline/runner.js';
export type { Key, Stage } from './pipeline/stage.js';
export { DEFAULT_STAGES, getDefaultPipeline } from './pipeline/default.js';
export { toContract, documentToJson, documentWithActors, type ContractOutput, type ContractDocument, type ContractClaim } from './contract/json.js';
export { ContractWriter, streamSink } from './contract/stream.js';
export { VERSION } from './version.js';
export { relationsStage, relationVocabulary, type RelationType, type EdgeStyle } from './pipeline/stages/relations/index.js';
export { findLinks, linkBetween, linkableClaims, type LinkableClaim } from './corpus/links/index.js';
export { crossArticleWork, MemoryCorpus, type CorpusAdditions, type CorpusLookup } from './corpus/corpus.js';
export { nameBlocks, planMerges, similarNames, type MergeCandidate } from './corpus/entities.js';
export { analyzeInOrder, defaultJobs } from './parallel/analysis-pool.js';
export * from './store/index.js';
export * from './queries/index.js';
export { exportFiles, EXPORT_FORMATS, type ExportFormat } from './queries/export/index.js';
