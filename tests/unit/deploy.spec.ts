import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bodyLimitBytes, templated } from '../../scripts/scale/nginx';
import { SESSION_COOKIE } from '../../src/lib/server/auth/sessions';
import { MAX_UPLOAD_BYTES } from '../../src/lib/server/imports';

/**
 * The shipped deployment files agree with the application (npm run test:scale runs them; this
 * checks what a change to either side could break without that run).
 */
const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const unit = readFileSync('deploy/dashboard@.service', 'utf8');
const environment = new Map(
	[...unit.matchAll(/^Environment=(.*)$/gm)].flatMap(([, line]) =>
		line.split(/\s+/).map((pair) => pair.split('=', 2) as [string, string])
	)
);

describe('deploy/nginx.conf', () => {
	it('lets through an upload of the largest size the app takes, as the unit does', () => {
		expect(bodyLimitBytes()).toBeGreaterThan(MAX_UPLOAD_BYTES);
		const appLimit = environment.get('BODY_SIZE_LIMIT');
		expect(appLimit).toMatch(/^\d+M$/);
		expect(bodyLimitBytes()).toBe(parseInt(appLimit!) * 1024 * 1024);
	});

	it('never answers or keeps a request with a session cookie or a token from its cache', () => {
		expect(nginx).toContain(
			`map "$cookie_${SESSION_COOKIE}$http_authorization" $dashboard_personal`
		);
		expect(nginx).toMatch(/proxy_cache_bypass \$dashboard_personal;/);
		expect(nginx).toMatch(/proxy_no_cache \$dashboard_personal;/);
	});

	it("forwards the visitor's address where the app reads it, and fails over to the next process", () => {
		expect(nginx).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;');
		expect(nginx).toContain('proxy_set_header X-Forwarded-Proto $scheme;');
		expect(environment.get('ADDRESS_HEADER')).toBe('X-Forwarded-For');
		expect(environment.get('XFF_DEPTH')).toBe('1');
		expect(nginx).toMatch(/proxy_next_upstream error timeout http_502 http_503;/);
		// Writes are not retried: nginx's default, not to be turned on.
		expect(nginx).not.toContain('non_idempotent');
	});

	it('is run by the scale test on loopback, without TLS, sending to the given processes', () => {
		const conf = templated(46200, [46201, 46202, 46203], '/tmp/cache');
		expect(conf).toContain('listen 127.0.0.1:46200;');
		expect(conf).not.toMatch(/ssl|listen 80|listen \[::\]/);
		expect([...conf.matchAll(/server 127\.0\.0\.1:(\d+)/g)].map((m) => m[1])).toEqual([
			'46201',
			'46202',
			'46203'
		]);
		expect(conf).toContain('proxy_cache_path /tmp/cache ');
	});
});

describe('deploy/dashboard@.service', () => {
	it('runs the build on the port its instance names, with previews every process sees', () => {
		expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node build$/m);
		expect(environment.get('PORT')).toBe('%i');
		expect(environment.get('HOST')).toBe('127.0.0.1');
		expect(environment.get('UPLOAD_DIR')).toMatch(/^\/var\/lib\/egov\//);
		expect(environment.get('DATABASE_URL')).toMatch(/^\/var\/lib\/egov\//);
		expect(unit).toMatch(/^ReadWritePaths=\/var\/lib\/egov$/m);
	});
});
