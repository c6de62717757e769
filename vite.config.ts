import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node',
		// Each test file opens its own temporary SQLite database.
		pool: 'forks',
		testTimeout: 20_000
	}
});
