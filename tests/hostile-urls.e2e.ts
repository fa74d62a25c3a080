// Fifty hostile links: each page renders with its notice, logs no error (the fixture checks) and gains no injected element.
import { expect, test } from './fixtures';

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
	'-Infinity',
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
	''
];
const names = ['k2', 'd3', 'ca', 'life', 'warfarin', 'view', 'speed', 'play', 'tour', 'lang'];

/** 50 hostile queries: each parameter with hostile values, plus hostile names and pile-ups. */
function hostileQueries(): string[] {
	const queries: string[] = [];
	for (let index = 0; index < 40; index++) {
		const name = names[index % names.length];
		const value = values[index % values.length];
		queries.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
	}
	queries.push('__proto__[x]=1&constructor=1', '<svg onload=window.__pwned=1>=1');
	queries.push(`${'k2=1&'.repeat(60)}`, 'k2=180&k2=<b>bold</b>', `tour=${big}`, 'lang=xx&lang=<i>');
	queries.push(`${tenKilobytes}=1`, 'view=evidence%00', 'd3=%3Cscript%3E', '&&&==&=&');
	return queries;
}

test('50 hostile URLs render with a notice, no error and no injected element', async ({ page }) => {
	test.setTimeout(120_000);
	const queries = hostileQueries();
	expect(queries).toHaveLength(50);
	for (const query of queries) {
		await page.goto(`/?${query}`);
		await expect(page.getByRole('slider', { name: /K2/ }), query.slice(0, 80)).toBeVisible();
		const injected = await page.evaluate(() => ({
			pwned: (window as unknown as { __pwned?: number }).__pwned,
			images: document.querySelectorAll('main img').length,
			inlineScripts: [...document.querySelectorAll('script:not([src])')].filter((s) =>
				/pwned|alert/.test(s.textContent ?? '')
			).length,
			svgOnload: document.querySelectorAll('[onload], [onerror]').length
		}));
		expect(injected, query.slice(0, 80)).toEqual({
			pwned: undefined,
			images: 0,
			inlineScripts: 0,
			svgOnload: 0
		});
		const noticeShown = await page.getByText('Some link settings were ignored.').isVisible();
		const onlyValid = /^(&|=)*$/.test(query);
		if (!onlyValid) expect(noticeShown, `notice for ${query.slice(0, 80)}`).toBe(true);
		await expect(page.locator('output[data-quantity="serum25OHDNmolL"]')).not.toHaveText(/NaN/);
	}
});
