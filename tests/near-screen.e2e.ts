// On a phone the charts, readouts and the sections below start only as they near the screen, yet a reader scrolling, a snapshot or a printout gets them all.
import { expect, test } from './fixtures';
import { downloadedText, openExplorer, openShareMenu, openSnapshot } from './explorer-helpers';

const phone = { width: 412, height: 823 };

test('on a phone the charts and readouts wait screens below, and are there once a reader scrolls near them', async ({
	page
}) => {
	await page.setViewportSize(phone);
	await openExplorer(page);
	const chartsHeading = page.getByRole('heading', { name: 'Over the years' });
	const readoutsHeading = page.getByRole('heading', { name: 'What the model shows now' });
	const sceneInWords = page.getByText('Describe the scene in words');
	await expect(chartsHeading).toHaveCount(0);
	await expect(readoutsHeading).toHaveCount(0);
	await expect(sceneInWords).toHaveCount(0);
	// The live announcer is not among them: it must be there before the first change it speaks.
	await expect(page.getByRole('button', { name: /since the start/i })).toHaveCount(1);

	// Scrolling to the view switches (the last controls above the charts) brings the charts within a screen.
	await page.getByRole('checkbox', { name: /Sound/ }).scrollIntoViewIfNeeded();
	await expect(chartsHeading).toBeVisible();
	await expect(page.getByRole('img', { name: /Bone mineral change/ })).toHaveCount(1);
	await chartsHeading.scrollIntoViewIfNeeded();
	await expect(readoutsHeading).toBeVisible();
	await readoutsHeading.scrollIntoViewIfNeeded();
	await expect(page.getByRole('status', { name: /Calcium absorbed/ })).toHaveAttribute(
		'data-value',
		/\d/
	);
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await expect(sceneInWords).toHaveCount(1);
});

test('on a laptop the charts and readouts are on the first screen at once', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openExplorer(page);
	await expect(page.getByRole('heading', { name: 'Over the years' })).toBeInViewport();
	await expect(page.getByRole('heading', { name: 'What the model shows now' })).toHaveCount(1);
});

test('a snapshot on a phone pictures both charts though the reader never scrolled to them', async ({
	page
}) => {
	await page.setViewportSize(phone);
	await openExplorer(page, '/?k2=180');
	await expect(page.getByRole('heading', { name: 'Over the years' })).toHaveCount(0);
	// A phone's toolbar is folded under "Tools".
	await page.getByRole('button', { name: 'Tools' }).click();
	await openShareMenu(page);
	const dialog = await openSnapshot(page);
	const { text: svg } = await downloadedText(
		page,
		dialog.getByRole('button', { name: 'Download SVG' })
	);
	expect(svg).toContain('Bone mineral change');
	expect(svg).toContain('Arterial calcification');
});

test('printing a phone page before scrolling lays out the sections still waiting', async ({
	page
}) => {
	await page.setViewportSize(phone);
	await openExplorer(page);
	await expect(page.getByRole('heading', { name: 'Over the years' })).toHaveCount(0);
	// The browser fires beforeprint and lays the printout out right after: the parts must be there in that task.
	const presentInSameTask = await page.evaluate(() => {
		window.dispatchEvent(new Event('beforeprint'));
		return [...document.querySelectorAll('h2')].map((heading) => heading.textContent?.trim());
	});
	expect(presentInSameTask).toContain('Over the years');
	expect(presentInSameTask).toContain('What the model shows now');
});
