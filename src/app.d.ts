// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SignedInUser } from '$lib/server/auth/guard';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The signed-in user (session cookie or API token), or null for anonymous requests. */
			user: SignedInUser | null;
		}
	}
}

export {};
