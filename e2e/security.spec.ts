import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodePlan, type PlanDocument } from '../src/core/index';
import { trackRequests, expectHeadroomChart } from './helpers';

// Record Content-Security-Policy violations in the page (before trackRequests opens it, so from the
// first script on). Registered first: Playwright runs beforeEach hooks in order.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
});

trackRequests();

const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** The directives of a CSP: name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== '')
      .map(([name, ...sources]) => [(name ?? '').toLowerCase(), sources]),
  );
}

/** Checks one index.html: a CSP meta tag without unsafe-eval or unsafe-inline scripts, and one inline script, allowed by its hash. */
function checkIndexHtml(html: string, where: string): void {
  const meta = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(?:"([^"]*)"|'([^']*)')/i.exec(
    html,
  );
  expect(meta, `${where} has a Content-Security-Policy meta tag`).not.toBeNull();
  const policy = directives(meta?.[1] ?? meta?.[2] ?? '');
  // script-src, or default-src when script-src is absent, governs scripts.
  const scriptSources = policy.get('script-src') ?? policy.get('default-src');
  expect(scriptSources, `${where}: script-src (or default-src)`).toBeDefined();
  expect(scriptSources).not.toContain("'unsafe-eval'");
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(
    scriptSources?.some((s) => s === '*' || s.startsWith('http:') || s === 'https:' || s === 'data:'),
  ).toBe(false);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  // One inline script, the first-frame guard (docs/decisions/0008), allowed by its hash and by nothing
  // wider; every other <script> has a src.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(
    scripts.filter(([, attributes]) => /\ssrc=/i.test(attributes ?? '')).length,
    `${where} loads the app`,
  ).toBe(1);
  const inline = scripts.filter(([, attributes]) => !/\ssrc=/i.test(attributes ?? ''));
  expect(inline.length, `${where}: inline scripts`).toBe(1);
  const guard = inline[0]?.[2] ?? '';
  const hash = `'sha256-${createHash('sha256').update(guard, 'utf8').digest('base64')}'`;
  expect(scriptSources?.filter((s) => s !== "'self'")).toEqual([hash]);
  // No inline event handlers either (they are inline scripts too).
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
}

test('the built index.html and the served page carry a strict CSP and only the hashed guard inline', async ({
  page,
  request,
}) => {
  // What the webServer built (npm run build) …
  checkIndexHtml(readFileSync('dist/index.html', 'utf8'), 'dist/index.html');
  // … and what the server hands a browser.
  const served = await request.get('/');
  expect(served.ok()).toBe(true);
  checkIndexHtml(await served.text(), 'GET /');
  // The page itself ended up with no other inline script (nothing injected one at run time).
  const inline = await page.locator('script:not([src])').count();
  expect(inline).toBe(1);
});

test('using the whole app raises no Content-Security-Policy violation', async ({ page }) => {
  // Every template, with its numbers, address map, headroom chart and plugin comparison (lazy chunks).
  const picker = page.getByLabel('Start from');
  await expect(picker.locator('option')).not.toHaveCount(0);
  const templates = await picker
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(templates.length).toBeGreaterThan(3);
  for (const id of templates) {
    await picker.selectOption(id);
    await page.getByRole('button', { name: 'Load template' }).click();
    await expect(page.getByTestId('cluster-nodes')).not.toBeEmpty();
  }
  await expect(page.getByRole('heading', { name: 'Address map' })).toBeVisible();
  await expectHeadroomChart(page);
  // The what-if slider, the export tabs and the "how?" working: interactive parts of the analysis.
  const tabs = page.getByRole('tablist', { name: 'Infrastructure code format' }).getByRole('tab');
  for (const name of ['Bicep', 'Terraform', 'Azure CLI']) {
    await tabs.filter({ hasText: name }).click();
    await expect(page.getByLabel(`${name} code`)).toContainText(/\S/);
  }
  await page
    .getByRole('button', { name: /^how\? working for/ })
    .first()
    .click();
  // The print view, as the browser prints it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-view')).toBeVisible();
  await expect(page.locator('.print-view .pv-headroom-svg').first()).toBeAttached();
  await page.emulateMedia({ media: 'screen' });
  expect(await cspViolations(page)).toEqual([]);
});

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';

/** A plan whose every piece of free text is markup that would run if it were ever used as HTML. */
function hostileTextPlan(): PlanDocument {
  return {
    schemaVersion: 1,
    title: IMG,
    notes: `${SCRIPT}\n${IMG}`,
    cluster: { networkPlugin: 'overlay', kubernetesVersion: '1.33', name: IMG.slice(0, 40) },
    vnet: {
      name: SCRIPT,
      resourceGroup: IMG,
      addressSpace: ['10.224.0.0/12'],
      subnets: [
        {
          name: IMG,
          addressPrefixes: ['10.224.0.0/22'],
          purpose: 'nodes',
          otherIps: [{ name: SCRIPT, count: 2 }],
        },
        { name: SCRIPT, addressPrefixes: ['10.224.4.0/22'], purpose: 'other' },
      ],
    },
    nodePools: [
      { name: IMG, mode: 'System', count: 3, subnet: IMG },
      { name: SCRIPT, mode: 'User', count: 2, subnet: SCRIPT },
    ],
    connectedNetworks: [
      // The first overlaps the VNet, so its name also appears in a finding's message.
      { name: IMG, kind: 'peering', addressPrefixes: ['10.224.0.0/16'] },
      { name: SCRIPT, kind: 'onPremises', addressPrefixes: ['192.168.0.0/16'] },
    ],
  };
}

