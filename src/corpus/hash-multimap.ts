/**
 * Many numbers under each 32-bit key, in typed arrays: millions of (link key, claim) pairs cost
 * about 20 bytes each, where a Map of arrays costs several times that. Open addressing for the keys,
 * a chain through an entry array for the values (newest first).
 */
export class HashMultimap {
  private keys = new Uint32Array(1 << 16);
  private heads = new Int32Array(1 << 16).fill(-1);
  private used = 0;
  private values: Int32Array = new Int32Array(1 << 16);
  private next: Int32Array = new Int32Array(1 << 16);
  private size = 0;

  add(key: number, value: number): void {
    if (this.used * 2 >= this.keys.length) this.grow();
    const slot = this.slotOf(key >>> 0);
    if (this.heads[slot] === -1) {
      this.keys[slot] = key >>> 0;
      this.used++;
    }
    if (this.size === this.values.length) {
      this.values = extend(this.values, this.size * 2);
      this.next = extend(this.next, this.size * 2);
    }
    this.values[this.size] = value;
    this.next[this.size] = this.heads[slot];
    this.heads[slot] = this.size++;
  }

  /** Lets go of every entry. */
  clear(): void {
    this.keys = new Uint32Array(1 << 4);
    this.heads = new Int32Array(1 << 4).fill(-1);
    this.values = new Int32Array(1 << 4);
    this.next = new Int32Array(1 << 4);
    this.used = 0;
    this.size = 0;
  }

  /** Every value added under `key` (newest first). */
  get(key: number): number[] {
    const found: number[] = [];
    for (let entry = this.heads[this.slotOf(key >>> 0)]; entry !== -1; entry = this.next[entry]) found.push(this.values[entry]);
    return found;
  }

  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.heads[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const keys = this.keys;
    const heads = this.heads;
    this.keys = new Uint32Array(keys.length * 2);
    this.heads = new Int32Array(keys.length * 2).fill(-1);
    for (let slot = 0; slot < keys.length; slot++) {
      if (heads[slot] === -1) continue;
      const target = this.slotOf(keys[slot]);
      this.keys[target] = keys[slot];
      this.heads[target] = heads[slot];
    }
  }
}

function extend(array: Int32Array, length: number): Int32Array {
  const larger = new Int32Array(length);
  larger.set(array);
  return larger;
}
