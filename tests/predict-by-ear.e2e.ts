// Predict, observe, explain by ear: with a simulated screen reader (@guidepup/virtual-screen-reader) and the keyboard only, a student opens the activity, predicts, runs the clock and hears the result.
import { expect, test } from './fixtures';
import { openExplorer } from './explorer-helpers';
import {
	installScreenReader,
	liveAnnouncements,
	spokenPhrases,
	startReader
} from './screen-reader';

test.beforeEach(async ({ page }) => {
	// The reader rebuilds its model of the whole page on every change: slow on a shared machine.
	test.setTimeout(120_000);
	await installScreenReader(page);
});

/** Everything the reader said after the first `from` phrases, as one text. */
async function saidSince(page: import('@playwright/test').Page, from: number): Promise<string> {
	return (await spokenPhrases(page)).slice(from).join('\n');
}

test('a student predicts, runs a year and hears the result, by keyboard and ear alone', async ({
	page
}) => {
	await openExplorer(page, '/?speed=year');
	await startReader(page);

	// Open the activity: focus lands on its heading, which the reader says.
	await page.getByRole('button', { name: 'Predict', exact: true }).focus();
	let mark = (await spokenPhrases(page)).length;
	await page.keyboard.press('Enter');
	const panel = page.getByRole('region', { name: 'Predict, observe, explain' });
	await expect(panel.getByRole('heading', { name: 'Predict, observe, explain' })).toBeFocused();
	await expect.poll(() => saidSince(page, mark)).toContain('Predict, observe, explain');

	// Tab to the first question, a labelled radio group (this reader says only the focused radio; NVDA, JAWS and VoiceOver also say the group's legend on entering it).
	await page.keyboard.press('Tab'); // Close
	mark = (await spokenPhrases(page)).length;
	await page.keyboard.press('Tab');
	const bone = panel.getByRole('group', { name: 'Bone mineral' });
	await expect(bone.getByRole('radio').first()).toBeFocused();
	await expect
		.poll(() => saidSince(page, mark))
		.toMatch(/radio, Goes [^\n]*, position 1, set size \d/);
	// Arrow keys pick a choice in a radio group; Space checks the focused one.
	await page.keyboard.press('Space');
	await expect(bone.getByRole('radio', { checked: true })).toHaveCount(1);
	await page.keyboard.press('Tab');
	const artery = panel.getByRole('group', { name: 'Calcium in the artery wall' });
	await expect(artery.getByRole('radio').first()).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(artery.getByRole('radio', { checked: true })).toHaveCount(1);
	await page.keyboard.press('Tab');
	await expect(panel.getByRole('button', { name: 'Commit prediction' })).toBeFocused();

	// Commit: focus goes back to the panel's heading, and the reader hears the prediction and what to do next.
	mark = (await spokenPhrases(page)).length;
	await page.keyboard.press('Enter');
	await expect(panel.getByRole('heading', { name: 'Predict, observe, explain' })).toBeFocused();
	await expect
		.poll(() => saidSince(page, mark))
		.toMatch(/Your prediction: Bone mineral: [^\n]*Calcium in the artery wall/);
	await expect.poll(() => saidSince(page, mark)).toContain('Now press Play');

	// Tab on to Play (past Close and "Predict again") and run: the clock stops by itself at one year.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(panel.getByRole('button', { name: 'Predict again' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
	mark = (await spokenPhrases(page)).length;
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });

	// The result is announced: each quantity's verdict, then where the explanation goes.
	const resultHeard =
		/polite: [^\n]*What happened after one year[^\n]*Bone mineral: you predicted it would [^\n]*Calcium in the artery wall: you predicted it would/;
	await expect
		.poll(async () => (await liveAnnouncements(page)).join('\n'), { timeout: 10_000 })
		.toMatch(resultHeard);
	const result = (await liveAnnouncements(page)).find((phrase) => resultHeard.test(phrase)) ?? '';
	const verdict =
		/Your prediction matched\.|The direction was right; the size was not\.|The run went another way\./g;
	expect(result.match(verdict), 'a verdict for each quantity').toHaveLength(2);
	expect(result, 'the form is not read out with the result').not.toContain(
		'Explain the difference'
	);

	// The explanation box is one Shift+Tab away from "Predict again", and is labelled by its question.
	await page.keyboard.press('Shift+Tab');
	await expect(panel.getByRole('button', { name: 'Predict again' })).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(panel.getByRole('textbox', { name: /Explain the difference/ })).toBeFocused();
	await page.keyboard.type('Nothing slowed the artery.');
	await expect(panel.getByRole('textbox', { name: /Explain the difference/ })).toHaveValue(
		'Nothing slowed the artery.'
	);
	expect(mark).toBeGreaterThan(0);
});