test('user text is shown as text, never run as HTML: title, notes, pool, subnet and network names', async ({
  page,
}) => {
  const link = encodePlan(hostileTextPlan());
  expect(link.length).toBeLessThan(8_000); // a ?query link, read before the first paint
  await page.goto(`/?${link}`);
  await expect(page.getByLabel('Plan title', { exact: true })).toHaveValue(IMG);
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue(`${SCRIPT}\n${IMG}`);
  const form = page.getByRole('form', { name: 'Plan' });
  await expect(form.getByRole('group', { name: `Node pool 1: ${IMG}` })).toBeVisible();
  await expect(form.getByRole('group', { name: `Subnet 2: ${SCRIPT}` })).toBeVisible();
  await expect(form.getByRole('group', { name: `Connected network 1: ${IMG}` })).toBeVisible();
  // Results, findings and the print view show the names literally.
  await expect(page.locator('[data-finding-code="OVERLAPS_CONNECTED_NETWORK"]').first()).toContainText(IMG);
  await expect(page.locator('.print-view h1')).toHaveText(IMG);
  await expect(page.locator('.print-view .pv-notes')).toHaveText(`${SCRIPT}\n${IMG}`);
  await expect(page.locator('.print-view')).toContainText(`${SCRIPT}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-view h1')).toBeVisible();
  // Nothing ran and nothing was parsed as markup.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The only inline script is index.html's own first-frame guard (docs/decisions/0008).
  const inline = await page.locator('script:not([src])').allTextContents();
  expect(inline).toHaveLength(1);
  expect(inline[0]).toMatch(/^\(\(\)=>\{let fits=/);
  expect(await page.evaluate(() => document.body.innerHTML.includes('<img src=x'))).toBe(false);
  expect(await cspViolations(page)).toEqual([]);
});

/** Opens `url` as a fresh document load (a fragment-only change of the current URL would not reload). */
async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

/**
 * Milliseconds from a key press in the Plan title to the first frame that paints the field with the
 * typed character (what a person sees). Found by id: with 10,000 pools in the plan, looking a field up
 * by its label makes Playwright compute the accessible name of every input.
 */
async function typeIntoTitle(page: Page, char: string): Promise<number> {
  const title = page.locator('#field-title');
  await expect(page.locator('label[for="field-title"]')).toHaveText('Plan title');
  await title.focus();
  await title.press('End');
  const before = await title.inputValue();
  await page.evaluate(() => {
    const input = document.getElementById('field-title') as HTMLInputElement;
    const w = window as unknown as { __typed: Promise<number> };
    w.__typed = new Promise((resolve) => {
      input.addEventListener(
        'keydown',
        (event) => {
          const pressed = event.timeStamp;
          const before = input.value;
          // The key's input event and React's render run first; a frame callback runs just before
          // the browser paints. The first frame in which the field holds the new text is the answer.
          const frame = () => {
            if (input.value !== before) resolve(performance.now() - pressed);
            else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        },
        { once: true, capture: true },
      );
    });
  });
  await title.press(char);
  const ms = await page.evaluate(() => (window as unknown as { __typed: Promise<number> }).__typed);
  await expect(title).toHaveValue(`${before}${char}`, { timeout: 1_000 });
  return ms;
}

test('a link with a 1 MB parameter loads with a clear notice and stays responsive', async ({ page }) => {
  const huge = 'A'.repeat(1_048_576);
  // After `#`, as the app writes long links: no web server accepts a 1 MB request line.
  await openFresh(page, `/#v=1&title=Hostile&notes=${huge}`);
  const notice = page.locator('[data-share-code="SHARE_TOO_LONG"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('1,048,');
  await expect(notice).toContainText('only the first 500,000 are read');
  await expect(page.locator('#field-title')).toHaveValue('Hostile');
  const ms = await typeIntoTitle(page, 'X');
  console.log(`1 MB parameter: typing into Plan title painted after ${ms.toFixed(1)} ms`);
  expect(ms).toBeLessThan(1_000);
});

test('a link with 10,000 node pools loads with a clear notice and stays responsive', async ({ page }) => {
  test.setTimeout(120_000);
  const pools = Array.from({ length: 10_000 }, (_, i) => `pool=p${i}~count:1`).join('&');
  const link = `v=1&title=Hostile&${pools}`;
  const started = Date.now();
  await openFresh(page, `/#${link}`);
  // More than the 100 pools a cluster may have: the POOL_COUNT_LIMIT error says so.
  const limit = page.locator('[data-finding-code="POOL_COUNT_LIMIT"]');
  await expect(limit).toBeVisible({ timeout: 60_000 });
  await expect(limit).toContainText('10,000');
  console.log(`10,000 pools: the page showed POOL_COUNT_LIMIT ${Date.now() - started} ms after navigation`);
  await expect(page.locator('#field-title')).toHaveValue('Hostile');
  // Typed on while the rest of the page (map, headroom, comparison, exports, print) still loads and
  // after each key: no key waits for the later parts (docs/decisions/0009-later-parts-never-urgent.md).
  const times: number[] = [];
  for (const char of 'XYZ') times.push(await typeIntoTitle(page, char));
  console.log(
    `10,000 pools: typing into Plan title painted after ${times.map((ms) => ms.toFixed(1)).join(', ')} ms`,
  );
  await expect(page.locator('#field-title')).toHaveValue('HostileXYZ');
  for (const ms of times) expect(ms).toBeLessThan(1_000);
});
