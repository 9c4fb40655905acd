import { createPipeline, type Pipeline } from './runner.js';
import type { Stage } from './stage.js';
import { attributionStage } from './stages/attribution/index.js';
import { checkworthinessStage } from './stages/checkworthiness/index.js';
import { claimsStage } from './stages/claims/index.js';
import { entitiesStage } from './stages/entities/index.js';
import { hedgesStage } from './stages/hedges/index.js';
import { relationsStage } from './stages/relations/index.js';
import { quantitiesStage } from './stages/quantities/index.js';
import { sentencesStage } from './stages/sentences/index.js';
import { speakersStage } from './stages/speakers/index.js';
import { timesStage } from './stages/times/index.js';

/** The rule-based stages of a full analysis, in order; the model-based ones follow them. */
export const DEFAULT_STAGES: readonly Stage[] = [sentencesStage, claimsStage, attributionStage, hedgesStage, quantitiesStage, timesStage];

let defaultPipeline: Pipeline | null = null;

/** The full pipeline, with the shipped models loaded once. */
export function getDefaultPipeline(): Pipeline {
  defaultPipeline ??= createPipeline([...DEFAULT_STAGES, entitiesStage, speakersStage, relationsStage, checkworthinessStage()]);
  return defaultPipeline;
}
