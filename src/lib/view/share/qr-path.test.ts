// The QR path builder: runs of dark modules become rectangles at the right place, and a real code round-trips its module count.
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { modulesToPath } from './qr-path';

/** Counts the dark modules a path covers (each `h n` run is n modules). */
function modulesCovered(path: string): number {
	return [...path.matchAll(/h(\d+)v1/g)].reduce((sum, match) => sum + Number(match[1]), 0);
}

describe('modulesToPath', () => {
	it('draws one rectangle per horizontal run, offset by the margin', () => {
		const grid = { size: 3, data: [1, 1, 0, 0, 0, 0, 1, 0, 1] };
		expect(modulesToPath(grid, 4)).toBe('M4 4h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z');
	});

	it('draws nothing for an empty grid', () => {
		expect(modulesToPath({ size: 2, data: [0, 0, 0, 0] })).toBe('');
	});

	it('covers exactly the dark modules of a real QR code, and only numbers and path commands', () => {
		const { modules } = QRCode.create('https://example.org/?k2=180&d3=800', {
			errorCorrectionLevel: 'M'
		});
		const dark = Array.from(modules.data).filter(Boolean).length;
		const path = modulesToPath(modules);
		expect(modulesCovered(path)).toBe(dark);
		expect(path).toMatch(/^[Mhvz0-9 -]+$/);
	});
});
