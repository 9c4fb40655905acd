// English language data shared by stages: labels of page furniture.

/**
 * Labels that open captions, credits, bylines and other page furniture ("Photo: AP", "Credit: ...",
 * "Author: ...", "Editor's note: ..."). Before a colon they name no speaker: a caption or a credit is
 * never the source of a claim.
 */
export const PAGE_LABELS = new Set(
  (
    'photo photos photograph photographs image images picture pictures caption credit credits courtesy source sources video videos ' +
    'graphic graphics illustration illustrations map chart infographic file author authors byline by writer written editor editing edited ' +
    'reporting additional contributing contributors related read more see also watch listen update updated updates correction corrections ' +
    'published posted filed date dateline tags topics share note disclaimer advertisement sponsored copyright transcript comments ' +
    'latest question answer name age city remember poll email newsletter briefing live breaking exclusive analysis opinion review ' +
    'interview timeline factbox explainer'
  ).split(' '),
);

/** Whether words before a colon ("Photo", "Editor's note", "Additional reporting") are a page label, not a speaker. */
export function isPageLabel(words: string[]): boolean {
  return words.some((word) => PAGE_LABELS.has(word.toLowerCase().replace(/['’]s$/, '')));
}
