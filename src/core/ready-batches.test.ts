import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { MessageChannel } from 'node:worker_threads';
import { readyBatches } from './ready-batches.js';

async function* produce(count: number, delayMs: number, failAt = -1): AsyncGenerator<number> {
  for (let index = 0; index < count; index++) {
    if (delayMs) await sleep(delayMs);
    if (index === failAt) throw new Error(`item ${index} failed`);
    yield index;
  }
}

test('a slow consumer gets batches of what has arrived, in order, never more than max', async () => {
  const batches: number[][] = [];
  for await (const batch of readyBatches(produce(40, 1), 8)) {
    batches.push(batch);
    await sleep(15);
  }
  assert.deepEqual(batches.flat(), [...Array(40).keys()]);
  assert.ok(batches.every((batch) => batch.length >= 1 && batch.length <= 8));
  assert.ok(
    batches.some((batch) => batch.length > 1),
    'items arriving while the consumer works are batched',
  );
});

test('a fast consumer gets single items without waiting for a batch to fill', async () => {
  const sizes: number[] = [];
  for await (const batch of readyBatches(produce(10, 5), 8)) sizes.push(batch.length);
  assert.equal(
    sizes.reduce((a, b) => a + b, 0),
    10,
  );
  assert.ok(sizes.filter((size) => size === 1).length >= 8, `mostly single items: ${sizes}`);
});

test('the reader holds at most max items ahead of a consumer that is not reading', async () => {
  let produced = 0;
  async function* counted(): AsyncGenerator<number> {
    for (let index = 0; index < 100; index++) {
      produced++;
      yield index;
    }
  }
  const batches = readyBatches(counted(), 5);
  const first = await batches.next();
  await sleep(20);
  assert.deepEqual(first.value, [0, 1, 2, 3, 4], 'what arrived in the first turn, up to max');
  assert.ok(produced <= first.value.length + 5 + 1, `read ahead ${produced}`);
  await batches.return(undefined);
});

test("a source's error comes after the items before it", async () => {
  const seen: number[] = [];
  await assert.rejects(
    (async () => {
      for await (const batch of readyBatches(produce(10, 0, 6), 4)) seen.push(...batch);
    })(),
    /item 6 failed/,
  );
  assert.deepEqual(seen, [0, 1, 2, 3, 4, 5]);
});

test('stopping early closes the source', async () => {
  let closed = false;
  async function* source(): AsyncGenerator<number> {
    try {
      for (let index = 0; ; index++) yield index;
    } finally {
      closed = true;
    }
  }
  for await (const batch of readyBatches(source(), 3)) if (batch.includes(2)) break;
  assert.ok(closed);
});

test('a batch size below one is refused', async () => {
  await assert.rejects(readyBatches(produce(1, 0), 0).next(), RangeError);
});

test('messages that arrive while the consumer blocks the thread (a synchronous save) come as one batch', async () => {
  // As analysis threads' replies do: each is its own message, delivered when the thread is free again.
  const { port1, port2 } = new MessageChannel();
  async function* replies(count: number): AsyncGenerator<number> {
    const queue: number[] = [];
    let wake: (() => void) | null = null;
    port2.on('message', (value: number) => {
      queue.push(value);
      wake?.();
    });
    for (let index = 0; index < count; index++) {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      yield queue.shift()!;
    }
  }
  port1.postMessage(0);
  const batches: number[][] = [];
  try {
    for await (const batch of readyBatches(replies(7), 16)) {
      batches.push(batch);
      if (batches.length === 1) {
        for (let value = 1; value < 7; value++) port1.postMessage(value);
        const until = Date.now() + 20;
        while (Date.now() < until); // the thread is busy, as in a save
      }
    }
  } finally {
    port1.close();
  }
  assert.deepEqual(batches, [[0], [1, 2, 3, 4, 5, 6]]);
});

test('without settling, a consumer woken by one message takes it alone', async () => {
  const batches: number[][] = [];
  for await (const batch of readyBatches(produce(3, 2), 8, null)) batches.push(batch);
  assert.deepEqual(batches, [[0], [1], [2]]);
});
