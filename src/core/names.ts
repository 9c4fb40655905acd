/**
 * The one name key: every place that asks "is this the same name?" (entity ids within an article,
 * merging across articles, link-finding, store lookups) compares these. Case, accents, hyphens,
 * spacing, a possessive 's and a leading "the" do not count: "Lashkar-e-Tayyiba" and
 * "lashkar e tayyiba" agree, as do "The Ministry's" and "ministry".
 */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= NAME_KEYS_LIMIT) nameKeys.clear();
    key = nameKeyOf(name);
    nameKeys.set(name, key);
  }
  return key;
}

/**
 * Keys already made, by name: the same names recur within an article and across articles, and a key
 * costs a normalisation and four replacements. Bounded: it starts again past NAME_KEYS_LIMIT names.
 */
const nameKeys = new Map<string, string>();
const NAME_KEYS_LIMIT = 20_000;

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
