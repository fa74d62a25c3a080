// The explorer as a student uses it: sliders by keyboard move the readouts, time runs, reset restores, phones fit.
import { expect, test } from './fixtures';
import { modelDay, openExplorer, pressOn, readoutValue, stepBy } from './explorer-helpers';

test.beforeEach(async ({ page }) => {
	await openExplorer(page);
	await expect(page.getByRole('slider', { name: /K2/ })).toBeVisible();
});

test('raising K2 by keyboard activates MGP and osteocalcin, and a year later the arterial index is lower', async ({
	page
}) => {
	await stepBy(page, 'month', 12);
	const arteryWithoutK2 = await readoutValue(page, 'Arterial calcification index');
	const mgpBefore = await readoutValue(page, 'Active MGP');
	const osteocalcinBefore = await readoutValue(page, 'Active osteocalcin');

	await page.getByRole('button', { name: 'Reset all' }).click();
	const k2 = page.getByRole('slider', { name: /K2/ });
	await pressOn(k2, 'PageUp', 3);
	expect(Number(await k2.inputValue())).toBeGreaterThan(0);
	await stepBy(page, 'week', 4);
	expect(await readoutValue(page, 'Active MGP')).toBeGreaterThan(mgpBefore);
	expect(await readoutValue(page, 'Active osteocalcin')).toBeGreaterThan(osteocalcinBefore);

	await stepBy(page, 'month', 11);
	expect(await modelDay(page)).toBeGreaterThanOrEqual(358);
	expect(await readoutValue(page, 'Arterial calcification index')).toBeLessThan(arteryWithoutK2);
});

test('raising D3 raises serum 25(OH)D and the share of calcium absorbed', async ({ page }) => {
	const vitaminDBefore = await readoutValue(page, 'Serum 25(OH)D');
	const absorbedBefore = await readoutValue(page, 'Calcium absorbed');
	await pressOn(page.getByRole('slider', { name: /D3/ }), 'End');
	await expect(page.getByText(/above the upper limit/i)).toBeVisible();
	await stepBy(page, 'month', 3);
	expect(await readoutValue(page, 'Serum 25(OH)D')).toBeGreaterThan(vitaminDBefore + 20);
	expect(await readoutValue(page, 'Calcium absorbed')).toBeGreaterThan(absorbedBefore);
});

test('the number field sets a slider exactly and clamps what is out of range', async ({ page }) => {
	const field = page.getByRole('spinbutton', { name: /calcium/i });
	await field.fill('1800');
	await field.press('Enter');
	await expect(page.getByRole('slider', { name: /calcium/i })).toHaveValue('1800');
	await field.fill('99999');
	await field.press('Enter');
	await expect(page.getByRole('slider', { name: /calcium/i })).toHaveValue('3000');
	await expect(page.getByText(/above the upper limit/i)).toBeVisible();
});

test('play, pause and step move model time as they should', async ({ page }) => {
	expect(await modelDay(page)).toBe(0);
	await stepBy(page, 'day', 1);
	expect(await modelDay(page)).toBeCloseTo(1, 5);
	await stepBy(page, 'week', 1);
	expect(await modelDay(page)).toBeCloseTo(8, 5);

	await page.getByRole('radio', { name: /^1 month/ }).check();
	await page.getByRole('button', { name: 'Play' }).click();
	await expect.poll(() => modelDay(page)).toBeGreaterThan(20);
	await page.getByRole('button', { name: 'Pause' }).click();
	const paused = await modelDay(page);
	await page.waitForTimeout(400);
	expect(await modelDay(page)).toBe(paused);
});

test('reset all restores every default, by button and by Alt+R', async ({ page }) => {
	const k2 = page.getByRole('slider', { name: /K2/ });
	const d3 = page.getByRole('slider', { name: /D3/ });
	const calcium = page.getByRole('slider', { name: /calcium/i });
	const defaults = [await k2.inputValue(), await d3.inputValue(), await calcium.inputValue()];
	await pressOn(k2, 'End');
	await pressOn(d3, 'Home');
	await pressOn(calcium, 'PageUp', 2);
	await page.getByRole('radio', { name: 'After menopause' }).check();
	await page.getByRole('checkbox', { name: /warfarin/i }).check();
	await page.getByRole('radio', { name: 'Evidence' }).check();
	await stepBy(page, 'month', 2);

	await page.getByRole('button', { name: 'Reset all' }).click();
	expect([await k2.inputValue(), await d3.inputValue(), await calcium.inputValue()]).toEqual(
		defaults
	);
	await expect(page.getByRole('radio', { name: 'Adult', exact: true })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /warfarin/i })).not.toBeChecked();
	await expect(page.getByRole('radio', { name: 'Mechanism' })).toBeChecked();
	expect(await modelDay(page)).toBe(0);

	await pressOn(k2, 'End');
	await page.keyboard.press('Alt+r');
	await expect(k2).toHaveValue(defaults[0]);
});

test('warfarin lowers active MGP over a few weeks', async ({ page }) => {
	const before = await readoutValue(page, 'Active MGP');
	await page.getByRole('checkbox', { name: /warfarin/i }).check();
	await stepBy(page, 'week', 4);
	expect(await readoutValue(page, 'Active MGP')).toBeLessThan(before * 0.7);
});

test('the evidence view grades each link of the story', async ({ page }) => {
	await page.getByRole('radio', { name: 'Evidence' }).check();
	const evidence = page.getByRole('region', { name: /what the science says/i });
	await expect(evidence).toBeVisible();
	await expect(evidence.getByText(/strong/i).first()).toBeVisible();
	await expect(evidence.getByText(/mixed/i).first()).toBeVisible();
	await expect(evidence.getByText(/AVADEC|Diederichsen/).first()).toBeVisible();
});

for (const width of [320, 375]) {
	test(`no horizontal scroll at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await openExplorer(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}
