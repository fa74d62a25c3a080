// Classroom tools: presets set the inputs and the link; the guided tour drives the explorer by buttons, keys and link; predict–observe–explain compares a prediction with the run.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { scenarios } from '../src/lib/model/scenarios';
import { expect, test } from './fixtures';
import { modelDay, openExplorer, pressOn, stepBy } from './explorer-helpers';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const slider = (page: Page, name: RegExp) => page.getByRole('slider', { name });
const tour = (page: Page) => page.getByRole('region', { name: 'Guided tour' });
const stepHeading = (page: Page, number: number) =>
	tour(page).getByRole('heading', { level: 2, name: `Step ${number} of 7` });

/** Everything a tour step may change: inputs, view and model time. */
async function explorerState(page: Page): Promise<string> {
	const values = await Promise.all([
		slider(page, /K2/).inputValue(),
		slider(page, /D3/).inputValue(),
		slider(page, /calcium/i).inputValue(),
		page.getByRole('radio', { name: 'After menopause' }).isChecked(),
		page.getByRole('radio', { name: 'Evidence' }).isChecked(),
		modelDay(page)
	]);
	return JSON.stringify(values);
}

test('each preset sets the sliders to its inputs, changes the link and says what to look for', async ({
	page
}) => {
	await openExplorer(page, '/?k2=100&ca=500');
	const select = page.getByRole('combobox', { name: 'Preset' });
	for (const scenario of scenarios) {
		const before = page.url();
		await select.selectOption(scenario.id);
		const title = await select.locator('option:checked').textContent();
		await page.getByRole('button', { name: 'Apply preset' }).click();

		await expect(slider(page, /K2/)).toHaveValue(String(scenario.inputs.k2McgPerDay));
		await expect(slider(page, /D3/)).toHaveValue(String(scenario.inputs.d3IuPerDay));
		await expect(slider(page, /calcium/i)).toHaveValue(String(scenario.inputs.calciumMgPerDay));
		const menopause = page.getByRole('radio', { name: 'After menopause' });
		if (scenario.inputs.lifeStage === 'postmenopausal') await expect(menopause).toBeChecked();
		else await expect(menopause).not.toBeChecked();
		const warfarin = page.getByRole('checkbox', { name: /warfarin/i });
		if (scenario.inputs.warfarin) await expect(warfarin).toBeChecked();
		else await expect(warfarin).not.toBeChecked();

		await expect.poll(() => page.url(), { message: scenario.id }).not.toBe(before);
		if (scenario.inputs.k2McgPerDay > 0)
			await expect(page).toHaveURL(new RegExp(`k2=${scenario.inputs.k2McgPerDay}`));
		await expect(page.getByRole('heading', { name: `${title}: what to look for` })).toBeVisible();
		expect(await modelDay(page)).toBe(0);
	}
	await page.getByRole('button', { name: 'Hide this note' }).click();
	await expect(page.getByRole('heading', { name: /what to look for/ })).toHaveCount(0);
	await expect(page.getByRole('combobox', { name: 'Preset' })).toBeFocused();
});

