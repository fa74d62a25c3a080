// Tests for service worker registration: it never throws or rejects visibly, and skips sandboxed, file:// and unsupported contexts.
import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, type ServiceWorkerHost } from './register-service-worker';

vi.mock('$app/environment', () => ({ dev: false }));

function host(overrides: Partial<ServiceWorkerHost> = {}) {
	const register = vi.fn(() => Promise.resolve({} as ServiceWorkerRegistration));
	return {
		register,
		host: {
			origin: 'https://calcium.example',
			protocol: 'https:',
			container: () => ({ register }),
			...overrides
		}
	};
}

describe('registerServiceWorker', () => {
	it('registers on an http(s) origin', () => {
		const { register, host: https } = host();
		expect(registerServiceWorker('/service-worker.js', https)).toBe(true);
		expect(register).toHaveBeenCalledWith('/service-worker.js', { type: 'classic' });
	});

	it('skips a sandboxed frame (origin "null") and a file opened from disk', () => {
		const sandboxed = host({ origin: 'null' });
		expect(registerServiceWorker('/sw.js', sandboxed.host)).toBe(false);
		const file = host({ origin: 'null', protocol: 'file:' });
		expect(registerServiceWorker('/sw.js', file.host)).toBe(false);
		expect(sandboxed.register).not.toHaveBeenCalled();
		expect(file.register).not.toHaveBeenCalled();
	});

	it('is silent when reading navigator.serviceWorker throws or it is missing', () => {
		const throwing = host({
			container: () => {
				throw new DOMException('The document is sandboxed', 'SecurityError');
			}
		});
		expect(registerServiceWorker('/sw.js', throwing.host)).toBe(false);
		expect(registerServiceWorker('/sw.js', host({ container: () => undefined }).host)).toBe(false);
	});

	it('swallows a rejected registration', async () => {
		const rejected = vi.fn(() => Promise.reject(new Error('denied')));
		const unhandled = vi.fn();
		process.on('unhandledRejection', unhandled);
		registerServiceWorker('/sw.js', {
			origin: 'https://a.example',
			protocol: 'https:',
			container: () => ({ register: rejected })
		});
		await new Promise((resolve) => setTimeout(resolve, 10));
		process.off('unhandledRejection', unhandled);
		expect(rejected).toHaveBeenCalled();
		expect(unhandled).not.toHaveBeenCalled();
	});
});
