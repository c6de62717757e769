/**
 * Manages accounts from the command line (the first admin is created this way):
 *   npm run user -- add --email E --name N --role R --password-stdin
 *   npm run user -- set-role --email E --role R
 *   npm run user -- token --email E [--label L]
 *   npm run user -- list
 *   npm run user -- deactivate --email E
 * Exit status 0 when done, 1 when refused (unknown user, weak password …), 2 on bad usage.
 * Every change is written to the audit log with the actor "cli".
 */
import { parseArgs } from 'node:util';
import { loadMessages } from '../src/lib/i18n/catalogue';
import { translate } from '../src/lib/i18n/translate';
import { audit } from '../src/lib/server/auth/audit';
import { createApiToken } from '../src/lib/server/auth/tokens';
import {
	createUser,
	findUserByEmail,
	isLastAdmin,
	isRole,
	listUsers,
	newUserProblems,
	normalizeEmail,
	setActive,
	setRole
} from '../src/lib/server/auth/users';
import { databasePath, openDatabase } from '../src/lib/server/db/connection';
import { ROLES } from '../src/lib/server/db/schema';

const usage = `usage:
  npm run user -- add --email E --name N --role ${ROLES.join('|')} --password-stdin
  npm run user -- set-role --email E --role ${ROLES.join('|')}
  npm run user -- token --email E [--label L]
  npm run user -- list
  npm run user -- deactivate --email E`;

function usageError(message: string): never {
	console.error(`${message}\n${usage}`);
	process.exit(2);
}

function failure(message: string): never {
	console.error(message);
	process.exit(1);
}

const { values: flags, positionals } = (() => {
	try {
		return parseArgs({
			allowPositionals: true,
			options: {
				email: { type: 'string' },
				name: { type: 'string' },
				role: { type: 'string' },
				label: { type: 'string', default: '' },
				'password-stdin': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (error) {
		usageError((error as Error).message);
	}
})();

if (flags.help) {
	console.log(usage);
	process.exit(0);
}
const [command, ...extra] = positionals;
if (!command) usageError('Give a command.');
if (extra.length) usageError(`Unexpected argument: ${extra.join(' ')}`);

/** The options a command needs; a missing one is a usage error. */
function required<K extends 'email' | 'name' | 'role'>(...keys: K[]): Record<K, string> {
	const missing = keys.filter((k) => !flags[k]);
	if (missing.length) usageError(`${command} needs ${missing.map((k) => `--${k}`).join(', ')}.`);
	return Object.fromEntries(keys.map((k) => [k, flags[k]])) as Record<K, string>;
}

/** The password piped in, without the line end `echo` adds. */
async function passwordFromStdin(): Promise<string> {
	if (process.stdin.isTTY) console.error('Type the password, then Enter and Ctrl-D:');
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks)
		.toString('utf8')
		.replace(/\r?\n$/, '');
}

const db = openDatabase(databasePath());

function existingUser(email: string) {
	const user = findUserByEmail(db, email);
	if (!user) failure(`No user has the email ${email}.`);
	return user;
}

switch (command) {
	case 'add': {
		const input = required('email', 'name', 'role');
		if (!flags['password-stdin'])
			usageError('add reads the password from stdin: --password-stdin.');
		if (!isRole(input.role)) usageError(`The role is one of ${ROLES.join(', ')}.`);
		const password = await passwordFromStdin();
		const problems = newUserProblems({ ...input, password });
		if (Object.keys(problems).length) {
			// The command line speaks English; the problems are message codes of the accounts pages.
			await loadMessages('en', ['accounts']);
			failure(
				Object.values(problems)
					.map((problem) => translate('en', problem))
					.join('\n')
			);
		}
		if (findUserByEmail(db, input.email))
			failure(`There is already a user with the email ${normalizeEmail(input.email)}.`);
		const user = await createUser(db, { ...input, role: input.role, password });
		audit(db, 'cli', 'user.add', `user ${user.email}`, `role ${user.role}`);
		console.log(`Added ${user.name} <${user.email}> as ${user.role}.`);
		break;
	}
	case 'set-role': {
		const input = required('email', 'role');
		if (!isRole(input.role)) usageError(`The role is one of ${ROLES.join(', ')}.`);
		const user = existingUser(input.email);
		if (input.role !== 'admin' && isLastAdmin(db, user.id))
			failure(`${user.email} is the last active admin; make another user admin first.`);
		setRole(db, user.id, input.role);
		audit(db, 'cli', 'user.role', `user ${user.email}`, `${user.role} → ${input.role}`);
		console.log(`${user.email}: ${user.role} → ${input.role}.`);
		break;
	}
	case 'token': {
		const { email } = required('email');
		const user = existingUser(email);
		if (!user.active) failure(`${user.email} is deactivated.`);
		const token = createApiToken(db, user.id, flags.label);
		audit(
			db,
			'cli',
			'token.create',
			`user ${user.email}`,
			flags.label ? `label ${flags.label}` : ''
		);
		console.error(
			`A new API token for ${user.email} (${user.role}). It is shown only now; send it as\n` +
				'"Authorization: Bearer <token>".'
		);
		console.log(token);
		break;
	}
	case 'list': {
		const rows = listUsers(db).map((u) => [
			u.email,
			u.name,
			u.role,
			u.active ? (u.mustChangePassword ? 'active, must change password' : 'active') : 'deactivated',
			u.createdAt.slice(0, 10)
		]);
		if (!rows.length) {
			console.log('No users yet. Add the first admin with: npm run user -- add --role admin …');
			break;
		}
		const header = ['email', 'name', 'role', 'status', 'created'];
		const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
		for (const row of [header, ...rows])
			console.log(
				row
					.map((cell, i) => cell.padEnd(widths[i]))
					.join('  ')
					.trimEnd()
			);
		break;
	}
	case 'deactivate': {
		const { email } = required('email');
		const user = existingUser(email);
		if (isLastAdmin(db, user.id))
			failure(`${user.email} is the last active admin; make another user admin first.`);
		setActive(db, user.id, false);
		audit(db, 'cli', 'user.deactivate', `user ${user.email}`);
		console.log(`${user.email} is deactivated: signed out everywhere, API tokens revoked.`);
		break;
	}
	default:
		usageError(`Unknown command: ${command}`);
}
db.$client.close();
process.exit(0);
