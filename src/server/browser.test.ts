// The web UI in Debian's Chromium, against a real `claimgraph serve` over examples/ plus an XSS fixture.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, fixtureStore, launchChromium, startServe, type ServeProcess } from '../../test/browser-harness.js';
import { fromRoot } from '../../test/helpers.js';

const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}: apt-get install -y chromium (CI installs it)`;
if (skip) console.log(`# browser tests skipped: ${skip}`);

describe('web UI in Chromium', { skip }, () => {
  let db: string;
  let server: ServeProcess;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    db = await fixtureStore();
    server = await startServe(db);
    browser = (await launchChromium())!;
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const open = async (hash: string) => {
    await page.goto(`${server.url}${hash}`);
    await page.waitForSelector('main h1');
  };

  test('each page loads, with no script error and no CSP violation', async () => {
    for (const hash of ['#/library', '#/claims', '#/network', '#/timeline', '#/links', '#/search?q=depots']) {
      await open(hash);
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      assert.equal(await page.locator('.error').count(), 0, `${hash}: ${await page.locator('.error').allTextContents()}`);
    }
    await page.waitForSelector('.claims-table tbody tr');
    assert.deepEqual(problems, []);
  });

  test('clicking a claim in the reader shows its source chain; j moves to the next claim', async () => {
    await open('#/library?q=karsk herald');
    await page.click('table.table tbody tr a');
    await page.waitForSelector('.article-text .claim');
    const first = page.locator('.article-text .claim-anonymous').first();
    const text = (await first.textContent()) ?? '';
    await first.click();
    const chain = page.locator('.source-chain');
    await chain.waitFor();
    assert.match((await chain.textContent()) ?? '', /speaker/i);
    assert.match((await chain.textContent()) ?? '', /Karsk Herald/);
    assert.ok(text.includes(((await chain.locator('q').textContent()) ?? '').slice(0, 20)), 'the chain quotes the clicked claim');
    const selected = new URL(page.url()).hash;
    await page.keyboard.press('j');
    await page.waitForFunction((before) => window.location.hash !== before, selected);
    assert.match(new URL(page.url()).hash, /claim=clm_/);
    assert.equal(await page.locator('details.removed summary').count(), 1);
  });

  test('the claims table filters on the server and says N of M', async () => {
    await open('#/claims');
    await page.waitForSelector('.claims-table tbody tr');
    const everything = (await page.locator('.pager-count').textContent()) ?? '';
    await page.click('.chips .chip-anonymous');
    await page.waitForFunction(() => window.location.hash.includes('attribution=anonymous'));
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('.claims-table tbody tr'));
      return rows.length > 0 && rows.every((row) => row.classList.contains('row-anonymous'));
    });
    const filtered = (await page.locator('.pager-count').textContent()) ?? '';
    assert.match(filtered, /^1–\d+ of \d+$/);
    assert.ok(Number(/of (\d+)/.exec(filtered)![1]) < Number(/of (\d+)/.exec(everything)![1]));
  });

  test('an entity opens from the network (its table view)', async () => {
    await open('#/network');
    await page.waitForSelector('.graph-canvas canvas');
    await page.waitForFunction(() => /Layout computed/.test(document.body.textContent ?? ''));
    // "Export this view" as an SVG drawing holds the entities drawn.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:text("(SVG drawing)")')]);
    const svg = readFileSync((await download.path())!, 'utf8');
    assert.match(svg, /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const name of await page.locator('.entity-list a').allTextContents()) assert.ok(svg.includes(`>${name.replace(/&/g, '&#38;')}</text>`), name);
    // An edge opens the claims behind it.
    await page.locator('table.table button.linklike').first().click();
    await page.waitForSelector('.edge-claims .compact-claims li a');
    const link = page.locator('.entity-list a').first();
    const name = (await link.textContent()) ?? '';
    await link.click();
    await page.waitForSelector('.entity-page h1');
    assert.equal(await page.locator('.entity-page h1').textContent(), name);
    assert.match((await page.locator('.entity-page').textContent()) ?? '', /Claims about it, by who asserts them/);
    // Its articles open on its mentions, with previous / next.
    await page.locator('.entity-page .columns > section').nth(1).locator('ul a').first().click();
    await page.waitForSelector('.stepper');
    assert.match((await page.locator('.stepper').textContent()) ?? '', /mention 1 of \d+/);
    assert.ok((await page.locator('.article-text .m-focus').count()) > 0);
  });

  test('an uploaded file is analysed and appears in the library', async () => {
    await open('#/library');
    await page.click('.add-articles summary');
    await page.setInputFiles('.add-articles input[type=file]', {
      name: 'orrin-ferry.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'Orrin ferry service suspended\n\nThe Orrin ferry will not sail until April, the port authority said on Monday. Crew members said the engines may have been neglected for years.\n',
      ),
    });
    await page.waitForSelector('.job-done a');
    await page.waitForSelector('table.table a:text("Orrin ferry service suspended")');
    await page.click('.job-done a');
    await page.waitForSelector('.article-text .claim');
  });

  test('script, onerror, javascript: and SVG payloads in every field stay inert text', async () => {
    const inert = async (where: string) => {
      const found = await page.evaluate(() => ({
        xss: (window as { __xss?: unknown }).__xss,
        images: document.querySelectorAll('img').length,
        svgOnload: document.querySelectorAll('svg[onload]').length,
        scripts: Array.from(document.querySelectorAll('script')).filter((script) => !script.src).length,
        handlers: Array.from(document.querySelectorAll('*')).flatMap((element) =>
          Array.from(element.attributes)
            .filter((attribute) => attribute.name.startsWith('on'))
            .map((attribute) => attribute.name),
        ),
        badLinks: Array.from(document.querySelectorAll('a[href]'))
          .map((anchor) => anchor.getAttribute('href')!)
          .filter((href) => /^\s*javascript:/i.test(href)),
      }));
      assert.deepEqual(found, { xss: undefined, images: 0, svgOnload: 0, scripts: 0, handlers: [], badLinks: [] }, where);
    };
    await open('#/library?q=quarry');
    await page.waitForSelector('table.table tbody tr');
    assert.match((await page.locator('table.table tbody').textContent()) ?? '', /Quarry council vote/);
    await inert('library');
    await page.click('table.table tbody tr a');
    await page.waitForSelector('.article-text .claim');
    const shown = (await page.locator('main').textContent()) ?? '';
    assert.match(shown, /<script>window\.__xss=1<\/script>|<img src=x onerror|<svg onload/, 'the payloads are shown as the text they are');
    await page.click('.article-text .claim');
    await page.waitForSelector('.source-chain');
    await page.click('details.removed summary');
    await inert('reader');
    for (const hash of ['#/search?q=quarry', '#/claims?outlet=', '#/network', '#/timeline', '#/links']) {
      await open(hash);
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      await inert(hash);
    }
    const entity = page.locator('.entity-list a').first();
    if ((await entity.count()) > 0) {
      await entity.click();
      await page.waitForSelector('.entity-page h1');
      await inert('entity');
    }
  });

  test('serving beyond loopback needs a token, and then every request must carry it', async () => {
    const refused = spawnSync(process.execPath, [fromRoot('bin/claimgraph.js'), 'serve', '--db', db, '--port', '0', '--host', '0.0.0.0'], {
      encoding: 'utf8',
      env: { ...process.env, CLAIMGRAPH_TOKEN: '' },
      timeout: 20_000,
    });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /--token/);
    const guarded = await startServe(db, ['--host', '0.0.0.0'], { CLAIMGRAPH_TOKEN: 'tok-3f9a1c' });
    try {
      assert.match(guarded.url, /\?token=tok-3f9a1c$/);
      const base = guarded.url.replace(/\?token=.*$/, '');
      assert.equal((await fetch(`${base}api/overview`)).status, 401);
      assert.equal((await fetch(base)).status, 401);
      assert.equal((await fetch(`${base}api/overview`, { headers: { Authorization: 'Bearer tok-3f9a1c' } })).status, 200);
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(guarded.url);
      await tab.waitForSelector('table.table tbody tr');
      assert.equal(new URL(tab.url()).search, '', 'the token leaves the address bar');
      await context.close();
    } finally {
      await guarded.stop();
    }
  });
});
