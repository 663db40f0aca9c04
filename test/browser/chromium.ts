import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '../../src/render/publish/chromium.js';
import { repoRoot } from '../corpus.js';

export { chromiumPath };

/** Where browser tests put their screenshots (gitignored). */
export const ARTIFACTS = join(repoRoot, 'test-artifacts');

/** Launch headless Chromium as the browser tests use it (the launch lives in src/render/publish/chromium.ts). */
export async function launch(): Promise<Browser> {
  return launchChromium();
}

/** Open a file path or an http(s)/file URL in a fresh page of the given viewport. */
export async function open(browser: Browser, target: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const url = /^(https?|file):\/\//.test(target) ? target : pathToFileURL(target).href;
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Screenshot into test-artifacts/NAME: the whole page (or only the first screen), or one element. */
export async function screenshot(target: Page | Locator, name: string, fullPage = true): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  if ('goto' in target) await target.screenshot({ path, fullPage });
  else await target.screenshot({ path });
  return path;
}

/** Close the browser (and its pages); safe to call when the launch itself failed. */
export async function close(browser: Browser | undefined): Promise<void> {
  await browser?.close();
}
