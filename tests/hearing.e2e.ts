// Hearing the experiment: a simulated screen reader (@guidepup/virtual-screen-reader) listens while a student moves K2, runs the clock and takes the tour.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openExplorer, stepBy } from './explorer-helpers';
import { tourSteps } from '../src/lib/sim/tour';
import {
	clearSpoken,
	installScreenReader,
	liveAnnouncements,
	spokenPhrases,
	startReader
} from './screen-reader';

test.beforeEach(async ({ page }) => {
	// The reader rebuilds its model of the whole page on every change: slow on a shared machine.
	test.setTimeout(90_000);
	await installScreenReader(page);
});

/** The polite announcements heard so far (the explorer's own voice). */
async function polite(page: Page): Promise<string[]> {
	return (await liveAnnouncements(page)).filter((phrase) => phrase.startsWith('polite: '));
}

/** Waits until the reader has heard at least `count` polite announcements, or `timeoutMs` passes. */
async function heard(page: Page, count: number, timeoutMs: number): Promise<string[]> {
	const deadline = Date.now() + timeoutMs;
	let said = await polite(page);
	while (said.length < count && Date.now() < deadline) {
		await page.waitForTimeout(100);
		said = await polite(page);
	}
	return said;
}

test('moving K2 while paused speaks one update naming K2 and its effect within 2 s', async ({
	page
}) => {
	await openExplorer(page);
	await startReader(page);
	const k2 = page.getByRole('slider', { name: /K2/ });
	await k2.focus();
	await clearSpoken(page);
	// One move that ends at 180 µg (a drag released there): under the reader each key press takes longer than the settle time here.
	await k2.fill('180');
	const settledAt = Date.now();
	const said = await heard(page, 1, 2000);
	expect(Date.now() - settledAt).toBeLessThan(2000);
	await page.waitForTimeout(1000);
	expect(await polite(page), 'exactly one spoken update').toHaveLength(1);
	// SvelteKit's route announcer says the page title (assertive) once, when the link first changes; nothing else may speak.
	const others = (await liveAnnouncements(page)).filter((phrase) => !phrase.startsWith('polite: '));
	expect(others.filter((phrase) => phrase !== 'assertive: Calcium Routes')).toEqual([]);
	expect(said[0]).toMatch(
		/^polite: Vitamin K2 180 µg a day\. Active MGP rises from 60 to \d+ percent .*over about 2 weeks; calcium reaching the artery wall slows\.$/
	);
});

test('five seconds of play produce no more than a few announcements, and pausing says where the run stopped', async ({
	page
}) => {
	await openExplorer(page, '/?speed=month');
	await startReader(page);
	// K2 set while paused: the proteins then change while the clock runs (something worth saying).
	await page.getByRole('slider', { name: /K2/ }).fill('360');
	await heard(page, 1, 3000);
	await page.getByRole('button', { name: 'Play' }).click();
	await clearSpoken(page);
	await page.waitForTimeout(5000);
	const whilePlaying = await liveAnnouncements(page);
	expect(whilePlaying.length, whilePlaying.join('\n')).toBeLessThanOrEqual(2);
	const before = (await polite(page)).length;
	await page.getByRole('button', { name: 'Pause' }).click();
	const said = await heard(page, before + 1, 3000);
	expect(said.at(-1)).toMatch(/^polite: Paused at year 0, month \d+, day \d+: bone mineral/);
});

test('"What changed since the start?" speaks the run so far', async ({ page }) => {
	await openExplorer(page, '/?k2=180');
	await startReader(page);
	await page.getByRole('button', { name: /step 1 week/i }).click();
	await clearSpoken(page);
	await page.getByRole('button', { name: 'What changed since the start?' }).click();
	const said = await heard(page, 1, 2000);
	expect(said[0]).toMatch(/^polite: After year 0, month \d, day \d+: bone mineral changed by/);
});

test('"Compare with the pinned run" says how to pin one, then speaks both runs from the model', async ({
	page
}) => {
	await openExplorer(page);
	await startReader(page);
	const compare = page.getByRole('button', { name: 'Compare with the pinned run' });
	await compare.click();
	expect((await heard(page, 1, 2000))[0]).toBe(
		'polite: There is no pinned run yet. To make one, press “Pin these settings” above the charts, change the settings, then compare.'
	);
	await page.getByRole('button', { name: 'Pin these settings' }).click();
	await page.getByRole('slider', { name: /K2/ }).fill('360');
	await stepBy(page, 'month', 3);
	await clearSpoken(page);
	await compare.click();
	const said = await heard(page, 1, 3000);
	expect(said[0]).toMatch(
		/^polite: Compared with the pinned run: bone mineral [-+]?\d\.\d\d percent here, [-+]?\d\.\d\d pinned; arterial calcification index (\d\.\d\d) here, (\d\.\d\d) pinned\. Active MGP 7\d percent here, 60 pinned; calcium reaching the artery wall is slower here\. The runs differ in vitamin K2 from 0 µg\/day to 360 µg\/day\.$/
	);
});

test('the tour can be completed by ear: each step is spoken and Finish returns to its button', async ({
	page
}) => {
	await openExplorer(page);
	await startReader(page);
	await page.getByRole('button', { name: 'Guided tour' }).focus();
	await page.keyboard.press('Enter');
	const tour = page.getByRole('region', { name: 'Guided tour' });
	await expect(tour).toBeFocused();
	for (let number = 1; number <= tourSteps.length; number++) {
		const said = (await spokenPhrases(page)).join('\n');
		await expect
			.poll(async () => (await spokenPhrases(page)).join('\n'), { message: `step ${number}` })
			.toContain(`Step ${number} of ${tourSteps.length}`);
		expect(said.length).toBeGreaterThan(0);
		const title = await tour.getByRole('heading', { level: 3 }).textContent();
		expect((await spokenPhrases(page)).join('\n')).toContain(title?.trim());
		if (number < tourSteps.length) await page.keyboard.press('ArrowRight');
	}
	await tour.getByRole('button', { name: 'Finish' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Guided tour' })).toBeFocused();
	const spoken = await spokenPhrases(page);
	expect(spoken.at(-1)).toMatch(/Guided tour/);
});
