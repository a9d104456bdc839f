// Takes a picture of a page opened from disk, for the README: node screenshot.mjs <page.html> <out.png> [width] [height].
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [page, out, width = '1280', height = '1500'] = process.argv.slice(2);
if (!page || !out) {
  console.error('usage: node screenshot.mjs <page.html> <out.png> [width] [height]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const tab = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
  await tab.screenshot({ path: out });
} finally {
  await browser.close();
}
