import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../core/analysis.js';
import { ClaimgraphError } from '../core/errors.js';
import { ingest } from '../ingest/ingest.js';
import { createPipeline } from './runner.js';
import type { Stage } from './stage.js';
import { DEFAULT_STAGES } from './default.js';
import { claimsStage } from './stages/claims/index.js';

const document = ingest(Buffer.from('Headline\n\nThe army said the road was open. It was closed again on Monday.\n'), { source: 'a.txt' });

test('a pipeline with a gap is refused before anything runs', () => {
  assert.throws(
    () => createPipeline([claimsStage]),
    (error: unknown) => error instanceof ClaimgraphError && error.kind === 'pipeline_gap' && /requires sentences/.test(error.message),
  );
});

test('a stage that leaves a span outside the text is caught', () => {
  const broken: Stage = {
    name: 'test.broken',
    version: '0.0.0',
    requires: ['document'],
    provides: ['sentences'],
    run: (analysis: Analysis) => ({
      ...analysis,
      sentences: [{ start: 0, end: analysis.document.text.length + 5, region: 'body', paragraph: 0, provenance: { stage: 'test.broken', version: '0.0.0', rule: 'x' } }],
    }),
  };
  assert.throws(
    () => createPipeline([broken]).run(document),
    (error: unknown) => error instanceof ClaimgraphError && error.kind === 'span_out_of_range',
  );
});

test('a later stage that moves one part of one claim outside the text is caught, and named', () => {
  // After the first stage only what a stage made anew is read: the check must still see one new hedge.
  const hedging: Stage = {
    name: 'test.hedging',
    version: '0.0.0',
    requires: ['claims'],
    provides: ['hedges'],
    run: (analysis: Analysis) => ({
      ...analysis,
      claims: analysis.claims.map((claim, index) =>
        index === analysis.claims.length - 1
          ? { ...claim, hedges: [{ start: claim.start, end: analysis.document.text.length + 1, cue: 'x', kind: 'x', provenance: claim.provenance }] as never }
          : claim,
      ),
    }),
  };
  assert.throws(
    () => createPipeline([...DEFAULT_STAGES, hedging]).run(document),
    (error: unknown) => error instanceof ClaimgraphError && error.kind === 'span_out_of_range' && /stage test\.hedging left a hedge/.test(error.message),
  );
});

test('a stage that changes the text is caught', () => {
  const rewriting: Stage = {
    name: 'test.rewrite',
    version: '0.0.0',
    requires: ['document'],
    provides: ['sentences'],
    run: (analysis: Analysis) => ({ ...analysis, document: { ...analysis.document, text: analysis.document.text.toUpperCase() } }),
  };
  assert.throws(() => createPipeline([rewriting]).run(document), /changed the document text/);
});

test('the default pipeline records each stage and its version, and is deterministic', () => {
  const pipeline = createPipeline(DEFAULT_STAGES);
  const first = pipeline.run(document);
  assert.deepEqual(
    first.stages.map((stage) => stage.name),
    DEFAULT_STAGES.map((stage) => stage.name),
  );
  assert.deepEqual(JSON.stringify(pipeline.run(document)), JSON.stringify(first));
  for (const claim of first.claims) assert.equal(first.document.text.slice(claim.start, claim.end), claim.text);
});
