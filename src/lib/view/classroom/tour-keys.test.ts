// Tour keys: clickers and arrows move the tour only when focus is on the page or the tour, never in other controls.
import { describe, expect, it } from 'vitest';
import { tourKeyAction, type FocusPlace } from './tour-keys';

const press = (key: string, place: FocusPlace, modifiers: Partial<KeyboardEvent> = {}) =>
	tourKeyAction(
		{ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...modifiers },
		place
	);

describe('tourKeyAction', () => {
	it('moves forward and back with arrows, Page Up/Down and Space, and closes with Escape', () => {
		for (const place of ['body', 'panel'] as const) {
			expect(press('ArrowRight', place)).toBe('next');
			expect(press('PageDown', place)).toBe('next');
			expect(press(' ', place)).toBe('next');
			expect(press(' ', place, { shiftKey: true })).toBe('previous');
			expect(press('ArrowLeft', place)).toBe('previous');
			expect(press('PageUp', place)).toBe('previous');
			expect(press('Escape', place)).toBe('close');
			expect(press('a', place)).toBeNull();
		}
	});

	it('leaves keys to sliders, fields and other widgets', () => {
		for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', ' ', 'Escape']) {
			expect(press(key, 'elsewhere')).toBeNull();
		}
	});

	it('lets Space press a focused tour button as usual, but still takes the arrows there', () => {
		expect(press(' ', 'panel-button')).toBeNull();
		expect(press('ArrowRight', 'panel-button')).toBe('next');
	});

	it('ignores shortcuts with Alt, Ctrl or Meta', () => {
		expect(press('ArrowRight', 'body', { altKey: true })).toBeNull();
		expect(press('PageDown', 'body', { ctrlKey: true })).toBeNull();
		expect(press('ArrowLeft', 'body', { metaKey: true })).toBeNull();
	});
});
