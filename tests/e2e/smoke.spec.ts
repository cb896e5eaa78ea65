import { expect, test } from '@playwright/test';

test('practice mode opens and says that nothing is saved', async ({ page }) => {
  await page.goto('#/practice/three-houses');
  await expect(page.getByText(/nothing is saved/i).first()).toBeVisible();
});
