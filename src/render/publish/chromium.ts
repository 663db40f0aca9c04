import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

// Debian's chromium only (scripts/setup.sh installs it); playwright's own browser downloads are never used.
// The real binary comes first: /usr/bin/chromium is a shell wrapper that adds flags from /etc/chromium.d and noise.
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

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

/** Launch headless Chromium (no sandbox: CI runs as root; no GPU; no network chatter). playwright-core is loaded on demand. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'], headless: true });
}
