// Shared by the browser tests, the screenshot script and the UI bench: a real `claimgraph serve` over
// a temporary SQLite store, and Debian's Chromium driven by playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ingestBytes } from '../src/queries/index.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { fromRoot } from './helpers.js';

export const CHROMIUM = process.env.CLAIMGRAPH_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** A store holding examples/ and the XSS fixture, in a fresh temporary directory. */
export async function fixtureStore(extra: string[] = [fromRoot('test/fixtures/xss-article.html')]): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'claimgraph-ui-')), 'ui.db');
  const store = await openSqliteStore(path);
  const inputs = [
    ...readdirSync(fromRoot('examples'))
      .sort()
      .map((name) => fromRoot('examples', name)),
    ...extra,
  ];
  for (const input of inputs) await ingestBytes(store, readFileSync(input), { source: input.slice(fromRoot().length + 1) });
  await store.close();
  return path;
}

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Runs the real CLI: `claimgraph serve --port 0` and waits for the address it prints. */
export function startServe(db: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fromRoot('bin/claimgraph.js'), 'serve', '--db', db, '--port', '0', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const url = /http:\/\/\S+/.exec(output)?.[0];
      if (url) resolve({ url, child, stop });
    });
    child.stderr!.on('data', (chunk) => (errors += chunk));
    child.once('exit', (code) => reject(new Error(`claimgraph serve exited with ${code}: ${errors}`)));
  });
}

/** Chromium, or null when it is not installed (the caller skips with a message). */
export async function launchChromium(): Promise<Browser | null> {
  if (!existsSync(CHROMIUM)) return null;
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}
