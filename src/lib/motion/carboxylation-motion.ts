// The vitamin K cycle in motion: a vitamin K token goes round the loop; at the carboxylase CO₂ arrives, a Glu site becomes Gla and grips calcium; under warfarin the epoxide sticks at VKORC1.
import { gsapAttachment } from './gsap-attachment.svelte';

interface Point {
	x: number;
	y: number;
}

export interface CarboxylationMotionOptions {
	playing: () => boolean;
	blocked: boolean;
	/** The loop's four arrows (reduced K → carboxylase → epoxide → VKORC1 → reduced K). */
	arrows: readonly { from: Point; to: Point }[];
	reaction: { single: number; y: number; co2From: Point; ion: Point & { radius: number } };
}

/** Seconds to travel one arrow. */
const TRAVEL = 0.7;
const FADE = 0.15;

export function carboxylationMotion(options: CarboxylationMotionOptions) {
	return gsapAttachment<SVGSVGElement, undefined>({
		playing: options.playing,
		value: () => undefined,
		build: ({ gsap, root }) => {
			const part = (name: string) => root.querySelector(`[data-motion="${name}"]`);
			const token = part('token');
			const reducedForm = part('token-reduced');
			const epoxideForm = part('token-epoxide');
			const before = [part('residue-before'), part('caption-before')];
			const after = [part('residue-after'), part('caption-after')];
			const co2 = part('co2');
			const ion = part('ion');
			const { arrows, reaction } = options;
			const site = { x: reaction.single, y: reaction.y };
			const ionHeld = { x: site.x + 14, y: site.y - 20 };

			const timeline = gsap.timeline({
				paused: true,
				repeat: -1,
				repeatDelay: options.blocked ? 1.2 : 0.3
			});
			const travel = (index: number) =>
				timeline
					.set(token, { x: arrows[index].from.x, y: arrows[index].from.y })
					.to(token, { opacity: 1, duration: FADE })
					.to(token, {
						x: arrows[index].to.x,
						y: arrows[index].to.y,
						duration: TRAVEL,
						ease: 'none'
					})
					.to(token, { opacity: 0, duration: FADE });

			timeline
				.set(reducedForm, { opacity: 1 })
				.set(epoxideForm, { opacity: 0 })
				.set(before, { opacity: 1 })
				.set(after, { opacity: 0 })
				.set(co2, { x: reaction.co2From.x, y: reaction.co2From.y, opacity: 0 })
				.set(ion, { x: ionHeld.x, y: ionHeld.y - 24, opacity: 0 });
			travel(0);
			// Inside the carboxylase: CO₂ joins the Glu site, which becomes Gla and grips a calcium ion.
			timeline
				.to(co2, { opacity: 1, duration: FADE })
				.to(co2, { x: site.x, y: site.y, duration: 0.6, ease: 'power1.in' })
				.to(co2, { opacity: 0, duration: FADE })
				.to(before, { opacity: 0, duration: 0.3 }, '<')
				.to(after, { opacity: 1, duration: 0.3 }, '<')
				.to(ion, { opacity: 1, duration: FADE })
				.to(ion, { x: ionHeld.x, y: ionHeld.y, duration: 0.4, ease: 'back.out(2)' }, '<')
				.set(reducedForm, { opacity: 0 })
				.set(epoxideForm, { opacity: 1 });
			travel(1);
			travel(2);
			if (options.blocked) {
				// VKORC1 is blocked: the epoxide arrives, shakes, and is not recycled.
				timeline
					.set(token, { x: arrows[2].to.x + 14, y: arrows[2].to.y })
					.to(token, { opacity: 1, duration: FADE })
					.to(token, { x: `+=4`, duration: 0.08, repeat: 5, yoyo: true, ease: 'none' })
					.to(token, { opacity: 0, duration: 0.4 });
			} else {
				timeline.set(reducedForm, { opacity: 1 }).set(epoxideForm, { opacity: 0 });
				travel(3);
			}
			timeline
				.to([...after, ion], { opacity: 0, duration: 0.3 })
				.to(before, { opacity: 1, duration: 0.3 }, '<');

			return {
				setRunning: (running) => (running ? timeline.play() : timeline.pause()),
				update: () => {}
			};
		}
	});
}
