import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Link } from '../core/annotations.js';

/**
 * Links found during a long `analyze --json`, kept in a temporary file (one JSON line each) rather
 * than in memory until the end, where they are read back in order. A replicated corpus of 20,000
 * articles has over a million links.
 */
export class LinkSpool {
  private readonly directory = mkdtempSync(join(tmpdir(), 'claimgraph-links-'));
  private readonly path = join(this.directory, 'links.jsonl');
  private readonly fd = openSync(this.path, 'w');
  count = 0;

  add(links: Link[]): void {
    if (links.length === 0) return;
    writeSync(this.fd, `${links.map((link) => JSON.stringify(link)).join('\n')}\n`);
    this.count += links.length;
  }

  async *read(): AsyncGenerator<Link> {
    closeSync(this.fd);
    const lines = createInterface({ input: createReadStream(this.path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as Link;
  }

  remove(): void {
    rmSync(this.directory, { recursive: true, force: true });
  }
}
