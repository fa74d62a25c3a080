// Tests for the embed-code choices: the address they build opens the same state and options, whatever the choices.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputSpecs } from '$lib/model/parameters';
import { EMBED_THEMES, parseEmbedUrl } from '$lib/url/embed-options';
import { appStateArbitrary } from '$lib/url/testing-arbitraries';
import { defaultAppState } from '$lib/url/app-state';
import {
	defaultEmbedChoices,
	embedAddress,
	embedCode,
	embedOptionsOf,
	INPUT_ACCESS,
	type EmbedChoices
} from './embed-code';
import { SHOWN_PANELS } from './embed-panels';
import { EMBED_SIZES } from './embed-snippet';

const page = 'https://calcium.example.org/embed';

const choicesArbitrary: fc.Arbitrary<EmbedChoices> = fc.record({
	inputs: fc.record(
		Object.fromEntries(inputSpecs.map((spec) => [spec.id, fc.constantFrom(...INPUT_ACCESS)]))
	),
	time: fc.boolean(),
	panels: fc.subarray([...SHOWN_PANELS]),
	theme: fc.constantFrom(...EMBED_THEMES),
	autoplay: fc.boolean(),
	size: fc.constantFrom(...EMBED_SIZES)
}) as fc.Arbitrary<EmbedChoices>;

describe('embed code', () => {
	it('the default choices give the bare embed address', () => {
		expect(embedAddress(page, defaultAppState(), defaultEmbedChoices())).toBe(page);
	});

	it('locked inputs are shown but fixed; hidden ones are neither', () => {
		const choices = defaultEmbedChoices();
		choices.inputs.calciumMgPerDay = 'locked';
		choices.inputs.warfarin = 'hidden';
		choices.time = false;
		const options = embedOptionsOf(choices);
		expect(options.lock).toEqual(['calciumMgPerDay']);
		expect(options.controls).not.toContain('calciumMgPerDay');
		expect(options.controls).not.toContain('warfarin');
		expect(options.controls).not.toContain('time');
		const address = embedAddress(page, defaultAppState(), choices);
		expect(address).toContain('lock=ca');
	});

	it('round-trips: the address opens the same state and options', () => {
		fc.assert(
			fc.property(appStateArbitrary, choicesArbitrary, (state, choices) => {
				const address = new URL(embedAddress(page, state, choices));
				expect(address.origin + address.pathname).toBe(page);
				const parsed = parseEmbedUrl(address.search);
				expect(parsed.rejected).toEqual([]);
				expect(parsed.state.inputs).toEqual(state.inputs);
				expect(parsed.state.view).toBe(state.view);
				expect(parsed.state.speed).toBe(state.speed);
				expect(parsed.state.lang).toBe(state.lang);
				const options = embedOptionsOf(choices);
				expect(parsed.options).toEqual(options);
				expect(parsed.state.playing).toBe(choices.autoplay);
			}),
			{ numRuns: 300 }
		);
	});

	it('the snippet carries the address with & escaped', () => {
		const choices = { ...defaultEmbedChoices(), size: 'fixed' as const };
		const src = embedAddress(page, { ...defaultAppState(), view: 'evidence' }, choices);
		const snippet = embedCode(src, 'Calcium Routes', choices);
		expect(snippet).toContain(`src="${src.replaceAll('&', '&amp;')}"`);
		expect(snippet).toContain('width="800" height="600"');
	});
});
