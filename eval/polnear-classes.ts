// Groups claimgraph's attribution errors on a PolNeAR split (SPLIT=train|dev, dev by default) into classes with
// counts: missed cues by word class, extra cues by rule, source errors and content boundary conventions.
// SHOW=<class> prints examples of one class.
import { loadPolnear, predictedAttributions } from './polnear.js';
import { spansOverlap as overlaps, type Span } from '../src/core/span.js';
import { REPORTING_VERB_FORMS } from '../src/pipeline/stages/attribution/lexicon.js';

const split = process.env.SPLIT === 'train' ? 'train' : 'dev';
const documents = loadPolnear(split);
if (!documents) {
  console.log('PolNeAR is absent (../shared/data/attribution/polnear): nothing to classify');
  process.exit(0);
}

const BELIEF =
  /^(think|thinks|thought|believe[sd]?|believing|feel|feels|felt|fear[sed]*|hope[sd]?|hoping|expect[sed]*|want[sed]*|wanting|wish(es|ed)?|doubt[sed]*|suspect[sed]*|assume[sd]?|suppose[sd]?|consider(s|ed)?|view(s|ed)?|regard(s|ed)?|prefer(s|red)?|like[sd]?|liked|love[sd]?|hate[sd]?|know[sn]?|knew|understand[s]?|understood|worr(y|ies|ied)|trust(s|ed)?|agree[sd]?|disagree[sd]?|support(s|ed|ing)?|oppose[sd]?|opposing|favou?r(s|ed)?|back(s|ed|ing)?|endorse[sd]?|decide[sd]?|sees?|saw|seen|view|skeptical)$/;
const PERCEPTION =
  /^(see|sees|saw|seen|seem[sed]*|seeming|appear[sed]*|appearing|look[sed]*|looking|sound[sed]*|hear[sd]?|heard|watch(es|ed)?|notice[sd]?|found|find[s]?|show[sned]*|showing|indicate[sd]?|suggest[sed]*|reveal[sed]*|read|reads)$/;
const BE = /^(is|are|was|were|be|been|being|am|'s|’s|'re|’re|isn't|wasn't|aren't|weren't)$/;
const NOUN_SUFFIX = /(tion|sion|ment|ism|ance|ence|ity|ure|ness|ship|sm|cy|ics|ogy|ary)s?$/;
const NOUN_WORDS = new Set(
  'support criticism opposition allegations allegation claims claim decision view views complaints complaint questions question statement statements comments comment remarks remark plan plans report reports call calls promise promises pledge warning warnings argument arguments accusations accusation charges charge message word words interview speech letter op-ed tweet tweets post posts vote votes stance position assessment concerns concern doubts fears hopes belief beliefs idea ideas proposal proposals attacks attack praise endorsement endorsements announcement testimony suggestion suggestions response answer answers request demand demands insistence push bid agenda policy platform vision pitch case appeal letter poll polls survey surveys data study research analysis findings estimate estimates record admission denial defense defence rhetoric language slogan motto mantra message promise idea theory'.split(
    ' ',
  ),
);

interface Item {
  text: string;
  cue: Span;
  source: Span | null;
  content: Span | null;
}

