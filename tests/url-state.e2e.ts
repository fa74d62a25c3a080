// Shared links: the state survives a reload from the copied URL; hostile parameters give a notice and defaults, never markup.
import { expect, test } from './fixtures';
import { openExplorer, pressOn, readoutValue } from './explorer-helpers';

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

test('hostile and out-of-range parameters are named in a notice, defaults are used, nothing is injected', async ({
	page
}) => {
	const hostile = new URLSearchParams({
		k2: '99999',
		d3: 'NaN',
		ca: '<img src=x onerror=alert(1)>',
		'<script>alert(1)</script>': '1',
		view: 'javascript:alert(1)'
	});
	await openExplorer(page, `/?${hostile}`);
	const notice = page.getByRole('status').filter({ hasText: /ignored/i });
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('k2');
	await expect(notice).toContainText('<script>');
	await expect(page.locator('img[src="x"], script:not([src]):text("alert")')).toHaveCount(0);
	await expect(page.getByRole('slider', { name: /K2/ })).toHaveValue('0');
	await expect(page.getByRole('slider', { name: /calcium/i })).toHaveValue('1000');
	expect(await readoutValue(page, 'Serum 25(OH)D')).toBeGreaterThan(0);
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
});

test('lang=es shows the explorer in Spanish and keeps the language in the link', async ({
	page
}) => {
	await openExplorer(page, '/?lang=es&k2=180');
	await expect(page.getByRole('slider', { name: /K2/ })).toHaveValue('180');
	await expect(page.getByRole('button', { name: 'Reproducir' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});
