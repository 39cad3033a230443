import { expect, test, type Locator, type Page } from '@playwright/test';
import { ARTICLE, collectErrors } from './pages.ts';

/**
 * A reader's journey: home -> the first article -> a claim marked in its text -> that claim's page -> the
 * claimant's party page -> the entry of one of the claimant's events on the timeline.
 */
const CLAIM = 'naim-witkoff-promised-deal';
const CLAIMANT = 'basem-naim';
const EVENT = 'naim-interview';

interface Step {
  /** The link to follow, on the page reached by the previous step. */
  link: (page: Page) => Locator;
  /** Where following it arrives, relative to the site's base. */
  arrives: string;
}

const JOURNEY: Step[] = [
  { link: (page) => page.locator(`main a[href$="${ARTICLE}"]`).first(), arrives: ARTICLE },
  {
    // The claim as marked inline in the article's text, not in the list of claims below it.
    link: (page) => page.locator(`main .article-body [data-claim-id="${CLAIM}"] a[href$="claims/${CLAIM}/"]`).first(),
    arrives: `claims/${CLAIM}/`,
  },
  { link: (page) => page.locator(`main a[href$="parties/${CLAIMANT}/"]`).first(), arrives: `parties/${CLAIMANT}/` },
  // The timeline is split by year: the event's entry is on its year's page.
  { link: (page) => page.locator(`main a[href$="timeline/2025/#event-${EVENT}"]`).first(), arrives: `timeline/2025/#event-${EVENT}` },
];

/** Presses Tab until `target` has the focus, checking that every element focused on the way shows it. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  const element = await target.elementHandle();
  for (let presses = 0; presses < 300; presses++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate((wanted) => {
      const el = document.activeElement;
      const style = el && getComputedStyle(el);
      const visible = !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return { reached: el === wanted, visible, what: el?.outerHTML.slice(0, 100) ?? 'nothing' };
    }, element);
    expect(focus.visible, `a visible focus outline on ${focus.what}`).toBe(true);
    if (focus.reached) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('a reader follows article, claim, claimant and event to the timeline entry, with no console errors', async ({ page, baseURL }) => {
  const errors = collectErrors(page);
  await page.goto('');
  for (const step of JOURNEY) {
    const link = step.link(page);
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new URL(step.arrives, baseURL).href);
  }
  await expect(page.locator(`#event-${EVENT}`)).toBeInViewport();
  expect(errors).toEqual([]);
});

test('the whole journey works by keyboard alone (Tab and Enter), with a visible focus throughout', async ({ page, baseURL }) => {
  await page.goto('');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeInViewport();
  for (const step of JOURNEY) {
    const link = step.link(page);
    await expect(link).toBeVisible();
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new URL(step.arrives, baseURL).href);
  }
  await expect(page.locator(`#event-${EVENT}`)).toBeInViewport();
});

test('the skip link moves the keyboard focus past the navigation to the main content', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain).toBe(true);
});
