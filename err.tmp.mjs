import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage();
p.on('pageerror', e => console.log('ERR', e.stack?.slice(0, 800)));
await p.goto('http://localhost:4186/?lang=es&tour=2'); await p.waitForTimeout(4000);
await b.close();
