import { expect, type Browser, type BrowserContext, type Page, type APIRequestContext, type APIResponse, request as playwrightRequest } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import en from '../src/i18n/en.json' with { type: 'json' };
import id from '../src/i18n/id.json' with { type: 'json' };

export const PASSWORD = 'demo-kk-2026!';
/** The demo panti's sign-in code (user names are per panti, finding 11). */
export const PANTI_CODE = 'demo';
export const TABLET = { width: 1024, height: 768 };
export const PHONE = { width: 390, height: 844 };
const ARTIFACTS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screens');

export function baseUrl(): string {
  const url = process.env.CASECONF_E2E_URL;
  if (!url) throw new Error('CASECONF_E2E_URL is not set (the global setup starts the stack)');
  return url;
}

/** One person's own browser context (own cookies), as one device at the table would be. */
export async function personContext(browser: Browser, viewport = TABLET): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl(), viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
}

export async function signIn(page: Page, userName: string, language: 'id' | 'en' = 'id', password = PASSWORD, pantiCode = PANTI_CODE): Promise<void> {
  await page.goto('/masuk');
  await page.getByRole('button', { name: language.toUpperCase(), exact: false }).first().click();
  await page.getByLabel(language === 'id' ? 'Kode panti' : 'Panti code').fill(pantiCode);
  await page.getByLabel(language === 'id' ? 'Nama pengguna' : 'User name').fill(userName);
  await page.getByLabel(language === 'id' ? 'Kata sandi' : 'Password').fill(password);
  await page.getByRole('button', { name: language === 'id' ? 'Masuk' : 'Sign in', exact: true }).click();
}

export async function signedInAs(browser: Browser, userName: string, viewport = TABLET): Promise<Page> {
  const context = await personContext(browser, viewport);
  const page = await context.newPage();
  await signIn(page, userName);
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  return page;
}

/** axe-core on the page as it is now: no serious or critical violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(leaves);
}

/** The literal parts of each English bundle text that Indonesian never shows (placeholders cut out). */
const englishOnly: string[] = (() => {
  const indonesian = new Set(leaves(id));
  return [...new Set(leaves(en).filter((text) => !indonesian.has(text))
    .flatMap((text) => text.split(/\{\{\w+\}\}/))
    .map((piece) => piece.replace(/[.…:,]+$/, '').trim())
    .filter((piece) => piece.length >= 3))];
})();

/** With `id` chosen, no text of the English bundle is visible on the page. */
export async function expectNoEnglish(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  const found = englishOnly.filter((piece) => new RegExp(`(^|[^\\p{L}])${escape(piece)}($|[^\\p{L}])`, 'u').test(text));
  expect(found, 'English bundle text visible with id chosen').toEqual([]);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Screenshots at tablet and phone size, kept under web/artifacts/screens (gitignored). */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const original = page.viewportSize() ?? TABLET;
  for (const [size, viewport] of [['tablet', TABLET], ['phone', PHONE]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}

/** Every check a screen gets: accessible, Indonesian only, screenshots. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  await expectNoEnglish(page);
  await screenshots(page, name);
}

/**
 * One bearer token per user name for the whole run. Every sign-in, a token's too, counts against the
 * per-name allowance all the browser tests share (5 per 5 minutes from one address, as shipped), so
 * the specs reuse one token per person instead of signing in again for each arrangement.
 */
const tokens = new Map<string, Promise<string>>();

async function issueToken(userName: string): Promise<string> {
  const anonymous = await playwrightRequest.newContext({ baseURL: baseUrl() });
  const response = await anonymous.post('/api/v1/auth/token', { data: { pantiCode: PANTI_CODE, userName, password: PASSWORD, label: 'e2e' } });
  expect(response.ok(), `token for ${userName}: ${response.status()} ${await response.text()}`).toBeTruthy();
  const { token } = (await response.json()) as { token: string };
  await anonymous.dispose();
  return token;
}

/** A bearer-token API client for arranging data a test needs (not for what the test proves). */
export async function apiAs(userName: string): Promise<APIRequestContext> {
  let token = tokens.get(userName);
  if (!token) {
    token = issueToken(userName);
    tokens.set(userName, token);
    token.catch(() => tokens.delete(userName));
  }
  return playwrightRequest.newContext({ baseURL: baseUrl(), extraHTTPHeaders: { Authorization: `Bearer ${await token}` } });
}

/**
 * A new staff member with an account on their own password (PASSWORD), its one-time password
 * already changed. A user name of its own keeps the seeded accounts' sign-in allowance (shared by
 * every browser test) untouched, and its inbox and language start fresh. `prepare` runs signed in
 * as the new account (with the CSRF token), before the browser ever sees it.
 */
export async function newAccount(
  pimpinan: APIRequestContext,
  prefix: string,
  staff: { name: string; roles: string[] },
  prepare?: (own: APIRequestContext, csrf: Record<string, string>) => Promise<void>,
): Promise<{ id: string; userName: string }> {
  const ok = async (response: APIResponse) => {
    expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBeTruthy();
    return response;
  };
  const userName = `${prefix}-${Date.now() % 1_000_000}`;
  const { id } = await (await ok(await pimpinan.post('/api/v1/panti/staff', { data: { id: null, ...staff } }))).json() as { id: string };
  const once = await (await ok(await pimpinan.post(`/api/v1/panti/staff/${id}/account`, { data: { userName } }))).json() as { password: string };
  const own = await playwrightRequest.newContext({ baseURL: baseUrl() });
  await ok(await own.post('/api/v1/auth/sign-in', { data: { pantiCode: PANTI_CODE, userName, password: once.password } }));
  const { token } = await (await ok(await own.get('/api/v1/auth/antiforgery'))).json() as { token: string };
  await ok(await own.put('/api/v1/auth/password', { data: { currentPassword: once.password, newPassword: PASSWORD }, headers: { 'X-CSRF-TOKEN': token } }));
  if (prepare) {
    // A changed password ends the session it was changed in: sign in again on the new one.
    await ok(await own.post('/api/v1/auth/sign-in', { data: { pantiCode: PANTI_CODE, userName, password: PASSWORD } }));
    const fresh = await (await ok(await own.get('/api/v1/auth/antiforgery'))).json() as { token: string };
    await prepare(own, { 'X-CSRF-TOKEN': fresh.token });
  }
  await own.dispose();
  return { id, userName };
}

/**
 * Stops the gateway process and starts it again (e2e/stack.sh on SIGUSR1); the silo and the
 * database stay. Only a stack started by the global setup can be restarted this way.
 */
export function restartGateway(): void {
  const pid = Number(process.env.CASECONF_E2E_STACK_PID);
  if (!pid) throw new Error('restartGateway needs the stack started by the global setup (CASECONF_E2E_URL was given from outside)');
  process.kill(pid, 'SIGUSR1');
}
