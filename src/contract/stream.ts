import { VERSION } from '../version.js';
import type { ContractDocument, ContractOutput } from './json.js';

/** Where the output goes: a write that may ask the caller to wait (a stream's backpressure). */
export type Sink = (chunk: string) => Promise<void> | void;

const indented = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(depth)}`);

/**
 * Writes the JSON contract as it is produced: each document as soon as it is analysed, then the
 * corpus-level arrays item by item, so no single string ever holds the whole output. The text is
 * the same as `JSON.stringify(output, null, 2)` of the whole object.
 */
export class ContractWriter {
  private documents = 0;

  constructor(private readonly sink: Sink) {}

  async begin(): Promise<void> {
    await this.sink(`{\n  "version": ${JSON.stringify(VERSION)},\n  "documents": [`);
  }

  async document(document: ContractDocument): Promise<void> {
    await this.sink(`${this.documents++ === 0 ? '' : ','}\n    ${indented(document, 4)}`);
  }

  /** Closes the documents and writes the corpus-level arrays; each may be an (async) iterable read item by item. */
  async end(rest: { [Field in keyof Omit<ContractOutput, 'version' | 'documents'>]: Iterable<ContractOutput[Field][number]> | AsyncIterable<ContractOutput[Field][number]> }): Promise<void> {
    await this.sink(this.documents === 0 ? '],' : '\n  ],');
    const fields = Object.entries(rest) as Array<[string, Iterable<unknown> | AsyncIterable<unknown>]>;
    for (const [index, [name, items]] of fields.entries()) {
      await this.sink(`\n  ${JSON.stringify(name)}: [`);
      let count = 0;
      for await (const item of items) await this.sink(`${count++ === 0 ? '' : ','}\n    ${indented(item, 4)}`);
      await this.sink(`${count === 0 ? ']' : '\n  ]'}${index === fields.length - 1 ? '' : ','}`);
    }
    await this.sink('\n}\n');
  }
}

/** A sink over a writable stream that waits for 'drain' when the stream's buffer is full. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  return (chunk) => {
    if (stream.write(chunk)) return;
    return new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  };
}