test('the tour opens, Next and the keys move it, and every step changes the explorer', async ({
	page
}) => {
	await openExplorer(page, '/');
	await page.getByRole('button', { name: 'Guided tour' }).click();
	await expect(stepHeading(page, 1)).toBeVisible();
	await expect(tour(page)).toBeFocused();

	await tour(page).getByRole('button', { name: 'Next' }).click();
	await expect(stepHeading(page, 2)).toBeVisible();
	await expect(slider(page, /D3/)).toHaveValue('2000');
	await expect(tour(page)).toContainText('Vitamin D3 opens the gate');

	await page.keyboard.press('ArrowRight');
	await expect(stepHeading(page, 3)).toBeVisible();
	await expect(slider(page, /K2/)).toHaveValue('180');
	await expect(slider(page, /D3/)).toHaveValue('600');

	await page.keyboard.press('PageDown');
	await expect(stepHeading(page, 4)).toBeVisible();
	await expect(slider(page, /K2/)).toHaveValue('360');

	await tour(page).focus();
	await page.keyboard.press('Space');
	await expect(stepHeading(page, 5)).toBeVisible();
	await expect(slider(page, /D3/)).toHaveValue('4000');
	await expect(slider(page, /calcium/i)).toHaveValue('2000');

	await page.keyboard.press('PageUp');
	await expect(stepHeading(page, 4)).toBeVisible();
	await expect(slider(page, /D3/)).toHaveValue('600');

	await page.keyboard.press('ArrowLeft');
	await expect(stepHeading(page, 3)).toBeVisible();
	await expect(slider(page, /K2/)).toHaveValue('180');
	await expect(page).toHaveURL(/tour=3/);

	// From the first step to the last, each one leaves the explorer in a different state.
	await page.keyboard.press('PageUp');
	await page.keyboard.press('PageUp');
	await expect(stepHeading(page, 1)).toBeVisible();
	let previous = await explorerState(page);
	for (let number = 2; number <= 7; number++) {
		await page.keyboard.press('PageDown');
		await expect(stepHeading(page, number)).toBeVisible();
		const state = await explorerState(page);
		expect(state, `step ${number}`).not.toBe(previous);
		previous = state;
	}
	await expect(page.getByRole('radio', { name: 'Evidence' })).toBeChecked();
	await expect(page.getByRole('region', { name: /what the science says/i })).toBeVisible();
	expect(await modelDay(page)).toBeGreaterThan(1000);

	await tour(page).getByRole('button', { name: 'Finish tour' }).click();
	await expect(tour(page)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Guided tour' })).toBeFocused();
});

test('?tour=3 opens step 3; Escape closes the tour and the link loses tour; a step past the end opens the last', async ({
	page
}) => {
	await openExplorer(page, '/?tour=3');
	await expect(stepHeading(page, 3)).toBeVisible();
	await expect(slider(page, /K2/)).toHaveValue('180');
	await expect(page).toHaveURL(/tour=3/);
	await page.keyboard.press('Escape');
	await expect(tour(page)).toHaveCount(0);
	await expect(page).not.toHaveURL(/tour=/);
	await expect(page.getByRole('button', { name: 'Guided tour' })).toHaveAttribute(
		'aria-expanded',
		'false'
	);

	await openExplorer(page, '/?tour=20');
	await expect(stepHeading(page, 7)).toBeVisible();
	await expect(page).toHaveURL(/tour=7/);
});

test('the tour speaks Spanish with ?lang=es', async ({ page }) => {
	await openExplorer(page, '/?lang=es&tour=2');
	const visita = page.getByRole('region', { name: 'Visita guiada' });
	await expect(visita.getByRole('heading', { level: 2, name: 'Paso 2 de 7' })).toBeVisible();
	await expect(visita).toContainText('La vitamina D3 abre la puerta');
	await expect(visita.getByRole('button', { name: 'Siguiente' })).toBeVisible();
});

test('keys pressed while a slider or a field has focus do not move the tour', async ({ page }) => {
	await openExplorer(page, '/?tour=2');
	await expect(stepHeading(page, 2)).toBeVisible();
	const k2 = slider(page, /K2/);
	await pressOn(k2, 'ArrowRight', 2);
	await pressOn(k2, 'PageDown');
	await pressOn(k2, 'PageUp');
	await pressOn(k2, 'Space');
	await pressOn(k2, 'Escape');
	await expect(stepHeading(page, 2)).toBeVisible();
	expect(Number(await k2.inputValue())).toBeGreaterThan(0);
	const field = page.getByRole('spinbutton', { name: /D3/ });
	await pressOn(field, 'ArrowLeft');
	await pressOn(field, 'PageUp');
	await expect(stepHeading(page, 2)).toBeVisible();
	await expect(page).toHaveURL(/tour=2/);
});

test('predict, observe, explain: hide readouts, commit, run a year, compare and explain', async ({
	page
}) => {
	await openExplorer(page, '/');
	await page.getByRole('combobox', { name: 'Preset' }).selectOption('after_menopause');
	await page.getByRole('button', { name: 'Apply preset' }).click();
	await page.getByRole('checkbox', { name: 'Hide readouts' }).check();
	await expect(page.getByRole('status', { name: 'Active MGP' })).toHaveCount(0);
	await expect(page).toHaveURL(/hide=readouts/);
	await stepBy(page, 'month', 2);

	await page.getByRole('button', { name: 'Predict', exact: true }).click();
	const panel = page.getByRole('region', { name: 'Predict, observe, explain' });
	const bone = panel.getByRole('group', { name: 'Bone mineral' });
	await bone.getByRole('radio', { name: 'Goes down a little' }).check();
	const artery = panel.getByRole('group', { name: 'Calcium in the artery wall' });
	await expect(
		artery.getByRole('radio', { name: /Goes down/ }),
		'artery calcium never falls'
	).toHaveCount(0);
	await artery.getByRole('radio', { name: 'Goes up moderately' }).check();
	await panel.getByRole('button', { name: 'Commit prediction' }).click();

	await expect(panel).toContainText('Your prediction');
	expect(await modelDay(page)).toBe(0);
	await expect(page.getByText('your prediction', { exact: true })).toBeVisible();
	await expect(
		page.getByRole('figure', { name: 'Bone mineral change' }).locator('path.prediction')
	).toHaveCount(1);
	await expect(panel.getByRole('textbox')).toHaveCount(0);

	await stepBy(page, 'month', 12);
	await page.getByRole('button', { name: 'Play' }).click();
	const comparison = panel.getByRole('listitem');
	await expect(comparison.first()).toContainText(
		/Bone mineral: you predicted it would go down a little; it went down by 4\.0\s%\./
	);
	await expect(comparison.first()).toContainText('The direction was right; the size was not.');
	await expect(comparison.nth(1)).toContainText(
		/Calcium in the artery wall: you predicted it would go up moderately; it went up by 1\.\d\d\./
	);
	await expect(comparison.nth(1)).toContainText('The direction was right');
	await expect(
		page.getByRole('button', { name: 'Play' }),
		'the run pauses at one year'
	).toBeVisible();

	const explain = panel.getByRole('textbox', { name: /Explain the difference/ });
	await explain.fill('Menopause made resorption outrun formation.');
	await expect(explain).toHaveValue('Menopause made resorption outrun formation.');
	await panel.getByRole('button', { name: 'Predict again' }).click();
	await expect(bone.getByRole('radio', { name: 'Goes down a little' })).not.toBeChecked();
});

test('with the tour open there are no WCAG 2.2 AA violations', async ({ page }) => {
	await openExplorer(page, '/?tour=4');
	await expect(stepHeading(page, 4)).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	expect(results.violations).toEqual([]);
});

test('with the predict form and the result open there are no WCAG 2.2 AA violations', async ({
	page
}) => {
	await openExplorer(page, '/?hide=readouts');
	await page.getByRole('button', { name: 'Predict', exact: true }).click();
	const panel = page.getByRole('region', { name: 'Predict, observe, explain' });
	await expect(panel.getByRole('button', { name: 'Commit prediction' })).toBeVisible();
	expect((await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations).toEqual([]);

	await panel
		.getByRole('group', { name: 'Bone mineral' })
		.getByRole('radio', { name: 'Stays about the same' })
		.check();
	await panel
		.getByRole('group', { name: 'Calcium in the artery wall' })
		.getByRole('radio', { name: 'Goes up a little' })
		.check();
	await panel.getByRole('button', { name: 'Commit prediction' }).click();
	await stepBy(page, 'month', 13);
	await expect(panel.getByRole('textbox', { name: /Explain the difference/ })).toBeVisible();
	expect((await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations).toEqual([]);
});

test('a lesson link opens a preset with its note and the predict panel with its question and horizon', async ({
	page
}) => {
	await openExplorer(page, '/?preset=natto_eater&predict=osteocalcin,mgp&horizon=6w');
	await expect(page.getByRole('heading', { name: 'Natto eater: what to look for' })).toBeVisible();
	await expect(slider(page, /K2/)).toHaveValue('350');
	const panel = page.getByRole('region', { name: 'Predict, observe, explain' });
	await expect(panel).toContainText('after six weeks of model time');
	await expect(panel.getByRole('group')).toHaveCount(2);
	await panel
		.getByRole('group', { name: 'Active (carboxylated) osteocalcin' })
		.getByRole('radio', { name: 'Goes up moderately' })
		.check();
	await panel
		.getByRole('group', { name: 'Active (carboxylated) MGP' })
		.getByRole('radio', { name: 'Goes up moderately' })
		.check();
	await panel.getByRole('button', { name: 'Commit prediction' }).click();
	await stepBy(page, 'week', 7);
	await expect(panel.getByRole('heading', { name: 'What happened after six weeks' })).toBeVisible();
	await expect(panel.getByRole('listitem').first()).toContainText(
		/Active \(carboxylated\) osteocalcin: you predicted it would go up moderately; it went up by [\d.]+ percentage points\./
	);
	await expect(page).toHaveURL(/preset=natto_eater&predict=osteocalcin,mgp&horizon=6w/);
});

test('Reset all returns to the scenario the link opened; Reset to defaults clears it', async ({
	page
}) => {
	await openExplorer(page, '/?preset=on_warfarin&d3=2000');
	await expect(page.getByRole('checkbox', { name: /warfarin/ })).toBeChecked();
	await slider(page, /D3/).fill('5000');
	await page.getByRole('button', { name: 'Reset all' }).click();
	await expect(slider(page, /D3/)).toHaveValue('2000');
	await expect(page.getByRole('checkbox', { name: /warfarin/ })).toBeChecked();
	await page.getByRole('button', { name: 'Reset to defaults' }).click();
	await expect(slider(page, /D3/)).toHaveValue('600');
	await expect(page.getByRole('checkbox', { name: /warfarin/ })).not.toBeChecked();
});

test('Back and Forward move through the settings a student changed, without leaving the app', async ({
	page
}) => {
	await openExplorer(page, '/?k2=100');
	await slider(page, /K2/).fill('200');
	await expect(page).toHaveURL(/k2=200/);
	await slider(page, /K2/).fill('300');
	await expect(page).toHaveURL(/k2=300/);
	await page.goBack();
	await expect(page).toHaveURL(/k2=200/);
	await expect(slider(page, /K2/)).toHaveValue('200');
	await page.goBack();
	await expect(slider(page, /K2/)).toHaveValue('100');
	await page.goForward();
	await expect(slider(page, /K2/)).toHaveValue('200');
	await expect(page.getByRole('heading', { level: 1, name: 'Calcium Routes' })).toBeVisible();
});

test('the predict panel, tour and preset note speak French with ?lang=fr', async ({ page }) => {
	await openExplorer(page, '/?lang=fr&preset=after_menopause&predict=bone&horizon=2y');
	await expect(
		page.getByRole('heading', { name: 'Après la ménopause : ce qu’il faut observer' })
	).toBeVisible();
	await expect(page.getByRole('region', { name: 'Prédire, observer, expliquer' })).toContainText(
		'après deux ans'
	);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

for (const lang of ['en', 'es', 'fr']) {
	test(`scene labels neither overlap nor leave the scene in ${lang}`, async ({ page }) => {
		await openExplorer(page, `/?lang=${lang}&d3=10000&ca=3000`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const problems = await page.evaluate(() => {
			const svg = document.querySelector('svg:has(tspan.name)') as SVGSVGElement;
			const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
			const labels = [...svg.querySelectorAll('text:has(tspan.name)')].map((text) => {
				const box = (text as SVGTextElement).getBBox();
				return { text: text.textContent ?? '', box };
			});
			const found: string[] = [];
			for (const [index, a] of labels.entries()) {
				const { x, y, width: w, height: h } = a.box;
				if (x < 0 || y < 0 || x + w > width || y + h > height) found.push(`${a.text} is clipped`);
				for (const b of labels.slice(index + 1)) {
					const o = b.box;
					if (x < o.x + o.width && o.x < x + w && y < o.y + o.height && o.y < y + h)
						found.push(`${a.text} overlaps ${b.text}`);
				}
			}
			return { found, count: labels.length };
		});
		expect(problems.count).toBe(8);
		expect(problems.found).toEqual([]);
	});
}
