import { expect, test } from '@playwright/test';
import { request as httpRequest } from 'node:http';

// Without ORIGIN, a request's Host header is whatever the sender writes. Pages asked with a
// forged Host must not carry it into links or embed code that the page cache then serves to
// everyone (before: /?embed=1&country=KHM and /indicators/EGDI were kept with
// https://evil.example/… in them).
const port = Number(process.env.E2E_PORT ?? 4173);
const PATHS = ['/?embed=1&country=KHM', '/indicators/EGDI', '/indicators/EGDI?embed=1', '/compare'];

function get(path: string, host: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{ host: '127.0.0.1', port, path, headers: { host, accept: 'text/html' } },
			(res) => {
				let body = '';
				res.setEncoding('utf8').on('data', (s: string) => (body += s));
				res.on('end', () => resolve(body));
			}
		);
		req.on('error', reject);
		req.end();
	});
}

test('a forged Host header leaves every cached page clean', async () => {
	for (const path of PATHS) {
		const forged = await get(path, 'evil.example');
		expect(forged, `${path} asked with a forged Host`).not.toContain('evil.example');
		const everyone = await get(path, `127.0.0.1:${port}`);
		expect(everyone, `${path} as served afterwards`).not.toContain('evil.example');
	}
});
