import type { Analysis } from './analysis.js';
import { ClaimgraphError } from './errors.js';

/**
 * What one document may cost. A document over any budget fails alone, with a budget_exceeded
 * error naming the budget; the batch it belongs to goes on. The HTML limits are checked by a
 * linear scan before any DOM is built; the others after each stage of the pipeline.
 */
export interface Budgets {
  /** Wall-clock time for ingest and analysis of one document, checked between stages. */
  timeMs: number;
  /** HTML elements counted before parsing. Above 100,000 the page is read by stripping tags. */
  htmlElements: number;
  /** HTML elements that each make a paragraph (p, li, h1-h6, blockquote, tr...), counted before parsing. */
  htmlBlocks: number;
  sentences: number;
  claims: number;
  /** Length of an entity's name or alias, in UTF-16 units: also keeps every index key small. */
  nameLength: number;
  mentionLength: number;
  claimLength: number;
}

/** What each budget is called on the command line, and what it measures (for messages and help). */
export const BUDGET_OPTIONS: Record<keyof Budgets, { option: string; what: string }> = {
  timeMs: { option: '--max-seconds', what: 'milliseconds of analysis' },
  htmlElements: { option: '--max-html-elements', what: 'HTML elements' },
  htmlBlocks: { option: '--max-html-blocks', what: 'HTML block elements' },
  sentences: { option: '--max-sentences', what: 'sentences' },
  claims: { option: '--max-claims', what: 'claims' },
  nameLength: { option: '--max-name-length', what: 'characters in an entity name' },
  mentionLength: { option: '--max-mention-length', what: 'characters in a mention' },
  claimLength: { option: '--max-claim-length', what: 'characters in a claim' },
};

/**
 * No name or mention may be longer than this, whatever the budget says: PostgreSQL refuses a btree
 * key over 2,704 bytes, and 800 UTF-16 units are at most 2,400 bytes of UTF-8.
 */
export const MAX_STORED_NAME_LENGTH = 800;

/**
 * Defaults far above any real article (the longest news features run to a few thousand sentences),
 * low enough that the densest input under the 10 MiB size cap stays within seconds per MiB.
 * A sentence is never over 2,000 characters: longer runs are cut (sentences stage), not failed.
 */
export const DEFAULT_BUDGETS: Readonly<Budgets> = {
  timeMs: 60_000,
  htmlElements: 2_000_000,
  htmlBlocks: 20_000,
  sentences: 20_000,
  claims: 20_000,
  nameLength: 200,
  mentionLength: 200,
  claimLength: 10_000,
};

export function budgetError(source: string, budget: keyof Budgets, found: number, limit: number): ClaimgraphError {
  const { option, what } = BUDGET_OPTIONS[budget];
  return new ClaimgraphError('budget_exceeded', `${source}: over the ${budget} budget: ${found.toLocaleString('en')} ${what}, the limit is ${limit.toLocaleString('en')} (${option})`, { budget });
}

/** Checks what the pipeline has produced so far against the budgets; throws on the first one exceeded. */
export function checkBudgets(analysis: Analysis, budgets: Budgets, startedAt: number, now: number, before?: Analysis): void {
  const source = analysis.document.source;
  const elapsed = now - startedAt;
  if (elapsed > budgets.timeMs) throw budgetError(source, 'timeMs', Math.round(elapsed), budgets.timeMs);
  if (analysis.sentences.length > budgets.sentences) throw budgetError(source, 'sentences', analysis.sentences.length, budgets.sentences);
  if (analysis.claims.length > budgets.claims) throw budgetError(source, 'claims', analysis.claims.length, budgets.claims);
  // Lists the stage passed on untouched (the same array as `before`'s) were checked after an earlier stage.
  if (analysis.claims !== before?.claims) {
    for (const claim of analysis.claims) {
      if (claim.end - claim.start > budgets.claimLength) throw budgetError(source, 'claimLength', claim.end - claim.start, budgets.claimLength);
    }
  }
  if (analysis.mentions !== before?.mentions) {
    for (const mention of analysis.mentions) {
      if (mention.end - mention.start > budgets.mentionLength) throw budgetError(source, 'mentionLength', mention.end - mention.start, budgets.mentionLength);
    }
  }
  if (analysis.entities !== before?.entities) {
    for (const entity of analysis.entities) {
      if (entity.name.length > budgets.nameLength) throw budgetError(source, 'nameLength', entity.name.length, budgets.nameLength);
      for (const alias of entity.aliases) {
        if (alias.length > budgets.nameLength) throw budgetError(source, 'nameLength', alias.length, budgets.nameLength);
      }
    }
  }
}
