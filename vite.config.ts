import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	resolve: {
		// Numbers only: d3-scale without d3-color (see src/lib/charts/interpolate.ts).
		alias: [
			{
				find: /^d3-interpolate$/,
				replacement: fileURLToPath(new URL('./src/lib/charts/interpolate.ts', import.meta.url))
			}
		]
	},
	// Bundled on the server as well, so that server and browser draw with the same interpolation.
	ssr: { noExternal: ['d3-scale'] },
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node',
		// Every catalogue, as the server has them (pages load theirs: `withMessages`).
		setupFiles: ['src/lib/server/messages.ts'],
		// Each test file opens its own temporary SQLite database.
		pool: 'forks',
		testTimeout: 20_000
	}
});
