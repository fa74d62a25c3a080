import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const lang of ['en','es','fr']) {
  const p = await b.newPage({ viewport: { width: 1366, height: 900 } });
  await p.goto(`http://localhost:4186/?lang=${lang}`); await p.locator('[data-hydrated="true"]').waitFor(); await p.waitForTimeout(800);
  const r = await p.evaluate(() => {
    const svg = [...document.querySelectorAll('svg')].sort((a, b) => b.querySelectorAll('tspan.name').length - a.querySelectorAll('tspan.name').length)[0];
    const texts = [...svg.querySelectorAll('text')].map(t => { const bb = t.getBBox(); return { t: t.textContent.trim().slice(0,30), x: bb.x, y: bb.y, w: bb.width, h: bb.height }; });
    const over = [];
    for (let i=0;i<texts.length;i++) for (let j=i+1;j<texts.length;j++) { const a=texts[i], c=texts[j];
      if (a.x < c.x+c.w && c.x < a.x+a.w && a.y < c.y+c.h && c.y < a.y+a.h) over.push([a.t,c.t]); }
    const out = texts.filter(t => t.x < 0 || t.y < 0 || t.x+t.w > 640 || t.y+t.h > 420).map(t=>[t.t, Math.round(t.x+t.w)]);
    return { over, out };
  });
  console.log(lang, JSON.stringify(r));
  if (lang==='es') await p.locator('svg:has(tspan.name)').first().screenshot({ path: '/tmp/cls/scene-es.png' });
  await p.close();
}
await b.close();
