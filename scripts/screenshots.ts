// npm run screenshots: one PNG per page of the web UI into docs/, from a store of examples/.
import { mkdirSync } from 'node:fs';
import { fixtureStore, launchChromium, startServe } from '../test/browser-harness.js';
import { fromRoot } from '../test/helpers.js';

const PAGES: Array<{ file: string; hash: string; ready: string; prepare?: string }> = [
  { file: 'library.png', hash: '#/library', ready: 'table.table tbody tr' },
  { file: 'reader.png', hash: '#/library?q=veloria', ready: '.article-text', prepare: 'reader' },
  { file: 'entity.png', hash: '#/library', ready: '.entity-page', prepare: 'entity' },
  { file: 'network.png', hash: '#/network', ready: '.graph-canvas canvas', prepare: 'edge' },
  { file: 'timeline.png', hash: '#/timeline', ready: '.timeline-chart' },
  { file: 'claims.png', hash: '#/claims?sort=checkworthiness', ready: '.claims-table tbody tr' },
  { file: 'links.png', hash: '#/links', ready: '.pair' },
];

async function main() {
  const browser = await launchChromium();
  if (!browser) throw new Error('no Chromium at /usr/bin/chromium: apt-get install -y chromium');
  // The screenshots show the bundled examples only (not the XSS fixture the tests add).
  const db = await fixtureStore([]);
  const server = await startServe(db);
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  page.on('console', (message) => message.type() === 'error' && console.error(`console: ${message.text()}`));
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  mkdirSync(fromRoot('docs'), { recursive: true });
  for (const shot of PAGES) {
    await page.goto(`${server.url}${shot.hash}`);
    if (shot.prepare === 'reader') {
      await page.click('table.table tbody tr a');
      await page.waitForSelector('.claim');
      await page.click('.article-text .claim-anonymous');
      await page.waitForSelector('.source-chain');
    } else if (shot.prepare === 'edge') {
      await page.waitForSelector('table.table button.linklike');
      await page.click('table.table button.linklike');
      await page.waitForSelector('.edge-claims .compact-claims li');
      await page.evaluate(() => window.scrollTo(0, 0));
    } else if (shot.prepare === 'entity') {
      await page.goto(`${server.url}#/network`);
      await page.waitForSelector('.entity-list a');
      await page.click('.entity-list a');
    }
    await page.waitForSelector(shot.ready, { timeout: 15_000 });
    if (shot.file === 'network.png') await page.waitForFunction(() => document.body.textContent?.includes('Layout computed'), null, { timeout: 15_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: fromRoot('docs', shot.file) });
    console.log(`docs/${shot.file}`);
  }
  await browser.close();
  await server.stop();
}

await main();
