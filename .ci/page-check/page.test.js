// Opens results pages from disk in headless Chromium, as a reader would: RESULTS_PAGE (a run of the suite),
// TWO_JOBS_PAGE (a tiny run with two jobs, written by the tests), HISTORY_PAGE (the repository's real history with
// CI's run added) and STEPS_HISTORY_PAGE (a synthetic history with one step, in a time and in its speed-up, written by the tests). Checks that every
// chart loaded, the tables are there and fit the page, and nothing was fetched from anywhere but the disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

async function open(page, check) {
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
    for (const image of images)
      assert.ok(image.loaded, `chart did not load: ${image.src}`);
    await check(tab, images);

    assert.deepEqual(requested.filter(url => !url.startsWith('file:')), [], 'the page fetched something from the network');
  } finally {
    await browser.close();
  }
}

test('the results page renders from disk with its charts, capacity, findings and tables', async () => {
  await open(process.env.RESULTS_PAGE, async (tab, images) => {
    assert.ok(images.length >= 4, `expected the charts of both workloads, found ${images.length} images`);

    const rows = await tab.$$eval('table', all => all.map(table => table.rows.length));
    assert.ok(rows.length >= 2 && rows.every(n => n > 1), `expected tables with rows, found ${JSON.stringify(rows)}`);
    const headers = await tab.$$eval('th', all => all.map(th => th.textContent));
    for (const column of ['Speedup', 'Ideal', 'Efficiency', 'Of capacity', 'Interference'])
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
    if (process.env.SCREENSHOT)
      await tab.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
  });
});

test('a run of two jobs shows both groups\' charts', async () => {
  await open(process.env.TWO_JOBS_PAGE, async (tab, images) => {
    const speedups = images.filter(image => image.src.endsWith('speedup.svg'));
    assert.equal(speedups.length, 2, `expected a speed-up chart per job, found ${JSON.stringify(images.map(i => i.src))}`);
    assert.equal(images.length, 4, 'expected a speed-up and a time chart per job');
  });
});

test('the history page renders from disk: the steps first, then every chart', async () => {
  for (const [page, steps] of [[process.env.HISTORY_PAGE, null], [process.env.STEPS_HISTORY_PAGE, 2]]) {
    await open(page, async (tab, images) => {
      const sections = await tab.$$eval('section', all => all.map(section => section.id));
      assert.equal(sections[0], 'steps', `the steps should come first, found ${JSON.stringify(sections)}`);
      const charts = images.filter(image => /^history-\d+\.svg$/.test(image.src));
      assert.ok(charts.length >= 10, `expected a chart per benchmark, found ${charts.length}`);
      assert.equal(charts.length, images.length, 'every image is one of the history\'s charts');
      if (steps !== null) {
        const rows = await tab.$$eval('#steps table tbody tr', all => all.length);
        assert.equal(rows, steps, `expected ${steps} steps in the table`);
      }
      if (process.env.HISTORY_SCREENSHOT && steps === null)
        await tab.screenshot({ path: process.env.HISTORY_SCREENSHOT, fullPage: false });
    });
  }
});
