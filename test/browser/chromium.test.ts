import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromiumPath } from './chromium.js';

test('a missing Chromium fails with how to install it, in CI and outside (never a silent skip)', () => {
  assert.throws(() => chromiumPath(['/nonexistent/chromium'], { CI: 'true' }), /Chromium not found .*CI must run scripts\/setup\.sh/);
  assert.throws(() => chromiumPath(['/nonexistent/chromium'], {}), /Chromium not found .*run scripts\/setup\.sh/);
  assert.throws(() => chromiumPath([], { CHROMIUM_PATH: '/nonexistent/chrome' }), /CHROMIUM_PATH=\/nonexistent\/chrome does not exist/);
});

test('CHROMIUM_PATH overrides the Debian locations; otherwise the first that exists is used', () => {
  assert.equal(chromiumPath(['/nonexistent/chromium'], { CHROMIUM_PATH: process.execPath }), process.execPath);
  assert.equal(chromiumPath(['/nonexistent/chromium', process.execPath], {}), process.execPath);
});
