// Opens the results page of a run (RESULTS_PAGE) from disk in headless Chromium, as a reader would, and checks that
// every chart loaded, the tables are there and nothing was fetched from anywhere but the disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const page = process.env.RESULTS_PAGE;
const screenshot = process.env.SCREENSHOT;

test('the results page renders from disk with its charts and tables', async () => {
  assert.ok(page && fs.existsSync(page), `no results page at '${page}'`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // As root Chromium needs no sandbox; the rest keeps it off this machine's closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requested = [];
    tab.on('request', request => requested.push(request.url()));
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });

    const images = await tab.$$eval('img', all => all.map(img => ({ src: img.getAttribute('src'), loaded: img.complete && img.naturalWidth > 0 })));
    assert.ok(images.length >= 4, `expected the charts of both workloads, found ${images.length} images`);
    for (const image of images)
      assert.ok(image.loaded, `chart did not load: ${image.src}`);

    const rows = await tab.$$eval('table', all => all.map(table => table.rows.length));
    assert.ok(rows.length >= 2 && rows.every(n => n > 1), `expected tables with rows, found ${JSON.stringify(rows)}`);
    const headers = await tab.$$eval('th', all => all.map(th => th.textContent));
    for (const column of ['Speedup', 'Ideal', 'Efficiency'])
      assert.ok(headers.includes(column), `no ${column} column`);

    const capacity = await tab.$eval('.capacity', p => p.textContent);
    assert.match(capacity, /Processors this run could use \(C, for the ideal\): \d+\./, 'no processor count');
    assert.match(capacity, /\d+ processors? deliver [\d.]+× one processor's counting throughput/, 'no capacity line');
    const findings = await tab.$$eval('section .findings', all => all.map(list => list.children.length));
    assert.ok(findings.length >= 2 && findings.every(n => n > 0), `expected findings in words per workload, found ${JSON.stringify(findings)}`);

    // Every table fits the page: nothing runs past its right edge, at this width and at 1,400 px.
    for (const width of [1280, 1400]) {
      await tab.setViewportSize({ width, height: 900 });
      const overflowing = await tab.$$eval('.table', all => all.filter(div => div.scrollWidth > div.clientWidth + 1).length);
      assert.equal(overflowing, 0, `${overflowing} tables wider than the page at ${width} px`);
    }

    assert.deepEqual(requested.filter(url => !url.startsWith('file:')), [], 'the page fetched something from the network');
    if (screenshot)
      await tab.screenshot({ path: screenshot, fullPage: true });
  } finally {
    await browser.close();
  }
});
