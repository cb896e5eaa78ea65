import { expect, test } from '@playwright/test';

test('a short or common passphrase is refused with a hint; a good one is accepted', async ({ page }) => {
  await page.goto('/');
  const pass = page.getByLabel('New passphrase', { exact: true });
  const repeat = page.getByLabel('Repeat passphrase', { exact: true });
  const set = page.getByRole('button', { name: 'Set passphrase', exact: true });
  await expect(pass).toHaveAccessibleDescription(/At least 12 characters, or four words/);

  for (const [weak, says] of [
    ['12345678', 'at least 12 characters'],
    ['123456789012', 'most common'],
  ] as const) {
    await pass.fill(weak);
    await expect(pass).toHaveAccessibleDescription(/Not yet/);
    await repeat.fill(weak);
    await set.click();
    await expect(page.getByRole('alert')).toContainText(says);
    await expect(page.getByRole('button', { name: 'Lock', exact: true })).toHaveCount(0);
  }

  await pass.fill('the kettle sings at four');
  await expect(pass).toHaveAccessibleDescription(/Strong|Good enough/);
  await repeat.fill('the kettle sings at four');
  await set.click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({ timeout: 20_000 });
});
