/**
 * Reads `source` ahead of its consumer and hands over, at each step, everything that has arrived
 * since the last step (at least one item, at most `max`), in order. A slow consumer (a store writer
 * that commits once per batch) thus gets larger batches exactly when it is the bottleneck, and a
 * fast one gets single items without waiting for a batch to fill. At most `max` items are held
 * ahead, so a slow consumer never lets the source pile up in memory. An error of the source is
 * thrown after the items that came before it.
 */
export async function* readyBatches<T>(source: AsyncIterable<T>, max: number, settle: (() => Promise<void>) | null = nextTurn): AsyncGenerator<T[]> {
  if (!(max >= 1)) throw new RangeError(`batch size must be at least 1, got ${max}`);
  const iterator = source[Symbol.asyncIterator]();
  const held: T[] = [];
  let finished = false;
  let stopped = false;
  let failure: { error: unknown } | null = null;
  let arrived: (() => void) | null = null;
  let roomMade: (() => void) | null = null;
  const wake = (waiter: (() => void) | null) => waiter?.();

  const reader = (async () => {
    try {
      while (!stopped) {
        if (held.length >= max) {
          await new Promise<void>((resolve) => (roomMade = resolve));
          continue;
        }
        const next = await iterator.next();
        if (next.done) break;
        held.push(next.value);
        wake(arrived);
        arrived = null;
      }
    } catch (error) {
      failure = { error };
    } finally {
      finished = true;
      wake(arrived);
      arrived = null;
    }
  })();

  try {
    for (;;) {
      if (held.length === 0 && !finished) {
        await new Promise<void>((resolve) => (arrived = resolve));
        // Let what else has arrived in this turn of the event loop (the other threads' messages) join
        // the batch: an item wakes this consumer from a microtask, before the next message is read.
        if (settle) await settle();
      }
      if (held.length > 0) {
        const batch = held.splice(0, max);
        wake(roomMade);
        roomMade = null;
        yield batch;
      } else if (finished) {
        if (failure) throw (failure as { error: unknown }).error;
        return;
      }
    }
  } finally {
    // The consumer stopped (or the source ended): let the reader finish its step, then close the source.
    stopped = true;
    wake(roomMade);
    await reader;
    if (!failure) await iterator.return?.();
  }
}

/** Resolves after the event loop's current turn: messages and I/O already waiting are handled first. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
