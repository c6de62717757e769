/**
 * nginx with the shipped configuration (deploy/nginx.conf), for the scale test: the same file
 * with loopback ports, a scratch cache folder and no TLS, inside a main configuration of its
 * own (prefix, pid, logs and temporary folders in a scratch folder). Each change to the shipped
 * file is checked to have happened, so that the test fails when the file changes shape rather
 * than testing something else. Runs as `nobody` when started by root.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	chownSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SHIPPED = 'deploy/nginx.conf';
const NOBODY = 65534;

/** Replaces `pattern` in `text`, or throws: the shipped file no longer reads as expected. */
function change(text: string, pattern: RegExp, replacement: string): string {
	if (!pattern.test(text)) throw new Error(`${SHIPPED}: nothing matches ${pattern}`);
	return text.replace(pattern, replacement);
}

/** The shipped configuration for `port`, sending to `upstreams`, caching in `cacheDir`. */
export function templated(port: number, upstreams: number[], cacheDir: string): string {
	let conf = readFileSync(SHIPPED, 'utf8');
	// The plain-HTTP server only redirects to HTTPS: not needed on loopback.
	conf = change(conf, /server \{\n\s+listen 80;[\s\S]*?\n\}\n/, '');
	conf = change(conf, /listen 443 ssl http2;/, `listen 127.0.0.1:${port};`);
	conf = change(conf, /\n\s*listen \[::\]:443 ssl http2;/, '');
	conf = change(conf, /\n\s*ssl_certificate .*;\n\s*ssl_certificate_key .*;/, '');
	const servers = upstreams
		.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`)
		.join('\n');
	conf = change(conf, /( {4}server 127\.0\.0\.1:\d+ .*;\n)+/, `${servers}\n`);
	conf = change(
		conf,
		/proxy_cache_path \/var\/cache\/nginx\/dashboard/,
		`proxy_cache_path ${cacheDir}`
	);
	// Which process answered: the test checks that both do, and that a restarted one is back.
	conf = change(
		conf,
		/(\n(\s+)add_header X-Cache-Status .*;)/,
		'$1\n$2add_header X-Upstream $upstream_addr always;'
	);
	return conf;
}

/** The largest upload body the shipped configuration lets through, in bytes. */
export function bodyLimitBytes(): number {
	const match = /client_max_body_size (\d+)([km]?);/i.exec(readFileSync(SHIPPED, 'utf8'));
	if (!match) throw new Error(`${SHIPPED} sets no client_max_body_size`);
	const unit = { '': 1, k: 1024, m: 1024 * 1024 }[match[2].toLowerCase() as '' | 'k' | 'm'];
	return Number(match[1]) * unit;
}

/** Gives the scratch folder to `nobody` when run as root (nginx's workers write there). */
function handOver(dir: string) {
	chownSync(dir, NOBODY, NOBODY);
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) handOver(path);
		else chownSync(path, NOBODY, NOBODY);
	}
}

/** Headers nginx writes itself, or that would make the static answer another one. */
const OWN_HEADERS = ['server', 'date', 'content-length', 'content-type', 'connection', 'etag'];

/**
 * Starts nginx in a scratch folder of its own: the shipped configuration on `port`, and on
 * `staticPort` a static file, /reference.html, with the bytes and headers of `reference` (the
 * answer the cached page is measured against: same size, same headers, same bytes, as the
 * load generator's cost depends on them; its HTTP parser reads a gzipped body several times
 * slower than text).
 */
export async function startNginx(options: {
	port: number;
	staticPort: number;
	upstreams: number[];
	reference: { body: Buffer; headers: [string, string][] };
}): Promise<{ process: ChildProcess; stop(): void; log(): string }> {
	const dir = mkdtempSync(join(tmpdir(), 'egov-scale-nginx-'));
	const staticDir = join(dir, 'static');
	const binary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => {
		try {
			return statSync(p).isFile();
		} catch {
			return false;
		}
	});
	if (!binary) throw new Error('nginx is not installed (apt-get install -y nginx)');
	for (const sub of ['cache', 'temp', 'logs', 'static'])
		mkdirSync(join(dir, sub), { recursive: true });
	writeFileSync(join(staticDir, 'reference.html'), options.reference.body);
	const headers = options.reference.headers
		.filter(([name]) => !OWN_HEADERS.includes(name.toLowerCase()))
		.map(([name, value]) => `add_header ${name} "${value.replace(/["\\$]/g, '')}";`);
	const temp = (name: string) => `${name}_temp_path ${join(dir, 'temp', name)};`;
	const main = `worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'logs', 'error.log')} warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
    ${templated(options.port, options.upstreams, join(dir, 'cache')).replace(/\n/g, '\n    ')}
    server {
        listen 127.0.0.1:${options.staticPort};
        root ${staticDir};
        default_type text/html;
        ${headers.join('\n        ')}
    }
}
`;
	const confPath = join(dir, 'nginx.conf');
	writeFileSync(confPath, main);
	const asRoot = process.getuid?.() === 0;
	if (asRoot) handOver(dir);
	const args = ['-p', dir, '-c', confPath, '-e', join(dir, 'logs', 'error.log')];
	const ids = asRoot ? { uid: NOBODY, gid: NOBODY } : {};
	const test = spawnSync(binary, [...args, '-t'], { encoding: 'utf8', ...ids });
	if (test.status !== 0) throw new Error(`nginx -t refused the configuration:\n${test.stderr}`);
	const nginx = spawn(binary, [...args, '-g', 'daemon off;'], { stdio: 'ignore', ...ids });
	process.once('exit', () => nginx.kill());
	const log = () => {
		try {
			return readFileSync(join(dir, 'logs', 'error.log'), 'utf8');
		} catch {
			return '';
		}
	};
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(`http://127.0.0.1:${options.staticPort}/`);
			const stop = () => {
				nginx.kill('SIGQUIT');
				rmSync(dir, { recursive: true, force: true });
			};
			return { process: nginx, stop, log };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	nginx.kill();
	throw new Error(`nginx did not start:\n${log()}`);
}
