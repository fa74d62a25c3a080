import { chromium } from '@playwright/test';
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
const require = createRequire('/work/wt/hearing/package.json');
const entry = require.resolve('@guidepup/virtual-screen-reader/browser.js');
const text = buildSync({ entryPoints: [entry], bundle: true, format: 'iife', globalName: '__virtualScreenReader', platform: 'browser', write: false, logLevel: 'silent' }).outputFiles[0].text;
console.log(entry, text.length, text.slice(0,200));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.addInitScript({ content: text });
await page.goto('http://localhost:4185/');
console.log(await page.evaluate(() => typeof window.__virtualScreenReader));
try { await page.evaluate(text); console.log('direct', await page.evaluate(() => typeof window.__virtualScreenReader)); } catch (e) { console.log('direct err', e.message.slice(0,300)); }
await browser.close();
