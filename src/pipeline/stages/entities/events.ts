/**
 * Events the tagger has no class for, found by pattern: "the First Intifada", "the 1982 battle for
 * Beirut", "the Oct. 7 attacks", "the April 22 terror attacks", "the 1971 war of independence".
 */
/** The patterns, exported for the test that each match spells one of its `needs`. */
export const EVENT_PATTERNS: Array<{ pattern: RegExp; needs: string[] }> = [
  { pattern: /\b(?:the\s+)?(?:First|Second|Third)\s+Intifada\b/g, needs: ['Intifada'] },
  {
    pattern:
      /\b(?:the\s+)?\d{4}\s+(?:battle|war|siege|invasion|massacre|uprising|revolution|election|elections|coup|crisis|attack|attacks|bombing|bombings|riots|war of independence)(?:\s+(?:for|of|in|on)\s+\p{Lu}[\p{L}-]+)?/gu,
    needs: [],
  },
  {
    pattern: /\b(?:the\s+)?(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s+\d{4})?\s+(?:terror\s+|terrorist\s+)?(?:attacks?|massacre|bombings?|raid)\b/g,
    needs: ['attack', 'massacre', 'bombing', 'raid'],
  },
  {
    pattern:
      /\b(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s+\d{4})?\s+(?:terror\s+|terrorist\s+)?(?:attacks?|massacre|bombings?|raid)\b/g,
    needs: ['attack', 'massacre', 'bombing', 'raid'],
  },
  {
    pattern: /\b(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,5}\s+(?:War|Intifada|Revolution|Uprising|Accords?|Summit|Conference|Agreement|Declaration of Independence)\b/gu,
    needs: ['War', 'Intifada', 'Revolution', 'Uprising', 'Accord', 'Summit', 'Conference', 'Agreement', 'Declaration of Independence'],
  },
];

export function findEvents(text: string): Array<{ start: number; end: number; text: string }> {
  const found: Array<{ start: number; end: number; text: string }> = [];
  for (const { pattern, needs } of EVENT_PATTERNS) {
    // Each pattern is case-sensitive and spells one of its `needs` out in every match: a text with none is not scanned.
    if (needs.length > 0 && !needs.some((word) => text.includes(word))) continue;
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      let start = match.index ?? 0;
      let value = match[0];
      if (value.startsWith('the ')) {
        start += 4;
        value = value.slice(4);
      }
      found.push({ start, end: start + value.length, text: value });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Sorted by start, so an item overlaps an earlier kept one exactly when it starts before the
  // furthest end kept so far (linear, where comparing against every earlier item was quadratic).
  const kept: typeof found = [];
  let keptEnd = -1;
  for (const item of found) {
    if (item.start < keptEnd) continue;
    kept.push(item);
    keptEnd = item.end;
  }
  return kept;
}
