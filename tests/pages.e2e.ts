// The teacher guide and the about page: headings, activities, misconceptions, the disclaimer and warfarin anchors, WCAG 2.2 AA at two widths, print without navigation, and the explorer reached by a link inside the app (its scene drawn as SVG).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { openShareMenu, pressOn, readoutValue, stepBy } from './explorer-helpers';

const pages = [
	{ path: '/teach', heading: 'Teacher guide', title: /Teacher guide/ },
	{ path: '/about', heading: 'About and methods', title: /About & methods/ }
];

for (const { path, heading, title } of pages) {
	test(`${path} renders one h1, the site navigation and the footer disclaimer`, async ({
		page
	}) => {
		await page.goto(path);
		await expect(page).toHaveTitle(title);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		const nav = page.getByRole('navigation', { name: 'Site' });
		await expect(nav.getByRole('link', { name: 'Explorer' })).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Teacher guide' })).toBeVisible();
		await expect(nav.getByRole('link', { name: 'About & methods' })).toBeVisible();
		await expect(
			nav.getByRole('link', {
				name: heading === 'Teacher guide' ? 'Teacher guide' : 'About & methods'
			})
		).toHaveAttribute('aria-current', 'page');
		await expect(page.getByRole('contentinfo')).toContainText('not medical advice');
	});

	for (const width of [320, 1280]) {
		test(`${path} has no WCAG 2.2 AA violations at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(results.violations).toEqual([]);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
		});
	}

	test(`${path} prints without the site navigation`, async ({ page }) => {
		await page.goto(path);
		const nav = page.getByRole('navigation', { name: 'Site' });
		await expect(nav).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(nav).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		const colour = await page
			.getByRole('heading', { level: 1 })
			.evaluate((element) => getComputedStyle(element).color);
		expect(colour).toBe('rgb(0, 0, 0)');
	});
}

test('the teacher guide has four activities with timing, setup and questions, and the misconceptions', async ({
	page
}) => {
	await page.goto('/teach');
	const activities = page.getByRole('heading', { level: 3, name: /^Activity \d:/ });
	await expect(activities).toHaveCount(4);
	await expect(page.getByRole('heading', { level: 4, name: 'Setup' })).toHaveCount(4);
	await expect(page.getByRole('heading', { level: 4, name: 'Questions for students' })).toHaveCount(
		4
	);
	await expect(page.getByText('Time:')).toHaveCount(4);
	await expect(
		page.getByRole('heading', { level: 2, name: 'Common misconceptions' })
	).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 3, name: /More calcium always means stronger bones/ })
	).toBeVisible();
	await expect(
		page.getByRole('heading', {
			level: 3,
			name: /K2 supplements are proven to prevent heart disease/
		})
	).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 2, name: 'What the model simplifies' })
	).toBeVisible();
});

test('on paper each activity fits on one A4 page and is not split', async ({ page }) => {
	// A4 at Chromium's default print margins: about 718 × 1047 CSS pixels.
	await page.setViewportSize({ width: 718, height: 1047 });
	await page.goto('/teach');
	await page.emulateMedia({ media: 'print' });
	const headings = page.getByRole('heading', { level: 3, name: /^Activity \d:/ });
	await expect(headings).toHaveCount(4);
	for (const heading of await headings.all()) {
		const activity = heading.locator('xpath=..');
		const box = await activity.boundingBox();
		expect(box?.height).toBeLessThan(1047);
		expect(await activity.evaluate((element) => getComputedStyle(element).breakInside)).toBe(
			'avoid'
		);
	}
});

test('an external source link shows its address on paper', async ({ page }) => {
	await page.goto('/teach');
	await page.emulateMedia({ media: 'print' });
	const doiLink = page.locator('#ref-luo1997 a');
	const printed = await doiLink.evaluate((element) => getComputedStyle(element, '::after').content);
	expect(printed).toContain('https://doi.org/10.1038/386078a0');
});

test('the footer leads to the warfarin caution on the about page by its anchor', async ({
	page
}) => {
	await page.goto('/teach');
	await page
		.getByRole('contentinfo')
		.getByRole('link', { name: /warfarin/i })
		.click();
	await expect(page).toHaveURL(/\/about#warfarin$/);
	const caution = page.getByRole('heading', {
		level: 2,
		name: 'Warfarin and other vitamin K antagonists'
	});
	await expect(caution).toBeInViewport();
	await expect(page.locator('#warfarin')).toContainText('must talk to their doctor');
	await expect(page.locator('#warfarin')).toContainText('Theuwissen 2013');
});

test('the about page has the disclaimer by its anchor, the evidence grades and the funding caveat', async ({
	page
}) => {
	await page.goto('/about#disclaimer');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Medical disclaimer' })
	).toBeInViewport();
	await expect(page.locator('#disclaimer')).toContainText(
		'never tells anyone to take a supplement'
	);
	const table = page.getByRole('table', { name: 'Evidence grades for the claims in the model' });
	await expect(table.getByRole('rowheader', { name: 'K2 protects arteries.' })).toBeVisible();
	const arteriesRow = table
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: 'K2 protects arteries.' }) });
	await expect(arteriesRow).toContainText('Low');
	await expect(page.getByText(/one research group/)).toBeVisible();
	// Reference values, evidence grades, the model's targets and the food data (each food with its sources).
	await expect(page.getByRole('table')).toHaveCount(5);
	await expect(
		page.getByRole('table').filter({ has: page.getByRole('rowheader', { name: /Natto/ }) })
	).toHaveCount(1);
});

for (const { lang, heading, explorer, about } of [
	{ lang: 'es', heading: 'Guía docente', explorer: 'Explorador', about: 'Acerca de y métodos' },
	{
		lang: 'fr',
		heading: 'Guide de l’enseignant',
		explorer: 'Explorateur',
		about: 'À propos et méthodes'
	}
]) {
	test(`/teach?lang=${lang} is in that language, and every link keeps it`, async ({ page }) => {
		await page.goto(`/teach?lang=${lang}`);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const internal = await page
			.locator('a[href]')
			.evaluateAll((links) =>
				links
					.map((link) => link.getAttribute('href') ?? '')
					.filter((href) => !href.startsWith('#') && !/^https?:/.test(href))
			);
		expect(internal.length).toBeGreaterThan(10);
		for (const href of internal) expect(href, href).toContain(`lang=${lang}`);
		await page.getByRole('link', { name: about }).first().click();
		await expect(page).toHaveURL(new RegExp(`/about\\?lang=${lang}`));
		await expect(page.getByRole('link', { name: explorer })).toBeVisible();
		await page.getByRole('link', { name: explorer }).click();
		await expect(page).toHaveURL(new RegExp(`lang=${lang}`));
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
	});
}

test('reached by a link inside the app (no prerendered explorer to take over), the explorer is live', async ({
	page
}) => {
	await page.goto('/about', { waitUntil: 'networkidle' });
	// A mark on the window survives a navigation inside the app, and is gone after a full page load.
	await page.evaluate(() => Object.assign(window, { sameDocument: true }));
	await page.getByRole('link', { name: 'Explorer' }).first().click();
	await page.locator('[data-hydrated="true"]').waitFor();
	expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
	// The scene's parts are rendered by the browser here, not taken over: they must be drawn as SVG, with a size.
	const drawing = await page
		.getByRole('img', { name: 'Calcium routes in the body' })
		.evaluate((svg) =>
			[...svg.querySelectorAll('circle, path, rect, text')].map((shape) => ({
				svg: shape.namespaceURI === 'http://www.w3.org/2000/svg',
				width: shape instanceof SVGGraphicsElement ? shape.getBBox().width : 0
			}))
		);
	expect(drawing.length, 'organs, meters and arrows').toBeGreaterThan(30);
	expect(
		drawing.filter((shape) => !shape.svg),
		'shapes outside the SVG namespace'
	).toEqual([]);
	expect(drawing.filter((shape) => shape.width > 0).length).toBeGreaterThan(30);
	const mgpBefore = await readoutValue(page, 'Active MGP');
	await pressOn(page.getByRole('slider', { name: /K2/ }), 'PageUp', 3);
	await stepBy(page, 'week', 4);
	expect(await readoutValue(page, 'Active MGP'), 'K2 raises active MGP').toBeGreaterThan(mgpBefore);
	await openShareMenu(page);
	await expect(page.getByRole('button', { name: /^Embed/ })).toBeVisible();
});

test('switching the language on the teacher guide keeps it in the address', async ({ page }) => {
	// The switch works once the page's scripts have loaded and started (network idle).
	await page.goto('/teach', { waitUntil: 'networkidle' });
	await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Guide de l’enseignant' })
	).toBeVisible();
	await expect(page).toHaveURL(/\/teach\?lang=fr/);
});

test('each activity opens its stages in the explorer by link, and links to its worksheet and answer key', async ({
	page
}) => {
	await page.goto('/teach');
	const activity = page.locator('#vitamin-d-gate');
	await activity.getByRole('link', { name: /Vitamin D deficient: predict absorption/ }).click();
	await expect(page).toHaveURL(/preset=vitamin_d_deficient/);
	await expect(
		page.getByRole('heading', { name: 'Vitamin D deficient: what to look for' })
	).toBeVisible();
	const panel = page.getByRole('region', { name: 'Predict, observe, explain' });
	await expect(panel.getByRole('group', { name: 'Share of calcium absorbed' })).toBeVisible();
	await expect(panel).toContainText('after six months');
	await expect(page.getByRole('status', { name: 'Active MGP' })).toHaveCount(0);
	await page.goto('/teach');
	await expect(activity.getByRole('link', { name: /Student worksheet/ })).toHaveAttribute(
		'href',
		/\/teach\/worksheet\/vitamin-d-gate$/
	);
});

for (const { name, width, height } of [
	{ name: 'A4', width: '210mm', height: '297mm' },
	{ name: 'Letter', width: '8.5in', height: '11in' }
]) {
	test(`the student worksheet and the answer key print on ${name}: no answers on the worksheet, a QR code, space to write`, async ({
		page
	}) => {
		await page.goto('/teach/worksheet/vitamin-d-gate');
		await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
		await expect(page.getByText(/fraction absorbed was 0\.36/)).toHaveCount(0);
		await expect(page.locator('.lines')).toHaveCount(5);
		const worksheet = await page.pdf({ width, height, printBackground: true });
		const pages = (worksheet.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(3);
		await page.emulateMedia({ media: 'print' });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);

		await page.goto('/teach/answers/vitamin-d-gate');
		await expect(
			page.getByRole('heading', { level: 1, name: /Answer key: Activity 2/ })
		).toBeVisible();
		await expect(page.getByText(/fraction absorbed was 0\.36/)).toBeVisible();
		const key = await page.pdf({ width, height });
		expect((key.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeLessThanOrEqual(
			3
		);
	});
}
