// Shared links: the state survives a reload from the copied URL (hostile links: hostile-urls.e2e.ts).
import { expect, test } from './fixtures';
import { openExplorer, pressOn } from './explorer-helpers';

test('a state set by hand comes back exactly from its URL', async ({ page }) => {
	await openExplorer(page);
	await pressOn(page.getByRole('slider', { name: /K2/ }), 'PageUp', 2);
	await page.getByRole('spinbutton', { name: /D3/ }).fill('2000');
	await page.getByRole('spinbutton', { name: /D3/ }).press('Enter');
	await page.getByRole('radio', { name: 'After menopause' }).check();
	await page.getByRole('radio', { name: 'Evidence' }).check();
	await page.getByRole('radio', { name: /^1 month/ }).check();
	await expect(page).toHaveURL(/d3=2000/);
	await expect(page).toHaveURL(/life=postmenopausal/);
	await expect(page).toHaveURL(/view=evidence/);
	await expect(page).toHaveURL(/speed=month/);
	const url = page.url();
	const k2 = await page.getByRole('slider', { name: /K2/ }).inputValue();

	await page.goto('about:blank');
	await openExplorer(page, url);
	await expect(page.getByRole('slider', { name: /K2/ })).toHaveValue(k2);
	await expect(page.getByRole('slider', { name: /D3/ })).toHaveValue('2000');
	await expect(page.getByRole('radio', { name: 'After menopause' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Evidence' })).toBeChecked();
	await expect(page.getByRole('radio', { name: /^1 month/ })).toBeChecked();
	await expect(page.getByRole('region', { name: /what the science says/i })).toBeVisible();
});

test('hide=readouts hides the readouts for a predict-first lesson', async ({ page }) => {
	await openExplorer(page, '/?hide=readouts');
	await expect(page.getByRole('slider', { name: /K2/ })).toBeVisible();
	await expect(page.getByRole('status', { name: 'Active MGP' })).toHaveCount(0);
});

test('lang=es shows the explorer in Spanish and keeps the language in the link', async ({
	page
}) => {
	await openExplorer(page, '/?lang=es&k2=180');
	await expect(page.getByRole('slider', { name: /K2/ })).toHaveValue('180');
	await expect(page.getByRole('button', { name: 'Reproducir' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});