function words(text: string, span: Span) {
  return text
    .slice(span.start, span.end)
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

function missClass(item: Item): string {
  const cueWords = words(item.text, item.cue);
  const last = cueWords[cueWords.length - 1] ?? '';
  const first = cueWords[0] ?? '';
  const before = item.text
    .slice(Math.max(0, item.cue.start - 30), item.cue.start)
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const previous = before[before.length - 1] ?? '';
  const known = cueWords.some((word) => REPORTING_VERB_FORMS.has(word));
  if (/^[:—–-]$/.test(item.text.slice(item.cue.start, item.cue.end).trim())) return 'punctuation (colon or dash)';
  if (/^according$/.test(first)) return 'according to';
  if (cueWords.length >= 2 && BE.test(first) && /(ed|en)$/.test(cueWords[1] ?? '')) return 'passive ("is expected", "was asked")';
  if (BE.test(previous) && /(ed|en)$/.test(first) && cueWords.length <= 2) return 'passive ("is expected", "was asked")';
  if (known && cueWords.length === 1) return 'known reporting verb, rejected by a rule';
  if (BELIEF.test(last) || BELIEF.test(first)) return 'belief, preference or stance verb';
  if (PERCEPTION.test(last) || PERCEPTION.test(first)) return 'perception or evidence verb (see, seem, appear, show)';
  if (NOUN_WORDS.has(last) || NOUN_WORDS.has(first) || NOUN_SUFFIX.test(last) || /^(the|a|an|his|her|their|its|our|my|your)$/.test(previous)) return 'noun cue';
  if (cueWords.length >= 2 && (cueWords.some((word) => /^(to|about|for|of|on|with|into|at|over|as|up|out|clear|it)$/.test(word)) || known)) return 'phrasal cue ("referring to", "made it clear")';
  if (BE.test(previous) || /(ful|ous|ive|ant|ent|ible|able|ic|al)$/.test(last)) return 'adjective cue ("frustrated", "confident")';
  if (cueWords.length === 1 && /(ed|s|ing)$/.test(last)) return 'other verb (an act PolNeAR counts)';
  return 'other';
}

const missed = new Map<string, number>();
const missedWords = new Map<string, Map<string, number>>();
const extra = new Map<string, number>();
const sourceClasses = new Map<string, number>();
const contentClasses = new Map<string, number>();
const examples = new Map<string, string[]>();
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const show = (key: string, example: string) => {
  if (!process.env.SHOW || !key.toLowerCase().includes(process.env.SHOW.toLowerCase())) return;
  examples.set(key, [...(examples.get(key) ?? []), example]);
};
let goldCues = 0;
const context = (text: string, from: number, to: number) => text.slice(Math.max(0, from - 60), Math.min(text.length, to + 40)).replace(/\s+/g, ' ');
const mark = (text: string, spans: Array<[Span | null, string]>) =>
  spans.map(([span, label]) => (span ? `${label}=[${text.slice(span.start, span.end).replace(/\s+/g, ' ')}]` : `${label}=-`)).join(' ');

for (const { text, gold } of documents) {
  const found = predictedAttributions(text);
  for (const item of gold) {
    if (!item.cue) continue;
    goldCues++;
    const cue = item.cue;
    const match = found.find((level) => level.cueSpan && overlaps(level.cueSpan, cue));
    if (!match) {
      const key = missClass({ text, cue, source: item.source, content: item.content });
      bump(missed, key);
      const byWord = missedWords.get(key) ?? new Map<string, number>();
      bump(byWord, text.slice(cue.start, cue.end).toLowerCase().replace(/\s+/g, ' '));
      missedWords.set(key, byWord);
      show(
        key,
        `${mark(text, [
          [item.source, 'S'],
          [cue, 'C'],
        ])}  | ${context(text, Math.min(cue.start, item.source?.start ?? cue.start), cue.end)}`,
      );
      continue;
    }
    // Source errors on cues that were found.
    let sourceKey: string;
    const foundSource = match.kind === 'author' ? null : match.sourceSpan;
    if (!item.source) sourceKey = foundSource ? 'gold has no source, one found' : 'both without source';
    else if (!foundSource) sourceKey = 'source missed (cue found)';
    else if (foundSource.start === item.source.start && foundSource.end === item.source.end) sourceKey = 'exact';
    else if (overlaps(foundSource, item.source)) {
      sourceKey =
        foundSource.start <= item.source.start && item.source.end <= foundSource.end
          ? 'boundary: found longer'
          : item.source.start <= foundSource.start && foundSource.end <= item.source.end
            ? 'boundary: found shorter'
            : 'boundary: shifted';
    } else sourceKey = /^(he|she|they|it|we|i|you|him|them)$/i.test(text.slice(item.source.start, item.source.end)) ? 'different span (gold a pronoun)' : 'different span';
    bump(sourceClasses, sourceKey);
    if (item.source && foundSource)
      show(
        `source ${sourceKey}`,
        `${mark(text, [
          [item.source, 'gold'],
          [foundSource, 'found'],
        ])}  | ${context(text, Math.min(cue.start, item.source.start), cue.end)}`,
      );
    // Content boundaries on cues that were found.
    if (item.content) {
      const gc = item.content;
      const fc = match.contentSpan;
      let contentKey: string;
      if (!fc) contentKey = 'content missed (cue found)';
      else if (fc.start === gc.start && fc.end === gc.end) contentKey = 'exact';
      else if (!overlaps(fc, gc)) contentKey = 'different span';
      else {
        const goldText = text.slice(gc.start, gc.end);
        const foundText = text.slice(fc.start, fc.end);
        const parts: string[] = [];
        if (fc.start !== gc.start) {
          const between = fc.start < gc.start ? text.slice(fc.start, gc.start) : text.slice(gc.start, fc.start);
          parts.push(
            `start ${fc.start < gc.start ? 'found earlier' : 'found later'} by ${/^\s*["“”]\s*$/.test(between) ? 'a quotation mark' : /^\s*that\s*$/i.test(between) ? '"that"' : between.length > 25 ? 'a long stretch' : `"${between.trim()}"`}`,
          );
        }
        if (fc.end !== gc.end) {
          const between = fc.end < gc.end ? text.slice(fc.end, gc.end) : text.slice(gc.end, fc.end);
          parts.push(
            `end ${fc.end < gc.end ? 'found earlier' : 'found later'} by ${/^[\s.,;"”]*$/.test(between) ? `punctuation "${between.trim()}"` : between.length > 25 ? 'a long stretch' : 'a few words'}`,
          );
        }
        contentKey = parts.join(', ');
        show(`content ${contentKey}`, `gold=[${goldText.slice(0, 120)}] found=[${foundText.slice(0, 120)}]`);
      }
      bump(contentClasses, contentKey);
    }
  }
  const goldContents = gold.flatMap((item) => (item.content ? [item.content] : []));
  for (const level of found) {
    if (!level.cueSpan) continue;
    const span = level.cueSpan;
    if (gold.some((item) => item.cue && overlaps(item.cue, span))) continue;
    if (goldContents.some((other) => other.start <= span.start && span.end <= other.end)) {
      bump(extra, 'nested in a gold content (not scored by univocal)');
      continue;
    }
    const key = `rule ${level.provenance.rule.replace(/^attribution\./, '')}`;
    bump(extra, key);
    show(`extra ${key}`, `cue=[${text.slice(span.start, span.end)}] ${context(text, span.start, span.end)}`);
  }
}

const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
const total = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
console.log(`PolNeAR ${split}: ${documents.length} documents, ${goldCues} gold cues`);
console.log(`\nmissed cues by class (${total(missed)}):`);
for (const [key, value] of sorted(missed)) {
  const top = sorted(missedWords.get(key)!)
    .slice(0, Number(process.env.TOP ?? 12))
    .map(([word, count]) => `${word} ${count}`)
    .join(', ');
  console.log(`${String(value).padStart(6)}  ${key}: ${top}`);
}
console.log(`\nextra cues by rule (${total(extra)}):`);
for (const [key, value] of sorted(extra)) console.log(`${String(value).padStart(6)}  ${key}`);
console.log(`\nsources of found cues (${total(sourceClasses)}):`);
for (const [key, value] of sorted(sourceClasses)) console.log(`${String(value).padStart(6)}  ${key}`);
console.log(`\ncontent of found cues (${total(contentClasses)}):`);
for (const [key, value] of sorted(contentClasses).slice(0, 25)) console.log(`${String(value).padStart(6)}  ${key}`);
for (const [key, list] of examples) {
  console.log(`\n== ${key}`);
  for (const example of list.slice(0, Number(process.env.EXAMPLES ?? 25))) console.log(`> ${example}`);
}
