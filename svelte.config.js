import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// The runtime's version stamp (window.__svelte) is not worth its bytes on every page.
	compilerOptions: { discloseVersion: false },
	kit: {
		// Overridable so that a test build does not overwrite the build being served.
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		adapter: adapter({ out: process.env.BUILD_DIR ?? 'build' }),
		// Every stylesheet of a page (the largest is 7 kB) goes into its <head>: on a phone's slow
		// line each <link> was a round trip before the first paint (Lighthouse, npm run bench).
		// The CSP allows inline styles already ('unsafe-inline' in style-src, below).
		inlineStyleThreshold: 16 * 1024,
		// Cross-site form posts are refused in src/lib/server/hooks/security.ts instead: SvelteKit's
		// own check assumes https unless ORIGIN is set, which would refuse every form of a plain
		// `npm start` on http://localhost.
		csrf: { trustedOrigins: ['*'] },
		// Hashes, not nonces: a page kept by the page cache (src/lib/server/page-cache.ts) is
		// replayed byte for byte, and a hash stays right for the same bytes where a nonce must
		// never be sent twice. Style attributes (SSR of `style:` and app.html) need
		// 'unsafe-inline' for styles. frame-ancestors is added per request in
		// src/lib/server/hooks/security.ts, where `?embed=1` pages may be framed.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
