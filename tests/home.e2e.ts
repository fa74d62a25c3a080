// The home page loads, is titled, and passes the WCAG 2.2 AA axe rules.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('the explorer opens with its title', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Calcium Routes' })).toBeVisible();
	await expect(page).toHaveTitle(/Calcium Routes/);
});

test('the explorer has no WCAG 2.2 AA violations', async ({ page }) => {
	await page.goto('/');
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(results.violations).toEqual([]);
});
