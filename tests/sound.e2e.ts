// The optional sound layer: off by default, a labelled switch with volume, remembered for the tab only, and it never breaks the page.
import { expect, test } from './fixtures';
import { openExplorer } from './explorer-helpers';

const soundSwitch = (page: import('@playwright/test').Page) =>
	page.getByRole('checkbox', { name: /^Sound: hear calcium flow/ });

test('sound starts off; turning it on shows the volume and the key, plays while running, and is remembered for the tab', async ({
	page
}) => {
	await openExplorer(page);
	await expect(soundSwitch(page)).not.toBeChecked();
	await expect(page.getByRole('slider', { name: 'Sound volume' })).toHaveCount(0);

	await soundSwitch(page).check();
	await expect(page.getByRole('slider', { name: 'Sound volume' })).toBeVisible();
	await expect(page.getByText(/High glassy ticks: calcium into the artery wall/)).toBeVisible();
	await page.getByRole('slider', { name: 'Sound volume' }).fill('0.2');

	await page.getByRole('button', { name: 'Play' }).click();
	await page.waitForTimeout(1500);
	await page.getByRole('button', { name: 'Pause' }).click();

	await page.reload();
	await page.locator('[data-hydrated="true"]').waitFor();
	await expect(soundSwitch(page)).toBeChecked();
	await expect(page.getByRole('slider', { name: 'Sound volume' })).toHaveValue('0.2');
	await soundSwitch(page).uncheck();
	await expect(page.getByRole('slider', { name: 'Sound volume' })).toHaveCount(0);
});

test('a new tab starts with sound off', async ({ page, context }) => {
	await openExplorer(page);
	await soundSwitch(page).check();
	const other = await context.newPage();
	await openExplorer(other);
	await expect(soundSwitch(other)).not.toBeChecked();
	await other.close();
});
