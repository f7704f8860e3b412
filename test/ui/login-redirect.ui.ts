// Opening the admin UI logged out (or with an expired session) shows the login form at once: the browser's history
// is watched from the first script, and more than a handful of pushes means a redirect loop between auth and routes.
import type { Browser, Page } from 'playwright-core';
import { bootBackOffice, type BackOffice } from '../support/back-office';
import { launchBrowser } from './browser';

const MAX_HISTORY_CHANGES = 3;

let office: BackOffice;
let browser: Browser;

beforeAll(async () => {
  office = await bootBackOffice({ label: 'login-redirect', withoutWorker: true });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await office?.close();
});

// Runs in the page before its own scripts (a string: the test project has no DOM types).
const WATCH_HISTORY = `
  window.__historyChanges = [];
  for (const name of ['pushState', 'replaceState']) {
    const original = history[name].bind(history);
    history[name] = (data, unused, url) => { window.__historyChanges.push(name + ' ' + String(url)); return original(data, unused, url); };
  }`;

/** A page whose pushState / replaceState calls are counted, with `storage` already in its localStorage. */
async function watchedPage(storage: Record<string, string> = {}): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const seed = Object.entries(storage)
    .map(([key, value]) => `localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
    .join('');
  await page.addInitScript({ content: seed + WATCH_HISTORY });
  return page;
}

async function historyChangesUntilLoginForm(page: Page): Promise<string[]> {
  await page.goto(`${office.api.baseUrl}/`);
  // A fresh browser's first load of the UI bundle is slow on a loaded machine; a loop is caught by the count below.
  await page.getByLabel('E-mail professionnel').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1000); // a loop would keep pushing after the form first shows
  return page.evaluate<string[]>('window.__historyChanges');
}

const base64url = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');

it('renders the login form for an anonymous visitor with at most a handful of history changes', async () => {
  const page = await watchedPage();
  const changes = await historyChangesUntilLoginForm(page);
  expect(changes.length).toBeLessThanOrEqual(MAX_HISTORY_CHANGES);
  expect(page.url()).toMatch(/#\/login$/);
});

it('does the same when the stored session has expired', async () => {
  const expired = `${base64url({ alg: 'HS256' })}.${base64url({ sub: 'someone', exp: Math.floor(Date.now() / 1000) - 60 })}.signature`;
  const page = await watchedPage({
    'acquitte.token': expired,
    'acquitte.user': JSON.stringify({ id: 'x', email: 'adv@demo.test', fullName: 'ADV', role: 'ADV', companyId: 'c' }),
  });
  const changes = await historyChangesUntilLoginForm(page);
  expect(changes.length).toBeLessThanOrEqual(MAX_HISTORY_CHANGES);
  expect(await page.evaluate("localStorage.getItem('acquitte.token')")).toBeNull();
});
