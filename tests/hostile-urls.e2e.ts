// Hostile links, the one browser check (the parsers themselves are fuzzed in src/lib/url/fuzz.test.ts): pages render with their notice, name the ignored parameters as text, use the defaults, log no error (the fixture checks) and gain no injected element.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openExplorer, readoutValue } from './explorer-helpers';

const big = '9'.repeat(400);
const tenKilobytes = 'x'.repeat(10_240);
const values = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	'javascript:window.__pwned=1',
	`1${big}`,
	`-${big}`,
	'-1',
	'NaN',
	'Infinity',
	'1e309',
	'0x10',
	'1,5',
	'٣٠٠',
	'\u202e081',
	'%00',
	'%',
	'%E0%A4%A',
	'😀',
	tenKilobytes,
	'99999',
	''
];
const names = ['k2', 'd3', 'ca', 'life', 'warfarin', 'view', 'speed', 'play', 'tour', 'lang'];

/** Every hostile value on every few names, packed into four links (the first of a repeated name counts), plus hostile names and pile-ups. */
function hostileQueries(): string[] {
	const packed = [0, 1, 2, 3].map((offset) =>
		names
			.map((name, index) => {
				const value = values[(offset * names.length + index * 3) % values.length];
				return `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
			})
			.join('&')
	);
	return [
		...packed,
		`__proto__[x]=1&constructor=1&<svg onload=window.__pwned=1>=1&${tenKilobytes}=1&${'k2=1&'.repeat(40)}`,
		`k2=180&k2=<b>bold</b>&tour=${big}&lang=xx&lang=<i>&view=evidence%00&d3=%3Cscript%3E&&&==&=&`
	];
}

async function injected(page: Page) {
	return page.evaluate(() => ({
		pwned: (window as unknown as { __pwned?: number }).__pwned,
		images: document.querySelectorAll('main img, img[src="x"]').length,
		markup: document.querySelectorAll('main b, main i, [onload], [onerror]').length,
		inlineScripts: [...document.querySelectorAll('script:not([src])')].filter((s) =>
			/pwned|alert/.test(s.textContent ?? '')
		).length
	}));
}
const nothing = { pwned: undefined, images: 0, markup: 0, inlineScripts: 0 };

test('hostile links to the explorer render with a notice, the defaults and nothing injected', async ({
	page
}) => {
	test.setTimeout(60_000);
	for (const query of hostileQueries()) {
		await page.goto(`/?${query}`);
		await expect(page.getByRole('slider', { name: /K2/ }), query.slice(0, 80)).toBeVisible();
		expect(await injected(page), query.slice(0, 80)).toEqual(nothing);
		await expect(page.getByText('Some link settings were ignored.')).toBeVisible();
		await expect(page.locator('output[data-quantity="serum25OHDNmolL"]')).not.toHaveText(/NaN/);
	}

	const hostile = new URLSearchParams({
		k2: '99999',
		d3: 'NaN',
		ca: '<img src=x onerror=alert(1)>',
		'<script>alert(1)</script>': '1',
		view: 'javascript:alert(1)'
	});
	await openExplorer(page, `/?${hostile}`);
	const notice = page.getByRole('status').filter({ hasText: /ignored/i });
	await expect(notice).toContainText('k2');
	await expect(notice).toContainText('<script>');
	expect(await injected(page)).toEqual(nothing);
	await expect(page.getByRole('slider', { name: /K2/ })).toHaveValue('0');
	await expect(page.getByRole('slider', { name: /calcium/i })).toHaveValue('1000');
	expect(await readoutValue(page, 'Serum 25(OH)D')).toBeGreaterThan(0);
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
});

test('hostile and unknown embed parameters give the notice, the defaults and nothing injected', async ({
	page
}) => {
	const hostile = new URLSearchParams({
		controls: '<script>alert(1)</script>',
		lock: 'k2,nope',
		theme: 'javascript:alert(1)',
		childId: '"><img src=x onerror=alert(1)>',
		panels: 'charts;evidence',
		'<b>bold</b>': '1',
		k2: '1e3'
	});
	await page.goto(`/embed?${hostile}`);
	const notice = page.getByRole('status').filter({ hasText: /ignored/i });
	await expect(notice).toBeVisible();
	for (const name of ['controls', 'lock', 'theme', 'childId', 'panels', '<b>bold</b>', 'k2']) {
		await expect(notice).toContainText(name);
	}
	await expect(page.locator('img[src="x"], b')).toHaveCount(0);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'default');
	await expect(page.getByRole('slider', { name: /K2/ })).toBeEnabled();
	await expect(page.getByRole('slider', { name: /K2/ })).toHaveValue('0');
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
});
