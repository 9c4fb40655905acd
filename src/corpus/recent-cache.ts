/**
 * Values made from a key, the least recently used let go past `capacity`: what a corpus keeps of
 * the key bodies it unpacked, since the copies of one story meet new claims together. A value is
 * shared by every caller that asks for its key, so it must never be changed after it is made.
 */
export class RecentCache<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K, make: (key: K) => V): V {
    let value = this.values.get(key);
    if (value !== undefined) this.values.delete(key);
    else {
      value = make(key);
      if (this.values.size >= this.capacity) this.values.delete(this.values.keys().next().value!);
    }
    this.values.set(key, value);
    return value;
  }

  clear(): void {
    this.values.clear();
  }
}
