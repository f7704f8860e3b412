import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
}

/** A fresh context (own localStorage, so own session) logged in through the real login page. */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 960 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[browser ${email}] ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      console.error(`[browser ${email}] ${message.text().slice(0, 600)}`);
    }
  });
  await page.goto(`${baseUrl}/#/login`);
  await page.getByLabel('E-mail professionnel').fill(email);
  await page.getByLabel('Mot de passe').fill('demo');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByTestId('dashboard').getByText('Encours clients').waitFor();
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Keeps a picture of the page when a step fails, to see what the user saw. */
export async function onFailure<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    await page
      .screenshot({ path: path.join(SCREENSHOTS, `failure-${name}.png`), fullPage: true })
      .catch(() => undefined);
    throw error;
  }
}

/** Opens a hash route and waits for react-admin to render it. */
export async function open(page: Page, baseUrl: string, route: string): Promise<void> {
  await page.goto(`${baseUrl}/#${route}`);
}
