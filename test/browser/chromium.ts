import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { repoRoot } from '../corpus.js';

// Debian's chromium only (scripts/setup.sh installs it); playwright's own browser downloads are never used.
// The real binary comes first: /usr/bin/chromium is a shell wrapper that adds flags from /etc/chromium.d and noise.
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Where browser tests put their screenshots (gitignored). */
export const ARTIFACTS = join(repoRoot, 'test-artifacts');

/** The Chromium executable: $CHROMIUM_PATH, else Debian's; throws (never skips) with how to install it. */
export function chromiumPath(candidates: readonly string[] = CANDIDATES, env: NodeJS.ProcessEnv = process.env): string {
  const given = env['CHROMIUM_PATH'];
  if (given) {
    if (!existsSync(given)) throw new Error(`CHROMIUM_PATH=${given} does not exist`);
    return given;
  }
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const where = env['CI'] === 'true' ? 'CI must run scripts/setup.sh before the tests' : 'run scripts/setup.sh (as root or with sudo)';
  throw new Error(`Chromium not found (looked for ${candidates.join(', ')}; or set CHROMIUM_PATH): ${where} to install Debian's chromium and fonts-wqy-microhei`);
}

/** Launch headless Chromium as the browser tests use it (no sandbox: CI runs as root; no GPU; no network chatter). */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'], headless: true });
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
