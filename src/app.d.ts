// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '$lib/i18n/locales';
import type { SignedInUser } from '$lib/server/auth/guard';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The signed-in user (session cookie or API token), or null for anonymous requests. */
			user: SignedInUser | null;
			/** The interface language, from the address's prefix (/km/…); English without one. */
			locale: Locale;
		}
	}
}

export {};
