import { memoized } from './memo.js';

/**
 * The one name key: every place that asks "is this the same name?" (entity ids within an article,
 * merging across articles, link-finding, store lookups) compares these. Case, accents, hyphens,
 * spacing, a possessive 's and a leading "the" do not count: "Lashkar-e-Tayyiba" and
 * "lashkar e tayyiba" agree, as do "The Ministry's" and "ministry".
 */
export const nameKey: (name: string) => string = memoized(nameKeyOf, 20_000);

function nameKeyOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
