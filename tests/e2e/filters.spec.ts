import { expect, test } from '@playwright/test';

// Static filter pages, so that filtering works without JavaScript: /claims/status/<s>/, and by claimant the party's
// claims made (its page's section, or /parties/<id>/claims-made/ when the list is longer than the page shows).
test('the claims index links to a status filter that lists only claims of that status', async ({ page, baseURL }) => {
  await page.goto('claims/');
  const link = page.locator('main a[href$="claims/status/unverified/"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new URL('claims/status/unverified/', baseURL).href);
  const claims = page.locator('main [data-claim-id]');
  await expect(claims.and(page.locator('[data-claim-id="naim-witkoff-promised-deal"]'))).toHaveCount(1);
  for (const claim of await claims.all()) await expect(claim).toContainText('Unverified');
});

test('the claimant filter leads to the claims the party page says the party made', async ({ page, baseURL }) => {
  await page.goto('claims/');
  const link = page.locator('main .claim-filters a[href*="parties/basem-naim/"]');
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(new URL('parties/basem-naim/#made', baseURL).href);
  const made = await page.locator('main section[aria-labelledby="made"] [data-claim-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id')));
  expect(made).toContain('naim-witkoff-promised-deal');
});
