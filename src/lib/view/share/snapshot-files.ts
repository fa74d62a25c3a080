// Snapshot files: the SVG as a blob, the PNG drawn from it at 2× on a canvas, and the download through a temporary <a download>.
import type { ComposedSnapshot } from './snapshot-export';

export function svgBlob(markup: string): Blob {
	return new Blob([markup], { type: 'image/svg+xml' });
}

/** Draws the SVG onto a canvas at `scale`× and encodes it as PNG. */
export async function pngBlob(snapshot: ComposedSnapshot, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(svgBlob(snapshot.markup));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = snapshot.width * scale;
		canvas.height = snapshot.height * scale;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Saves a blob under `fileName` through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const anchor = document.createElement('a');
	anchor.href = url;
	anchor.download = fileName;
	anchor.hidden = true;
	document.body.append(anchor);
	anchor.click();
	anchor.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
