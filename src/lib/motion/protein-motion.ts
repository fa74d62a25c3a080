// Proteins gripping calcium: when the model switches molecules on, they drop onto the mineral and their ions snap in; switched off, they lift away.
import { gsapAttachment } from './gsap-attachment.svelte';

export interface ProteinMotionOptions {
	playing: () => boolean;
	/** How many of the molecules are active (the first `active` are drawn active). */
	active: () => number;
	/** How far an active molecule sits below an inactive one (SVG units). */
	dropBy: number;
}

const EASE_SECONDS = 0.3;

export function proteinMotion(options: ProteinMotionOptions) {
	return gsapAttachment<SVGSVGElement, number>({
		playing: options.playing,
		value: options.active,
		build: ({ gsap, root, safe }) => {
			let previous: number | undefined;
			const molecule = (index: number) => root.querySelector(`[data-molecule="${index}"]`);

			// Svelte has already drawn the new state; these tweens only ease into it, then clear their inline styles.
			const animateChange = safe((from: number, to: number) => {
				for (let index = Math.min(from, to); index < Math.max(from, to); index++) {
					const switchedOn = to > from;
					gsap.from(molecule(index), {
						y: switchedOn ? -options.dropBy : options.dropBy,
						duration: EASE_SECONDS * 1.5,
						delay: (index - Math.min(from, to)) * 0.06,
						ease: 'power2.out',
						clearProps: 'transform'
					});
					const ions = root.querySelector(`[data-ions="${index}"]`);
					if (switchedOn && ions) {
						gsap.from(ions, {
							opacity: 0,
							y: -8,
							duration: EASE_SECONDS,
							delay: EASE_SECONDS * 1.2,
							ease: 'back.out(2)',
							clearProps: 'opacity,transform'
						});
					}
				}
			});

			return {
				setRunning: () => {},
				update: (active) => {
					if (previous !== undefined && previous !== active) animateChange(previous, active);
					previous = active;
				}
			};
		}
	});
}
