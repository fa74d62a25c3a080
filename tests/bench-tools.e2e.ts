// The benches' page helpers: they press Play and pick the fastest speed when a page offers them, and sample frames.
import { startPlayingIfPossible } from '../scripts/bench/browser.js';
import { measureFrames } from '../scripts/bench/frames.js';
import { expect, test } from './fixtures';

const controls = `<main>
	<button type="button">Display options</button>
	<button type="button" aria-pressed="false" onclick="this.setAttribute('aria-pressed', 'true')">Play</button>
	<fieldset><legend>Speed</legend>
		<label><input type="radio" name="speed" value="day" checked> day</label>
		<label><input type="radio" name="speed" value="month"> month</label>
	</fieldset></main>`;

test('startPlayingIfPossible presses Play and chooses the month speed', async ({ page }) => {
	await page.setContent(controls);
	expect(await startPlayingIfPossible(page)).toEqual(['pressed Play', 'chose speed "month"']);
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.getByRole('radio', { name: 'month' })).toBeChecked();
});

test('startPlayingIfPossible picks the month option of a speed select', async ({ page }) => {
	await page.setContent(
		`<label>Speed <select><option>day</option><option>1 month / s</option></select></label>`
	);
	expect(await startPlayingIfPossible(page)).toEqual(['chose speed "1 month / s"']);
	await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('1 month / s');
});

test('startPlayingIfPossible does nothing on a page without controls', async ({ page }) => {
	await page.setContent('<main><h1>No simulation here</h1></main>');
	expect(await startPlayingIfPossible(page)).toEqual([]);
});

test('measureFrames reports p50 and p95 at normal and slowed CPU', async ({ page }) => {
	await page.goto('/');
	for (const cpuSlowdown of [1, 4]) {
		const frames = await measureFrames(page, { seconds: 1, cpuSlowdown });
		expect(frames.frames).toBeGreaterThan(10);
		expect(frames.p50Ms).toBeGreaterThan(0);
		expect(frames.p95Ms).toBeGreaterThanOrEqual(frames.p50Ms);
	}
});
