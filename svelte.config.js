import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Overridable so that a test build does not overwrite the build being served.
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		adapter: adapter({ out: process.env.BUILD_DIR ?? 'build' }),
		// Cross-site form posts are refused in hooks.server.ts instead: SvelteKit's own check
		// assumes https unless ORIGIN is set, which would refuse every form of a plain
		// `npm start` on http://localhost.
		csrf: { trustedOrigins: ['*'] }
	}
};

export default config;
