import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../analyze.js';
import { CLAIM_TYPES, claimTypeFeatures, claimTypeModel, claimTypeParts, classifyClaimType } from './index.js';
import { strongestWord } from './type-model.js';

const claimsOf = (body: string) => analyzeText(`Headline\n\n${body}\n`).claims;

test('claim types: prescriptive by deontic modal, opinion by evaluative words, factual otherwise', () => {
  const claims = claimsOf('The international community must condemn this strategy. Islamabad’s desperate efforts have so far failed miserably. The attack killed 26 tourists.');
  assert.deepEqual(
    claims.map((claim) => claim.type),
    ['prescriptive', 'opinion', 'factual'],
  );
  assert.deepEqual(
    claims[0].typeCues.map((cue) => cue.cue),
    ['must'],
  );
  assert.deepEqual(
    claims[1].typeCues.map((cue) => cue.cue),
    ['desperate', 'failed miserably'],
  );
});

test('"must have been" is not a prescription; "will have to" is a forecast', () => {
  const claims = claimsOf('The figure must have been exaggerated. If it accepts the deal, it will have to give up the valley.');
  assert.deepEqual(
    claims.map((claim) => claim.type),
    ['factual', 'prediction'],
  );
});

test('a forecast is a prediction; "should not surprise" and first-person disagreement are opinion, not prescription', () => {
  const claims = claimsOf(
    'The Orlen harbour will still have to contend with silt for a decade. It should not surprise anyone that the levy failed. I disagree with the notion that the bypass helps shops.',
  );
  assert.deepEqual(
    claims.map((claim) => claim.type),
    ['prediction', 'opinion', 'opinion'],
  );
  assert.deepEqual(
    claims[0].typeCues.map((cue) => `${cue.kind}:${cue.cue}`),
    ['forecast:will'],
  );
});

test("a character described in a film or novel is not the writer's opinion", () => {
  const claims = claimsOf('The film follows a desperate, ageing violinist named Ada Renn on her last tour.');
  assert.equal(claims[0].type, 'factual');
  assert.deepEqual(claims[0].typeCues, []);
});

test('agencies "should bring ... under surveillance" is prescriptive; "As we know" is the writer\'s stance', () => {
  const claims = claimsOf('As we know, there are over eight thousand fighters. Our agencies should bring these fighters under strict surveillance.');
  assert.equal(claims[0].type, 'opinion');
  assert.equal(claims[1].type, 'prescriptive');
});

test('a quotation running over several sentences stays one claim with its introduction', () => {
  const claims = claimsOf('The paper wrote: “A group has formed. It calls for a boycott. It is growing.” Officials declined to comment.');
  assert.equal(claims.length, 2);
  assert.equal(claims[0].text, 'The paper wrote: “A group has formed. It calls for a boycott. It is growing.”');
  assert.equal(claims[0].sentences.length, 3);
});

test('claim ids are stable for the same input', () => {
  const first = claimsOf('The attack killed 26 tourists. The army responded.');
  const second = claimsOf('The attack killed 26 tourists. The army responded.');
  assert.deepEqual(
    first.map((claim) => claim.id),
    second.map((claim) => claim.id),
  );
});

test('a sentence joining independent claims is split; lists after a colon and quotations are not', () => {
  const claims = claimsOf(
    'Pakistan decided to conduct similar attacks in India; Pakistan and India have been fighting for decades. The council named three goals: lower taxes; more jobs; safer streets for all. He said: “We stay; they leave, and that is all.”',
  );
  assert.deepEqual(
    claims.map((claim) => [claim.text, claim.part ?? null]),
    [
      ['Pakistan decided to conduct similar attacks in India', 0],
      ['Pakistan and India have been fighting for decades.', 1],
      ['The council named three goals: lower taxes; more jobs; safer streets for all.', null],
      ['He said: “We stay; they leave, and that is all.”', null],
    ],
  );
});

test('the claim-type model reads the same sums from the parts as from the feature strings it was trained on', () => {
  const model = claimTypeModel();
  const sentences = [
    'The ministry must publish the figures by 2027, the union said.',
    'Frankly, the “so-called reform” is a disgrace and I strongly disagree with it.',
    'Profits rose 12% to £3.4bn in the year to March, and shares fell 2.5% on Friday.',
    'Kessel will travel to Arden next week; the talks are expected to resume.',
    'A ruthless banker named Otto Varga follows the money in the novel.',
  ];
  for (const sentence of sentences) {
    const { scores } = classifyClaimType(model, claimTypeParts(sentence));
    for (const type of CLAIM_TYPES) {
      let sum = 0;
      for (const feature of claimTypeFeatures(sentence)) sum += model.weights[type][feature] ?? 0;
      assert.ok(Math.abs(scores[type] - 1 / (1 + Math.exp(-sum))) < 1e-12, `${type}: ${sentence}`);
      // The strongest word, read from the table, is the one the "w=" weights name.
      let best: { cue: string; weight: number } | null = null;
      for (const match of sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
        if (match[0].length < 3 || ['the', 'and', 'with', 'that', 'this', 'from', 'has', 'are', 'was', 'not', 'its'].includes(match[0].toLowerCase())) continue;
        const weight = model.weights[type][`w=${match[0].toLowerCase().replace(/’/g, "'")}`] ?? 0;
        if (weight > 0.3 && (!best || weight > best.weight)) best = { cue: match[0], weight };
      }
      assert.equal(strongestWord(model, type, sentence)?.cue, best?.cue, `${type}: ${sentence}`);
    }
  }
});
