/**
 * A pure function of a string, each value kept once made: names, words and ids recur within an
 * article and across articles. Bounded: the memo starts again past `limit` keys, so a long run's
 * memory does not grow with the words it has seen.
 */
export function memoized<T>(make: (key: string) => T, limit: number): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      if (made.size >= limit) made.clear();
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
