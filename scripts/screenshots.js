// Takes full-page screenshots of a running build at phone, laptop and projector widths: node scripts/screenshots.js [baseURL] [path…]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, findChromium } from './find-browser.js';

const [baseURL = 'http://localhost:4173', ...paths] = process.argv.slice(2);
const viewports = [
	{ width: 375, height: 812 },
	{ width: 1280, height: 800 },
	{ width: 1920, height: 1080 }
];
const outDir = 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const path of paths.length ? paths : ['/']) {
	for (const viewport of viewports) {
		const page = await browser.newPage({ viewport });
		await page.goto(new URL(path, baseURL).href);
		await page.waitForTimeout(300);
		const name = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${viewport.width}.png`;
		await page.screenshot({ path: name, fullPage: true });
		await page.screenshot({ path: name.replace('.png', '-top.png') });
		console.log(name);
		await page.close();
	}
}
await browser.close();
