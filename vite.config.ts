import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		environment: 'node',
		// Every catalogue, as the server has them (pages load theirs: `withMessages`).
		setupFiles: ['src/lib/server/messages.ts'],
		// Each integration test file opens its own temporary SQLite database.
		pool: 'forks',
		testTimeout: 20_000,
		// Both projects take the sveltekit() plugin and the options above (`extends: true`).
		// Which test goes where: tests/README.md.
		projects: [
			{
				extends: true,
				// Pure code: no database, no child process, no server (npm run test:unit).
				test: { name: 'unit', include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'] }
			},
			{
				extends: true,
				// Databases, child processes, servers (npm run test:integration).
				test: { name: 'integration', include: ['tests/integration/**/*.spec.ts'] }
			}
		]
	}
});
