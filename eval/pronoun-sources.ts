// The share of pronoun sources resolved to the right antecedent, on 100 pronoun sources of PolNeAR's
// dev split whose antecedents were labelled by hand here (eval/polnear-pronoun-sources.tsv: offsets
// and the antecedent's name only; the articles are read from ../shared/data).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/analyze.js';
import { attributionLevels } from '../src/core/annotations.js';
import { nameKey } from '../src/pipeline/stages/entities/resolve.js';
import { dataSet, PROJECT_ROOT } from './shared-data.js';

export interface PronounSourceScore {
  labelled: number;
  /** Pronouns claimgraph read as the source of an attribution. */
  found: number;
  right: number;
  unresolved: number;
  wrong: Array<{ file: string; pronoun: string; expected: string; got: string }>;
}

export function evaluatePronounSources(): PronounSourceScore | null {
  const root = dataSet('attribution/polnear/data/dev/text');
  const labels = join(PROJECT_ROOT, 'eval', 'polnear-pronoun-sources.tsv');
  if (!root || !existsSync(labels)) return null;
  const rows = readFileSync(labels, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  const byFile = new Map<string, string[][]>();
  for (const row of rows) byFile.set(row[0], [...(byFile.get(row[0]) ?? []), row]);
  const score: PronounSourceScore = { labelled: rows.length, found: 0, right: 0, unresolved: 0, wrong: [] };
  for (const [file, fileRows] of byFile) {
    const raw = readFileSync(join(root, file), 'utf8');
    // Analysed as the raw text it is, with a one-line header so that ingest takes the article whole.
    const prefix = 'PolNeAR article\n\n';
    const analysis = analyzeText(prefix + raw);
    const text = analysis.document.text;
    // Ingest may drop or rejoin lines: each span is found by its own words with some context.
    const locate = (offset: number) => {
      for (const context of [40, 20, 8]) {
        const piece = raw.slice(Math.max(0, offset - context), offset + 12);
        const found = text.indexOf(piece);
        if (found !== -1) return found + Math.min(context, offset);
      }
      return null;
    };
    const levels = analysis.claims.flatMap((claim) => attributionLevels(claim.attribution));
    for (const [, start, , pronoun, antecedent, antecedentStart, antecedentEnd] of fileRows) {
      const at = locate(Number(start));
      const antecedentAt = locate(Number(antecedentStart));
      if (at === null) continue;
      const level = levels.find((item) => item.sourceSpan && item.sourceSpan.start === at && item.anaphor !== undefined);
      if (!level) continue;
      score.found++;
      if (!level.resolved) {
        score.unresolved++;
        continue;
      }
      const antecedentLength = Number(antecedentEnd) - Number(antecedentStart);
      const goldEntity =
        antecedentAt === null ? undefined : analysis.mentions.find((mention) => mention.kind !== 'pronoun' && mention.start < antecedentAt + antecedentLength && antecedentAt < mention.end)?.entity;
      const got = level.source ?? '';
      const gold = nameKey(antecedent.replace(/^(Mr|Mrs|Ms|Dr)\.?\s+/, ''));
      const right = (goldEntity !== undefined && goldEntity === level.entity) || (gold.length > 2 && (nameKey(got).includes(gold) || gold.includes(nameKey(got))));
      if (right) score.right++;
      else score.wrong.push({ file, pronoun, expected: antecedent, got });
    }
  }
  return score;
}
