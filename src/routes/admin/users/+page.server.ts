import { fail } from '@sveltejs/kit';
import { formatDate } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import type { Locale } from '$lib/i18n/locales';
import { roleName } from '$lib/i18n/terms';
import { translate, translateEach } from '$lib/i18n/translate';
import { audit } from '$lib/server/auth/audit';
import { requireRole } from '$lib/server/auth/guard';
import { oneTimePassword } from '$lib/server/auth/passwords';
import {
	createUser,
	getUser,
	isLastAdmin,
	isRole,
	listUsers,
	newUserProblems,
	normalizeEmail,
	ROLE_CHOICE,
	findUserByEmail,
	setActive,
	setRole
} from '$lib/server/auth/users';
import { db } from '$lib/server/db';
import { ROLES } from '$lib/server/db/schema';
import { adminVisitor } from '../admin.server';

export const load = (({ locals, url }) => {
	const me = adminVisitor(locals, url);
	return {
		me: me.id,
		roles: ROLES,
		/** Every account, oldest first, without password hashes. */
		users: listUsers(db).map((u) => ({
			id: u.id,
			email: u.email,
			name: u.name,
			role: u.role,
			active: u.active,
			mustChangePassword: u.mustChangePassword,
			createdAt: u.createdAt,
			/** The day it was created, as the page's language writes it. */
			created: formatDate(u.createdAt, locals.locale, 'medium')
		}))
	};
}) satisfies PageServerLoad;

/** The user a row's form names, other than the admin acting (who would lock themselves out). */
function otherUser(form: FormData, me: number, locale: Locale) {
	const user = getUser(db, Number(form.get('id')));
	if (!user) return { problem: translate(locale, 'accounts.users.noSuchUser') } as const;
	if (user.id === me) return { problem: translate(locale, 'accounts.users.notYourself') } as const;
	return { user } as const;
}

export const actions = {
	invite: async ({ request, locals }) => {
		const admin = requireRole(locals, 'admin');
		const form = await request.formData();
		const values = {
			email: normalizeEmail(String(form.get('email') ?? '')),
			name: String(form.get('name') ?? '').trim(),
			role: String(form.get('role') ?? '')
		};
		const errors = translateEach(locals.locale, newUserProblems(values));
		if (!errors.email && findUserByEmail(db, values.email))
			errors.email = translate(locals.locale, 'accounts.users.emailTaken', { email: values.email });
		if (Object.keys(errors).length || !isRole(values.role))
			return fail(400, { invite: { values, errors } });
		const password = oneTimePassword();
		await createUser(db, { ...values, role: values.role, password, mustChangePassword: true });
		audit(db, admin.email, 'user.invite', `user ${values.email}`, `role ${values.role}`);
		// Shown on this answer only: it is nowhere else, not even in the database.
		return { invited: { ...values, password } };
	},
	role: async ({ request, locals }) => {
		const admin = requireRole(locals, 'admin');
		const form = await request.formData();
		const role = String(form.get('role') ?? '');
		const say = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
			translate(locals.locale, key, params);
		const { user, problem } = otherUser(form, admin.id, locals.locale);
		if (!user) return fail(400, { rowError: problem });
		if (!isRole(role)) return fail(400, { rowError: translate(locals.locale, ROLE_CHOICE) });
		const named = { name: user.name, role: roleName(role, locals.locale) };
		if (role === user.role) return { updated: say('accounts.users.alreadyRole', named) };
		if (role !== 'admin' && isLastAdmin(db, user.id))
			return fail(400, { rowError: say('accounts.users.lastAdmin', named) });
		setRole(db, user.id, role);
		audit(db, admin.email, 'user.role', `user ${user.email}`, `${user.role} → ${role}`);
		return { updated: say('accounts.users.nowRole', named) };
	},
	active: async ({ request, locals }) => {
		const admin = requireRole(locals, 'admin');
		const form = await request.formData();
		const active = form.get('active') === 'true';
		const { user, problem } = otherUser(form, admin.id, locals.locale);
		if (!user) return fail(400, { rowError: problem });
		const named = { name: user.name };
		if (!active && isLastAdmin(db, user.id))
			return fail(400, { rowError: translate(locals.locale, 'accounts.users.lastAdmin', named) });
		setActive(db, user.id, active);
		audit(db, admin.email, active ? 'user.reactivate' : 'user.deactivate', `user ${user.email}`);
		return {
			updated: translate(
				locals.locale,
				active ? 'accounts.users.reactivated' : 'accounts.users.deactivated',
				named
			)
		};
	}
} satisfies Actions;
