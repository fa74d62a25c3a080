// Turns a QR code's module grid into one SVG path of dark runs (numbers only, never markup), and loads the qrcode library when first needed.

/** The part of qrcode's BitMatrix we read: `size` × `size` modules, row by row, 1 = dark. */
export interface ModuleGrid {
	size: number;
	data: ArrayLike<number | boolean>;
}

/** Quiet zone around the code, in modules (the QR standard asks for 4). */
export const QUIET_ZONE_MODULES = 4;

/** One `M x y h n v 1 h -n z` rectangle per horizontal run of dark modules, offset by the quiet zone. */
export function modulesToPath(grid: ModuleGrid, margin = QUIET_ZONE_MODULES): string {
	const parts: string[] = [];
	for (let row = 0; row < grid.size; row++) {
		let column = 0;
		while (column < grid.size) {
			if (!grid.data[row * grid.size + column]) {
				column++;
				continue;
			}
			const start = column;
			while (column < grid.size && grid.data[row * grid.size + column]) column++;
			const run = column - start;
			parts.push(`M${start + margin} ${row + margin}h${run}v1h${-run}z`);
		}
	}
	return parts.join('');
}

export interface QrDrawing {
	/** Width and height of the whole symbol with its quiet zone, in modules (the SVG viewBox). */
	sizeModules: number;
	path: string;
}

/** Encodes `text` (medium error correction) with the lazily loaded qrcode package. */
export async function drawQrCode(text: string): Promise<QrDrawing> {
	const { default: QRCode } = await import('qrcode');
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	return { sizeModules: modules.size + 2 * QUIET_ZONE_MODULES, path: modulesToPath(modules) };
}
