import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Overridable so that a test build does not overwrite the build being served.
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		adapter: adapter({ out: process.env.BUILD_DIR ?? 'build' })
	}
};

export default config;
