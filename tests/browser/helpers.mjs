// Shared by the browser tests: the static server on a free port and headless Chromium via playwright-core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {serve} from '../../scripts/serve.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webDir = path.join(root, 'build/web');
export const CHROMIUM = process.env.AA_CHROMIUM ?? '/usr/bin/chromium';

export async function startServer() {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) {
    throw new Error('build/web/index.html is missing: build the site first (cmake --preset wasm && cmake --build --preset wasm)');
  }
  return serve({root: webDir, port: 0});
}

export async function launch() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--no-first-run', '--disable-quic', '--disable-sync'],
    viewport: {width: 1280, height: 900},
    acceptDownloads: true,
  });
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, {recursive: true, force: true});
  };
  return {context, close};
}

/**
 * Opens a page that records CSP violations, page errors, console errors and requests; returns {page, log}.
 * Call before navigating.
 */
export async function openPage(context) {
  const page = await context.newPage();
  const log = {errors: [], console: [], requests: []};
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') log.console.push(m.text());
  });
  page.on('request', (r) => log.requests.push(r.url()));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return {page, log};
}

/**
 * The server, Chromium and the page opened empty (`?blank`: the tests paste their own text), ready to analyse:
 * {server, url, browser, page, log}. Close with closeAll().
 */
export async function openBlankPage() {
  const {server, url} = await startServer();
  const browser = await launch();
  const {page, log} = await openPage(browser.context);
  await page.goto(new URL('?blank', url).href);
  await page.waitForFunction(() => document.body.dataset.state === 'ready');
  return {server, url, browser, page, log};
}

/** Closes what openBlankPage() opened. */
export async function closeAll({browser, server} = {}) {
  await browser?.close();
  server?.close();
}

/**
 * Waits until the page has shown a result newer than previousSeq and has nothing left to do (no debounce timer
 * pending, no analysis running, the latest analysis shown).
 */
export async function waitForResult(page, previousSeq = 0, timeout = 30_000) {
  await page.waitForFunction((prev) => {
    const s = window.__aa.state;
    return Number(document.body.dataset.resultSeq ?? 0) > prev && document.body.dataset.state === 'ready' &&
           s.timer === 0 && !s.busy && s.shownSeq === s.seq;
  }, previousSeq, {timeout});
  return Number(await page.evaluate(() => document.body.dataset.resultSeq));
}

/** Sets the input's text as a paste would (value + input event). */
export async function pasteText(page, text) {
  await page.evaluate((t) => {
    const input = document.querySelector('[data-testid=input]');
    input.focus();
    input.value = t;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
  }, text);
}
