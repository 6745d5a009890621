import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's chromium (installed by .ci/run); playwright-core never downloads a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const SCREENSHOTS = path.join(__dirname, 'screenshots');

export interface ExplorerBrowser {
  context: BrowserContext;
  page: Page;
  /** Every request the page tried to send to another host than the service (all are refused). */
  foreignRequests: string[];
  /** Uncaught page errors and console errors, e.g. a Content-Security-Policy refusal. */
  pageErrors: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A headless Chromium with a fresh profile whose page may talk to `origin` only: anything else is
 * recorded and aborted, so a test can assert that the explorer needs nothing from the internet.
 */
export async function openExplorerBrowser(origin: string): Promise<ExplorerBrowser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  // A failed response is logged by Chromium without its body; keep the body, which names the cause.
  page.on('console', (msg) => msg.type() === 'error' && !msg.text().startsWith('Failed to load resource') && pageErrors.push(msg.text()));
  page.on('response', async (res) => {
    if (res.status() >= 400) pageErrors.push(`${res.status()} ${res.request().method()} ${res.url()}: ${(await res.text().catch(() => '')).slice(0, 300)}`);
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    page,
    foreignRequests,
    pageErrors,
    screenshot: async (name) => {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
