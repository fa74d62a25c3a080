// Presentation mode for teaching in class: large type and the projector colour profile on <html>, full screen, and whether single-key shortcuts are on.
/** The attributes on `<html>` that app.css reads: `data-presentation` (large type) and `data-theme="projector"`. */
export const PRESENTATION_ATTRIBUTE = 'data-presentation';
export const THEME_ATTRIBUTE = 'data-theme';

export class PresentationState {
	/** Presentation mode: large type, projector colours, secondary panels folded away. */
	on = $state(false);
	/** Whether the page is in full screen now (follows the browser, including Esc). */
	fullscreen = $state(false);
	/** Whether the browser lets this document go full screen (not in a sandboxed frame without allowfullscreen). */
	fullscreenAvailable = $state(false);
	/** Single-key shortcuts (?, P, F); WCAG 2.1.4 asks for a way to turn them off. */
	singleKeyShortcuts = $state(true);

	toggle(): void {
		this.on = !this.on;
		if (!this.on && this.fullscreen) void this.setFullscreen(false);
	}

	/** Writes the mode onto `root` (call inside an $effect); the returned function removes it again. */
	applyTo(root: HTMLElement): () => void {
		if (this.on) {
			root.setAttribute(PRESENTATION_ATTRIBUTE, '');
			root.setAttribute(THEME_ATTRIBUTE, 'projector');
		} else {
			root.removeAttribute(PRESENTATION_ATTRIBUTE);
			root.removeAttribute(THEME_ATTRIBUTE);
		}
		return () => {
			root.removeAttribute(PRESENTATION_ATTRIBUTE);
			root.removeAttribute(THEME_ATTRIBUTE);
		};
	}

	/** Follows the document's full-screen state (call inside an $effect); returns the cleanup. */
	watchFullscreen(doc: Document): () => void {
		this.fullscreenAvailable = doc.fullscreenEnabled === true;
		const update = () => (this.fullscreen = doc.fullscreenElement !== null);
		update();
		doc.addEventListener('fullscreenchange', update);
		return () => doc.removeEventListener('fullscreenchange', update);
	}

	/** Enters or leaves full screen; resolves false when the browser refuses (never throws). */
	async setFullscreen(wanted: boolean): Promise<boolean> {
		if (typeof document === 'undefined' || !document.fullscreenEnabled) return false;
		try {
			if (wanted && !document.fullscreenElement) await document.documentElement.requestFullscreen();
			if (!wanted && document.fullscreenElement) await document.exitFullscreen();
			return true;
		} catch {
			return false;
		}
	}

	toggleFullscreen(): Promise<boolean> {
		return this.setFullscreen(!this.fullscreen);
	}
}
