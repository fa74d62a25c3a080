// The sound layer's pure parts: rates follow the model's flows, K2 is audible in the artery stream, chimes only on rising carboxylation, settings survive hostile storage.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultInputs, steadyState } from '$lib/model';
import {
	ARTERY_REFERENCE_PER_SECOND,
	BONE_REFERENCE_PER_SECOND,
	MAX_PER_SECOND,
	MAX_PER_SECOND_REDUCED,
	eventsDue,
	flowSound,
	glaChimes
} from './flow-rates';
import { DEFAULT_VOLUME, SoundSettings, readStored, writeStored } from './sound-settings.svelte';

const base = defaultInputs();

describe('flowSound', () => {
	it('plays the reference adult at the reference rates', () => {
		const sound = flowSound(steadyState(base));
		expect(sound.bonePerSecond).toBeCloseTo(BONE_REFERENCE_PER_SECOND, 6);
		expect(sound.arteryPerSecond).toBeCloseTo(ARTERY_REFERENCE_PER_SECOND, 6);
		expect(Math.abs(sound.boneSemitones)).toBeLessThan(0.5);
	});

	it('follows K2: the artery stream slows at 180 µg (by as much as the central MGP-brake assumption allows)', () => {
		const none = flowSound(steadyState(base));
		const k2 = flowSound(steadyState({ ...base, k2McgPerDay: 180 }));
		expect(k2.arteryPerSecond).toBeLessThan(none.arteryPerSecond * 0.95);
	});

	it('speeds the artery stream under warfarin and lowers the bone knock after menopause', () => {
		expect(flowSound(steadyState({ ...base, warfarin: true })).arteryPerSecond).toBeGreaterThan(
			ARTERY_REFERENCE_PER_SECOND * 1.25
		);
		expect(
			flowSound(steadyState({ ...base, lifeStage: 'postmenopausal' })).boneSemitones
		).toBeLessThan(-2);
	});

	it('stays within its ceilings for any inputs, lower with reduced motion', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1000 }),
				fc.integer({ min: 0, max: 10000 }),
				fc.integer({ min: 0, max: 3000 }),
				fc.boolean(),
				fc.boolean(),
				(k2McgPerDay, d3IuPerDay, calciumMgPerDay, warfarin, reduced) => {
					const snapshot = steadyState({
						...base,
						k2McgPerDay,
						d3IuPerDay,
						calciumMgPerDay,
						warfarin
					});
					const sound = flowSound(snapshot, reduced);
					const ceiling = reduced ? MAX_PER_SECOND_REDUCED : MAX_PER_SECOND;
					for (const rate of [sound.bonePerSecond, sound.arteryPerSecond]) {
						expect(rate).toBeGreaterThanOrEqual(0);
						expect(rate).toBeLessThanOrEqual(ceiling);
					}
				}
			),
			{ numRuns: 40 }
		);
	});
});

describe('glaChimes', () => {
	const start = steadyState(base);
	it('chimes as carboxylation rises, carrying fractions, and never as it falls', () => {
		const up = { ...start, carboxylatedMgpFraction: start.carboxylatedMgpFraction + 0.015 };
		expect(glaChimes(start, up)).toEqual({ chimes: 1, carry: expect.closeTo(0.5, 6) });
		expect(glaChimes(up, start).chimes).toBe(0);
		expect(glaChimes(start, start, 0.6)).toEqual({ chimes: 0, carry: 0.6 });
	});
	it('caps a sudden jump to a short flourish', () => {
		const jump = { ...start, carboxylatedMgpFraction: 0.95, carboxylatedOsteocalcinFraction: 0.99 };
		expect(glaChimes(start, jump)).toEqual({ chimes: 2, carry: 0 });
	});
});

describe('eventsDue', () => {
	it('counts whole events and keeps the phase', () => {
		expect(eventsDue(0.5, 3, 0.5)).toEqual({ events: 2, phase: 0 });
		expect(eventsDue(0, 3, 0.1).events).toBe(0);
		expect(eventsDue(0, -1, 1)).toEqual({ events: 0, phase: 0 });
	});
});

describe('sound settings storage', () => {
	const throwing = () => {
		throw new DOMException('sandboxed', 'SecurityError');
	};
	it('treats a throwing or garbled storage as nothing remembered', () => {
		expect(readStored(throwing)).toBeNull();
		expect(() => writeStored(throwing, { on: true, volume: 1 })).not.toThrow();
		const garbled = { getItem: () => '{not json' } as unknown as Storage;
		expect(readStored(() => garbled)).toBeNull();
		const odd = { getItem: () => '{"on":"yes","volume":"loud"}' } as unknown as Storage;
		expect(readStored(() => odd)).toEqual({ on: false, volume: DEFAULT_VOLUME });
	});
	it('round-trips a choice', () => {
		const memory = new Map<string, string>();
		const storage = {
			getItem: (key: string) => memory.get(key) ?? null,
			setItem: (key: string, value: string) => void memory.set(key, value)
		} as unknown as Storage;
		writeStored(() => storage, { on: true, volume: 0.3 });
		expect(readStored(() => storage)).toEqual({ on: true, volume: 0.3 });
	});

	it('starts off, remembers on for the tab, but never starts on in an embed', () => {
		const memory = new Map<string, string>();
		const storage = {
			getItem: (key: string) => memory.get(key) ?? null,
			setItem: (key: string, value: string) => void memory.set(key, value)
		} as unknown as Storage;
		const first = new SoundSettings(false, () => storage);
		expect(first.on).toBe(false);
		first.set({ on: true, volume: 0.8 });
		expect(new SoundSettings(false, () => storage).on).toBe(true);
		const embedded = new SoundSettings(true, () => storage);
		expect(embedded.on).toBe(false);
		expect(embedded.volume).toBe(0.8);
	});
});
