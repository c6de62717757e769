import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
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
			createdAt: u.createdAt
		}))
	};
}) satisfies PageServerLoad;

/** The user a row's form names, other than the admin acting (who would lock themselves out). */
function otherUser(form: FormData, me: number) {
	const user = getUser(db, Number(form.get('id')));
	if (!user) return { problem: 'There is no such user.' } as const;
	if (user.id === me)
		return { problem: 'You cannot change your own role or deactivate yourself.' } as const;
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
		const errors: Record<string, string> = newUserProblems(values);
		if (!errors.email && findUserByEmail(db, values.email))
			errors.email = `There is already a user with the email ${values.email}.`;
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
		const { user, problem } = otherUser(form, admin.id);
		if (!user) return fail(400, { rowError: problem });
		if (!isRole(role)) return fail(400, { rowError: `The role is one of ${ROLES.join(', ')}.` });
		if (role === user.role) return { updated: `${user.name} already has the ${role} role.` };
		if (role !== 'admin' && isLastAdmin(db, user.id))
			return fail(400, { rowError: `${user.name} is the last active admin.` });
		setRole(db, user.id, role);
		audit(db, admin.email, 'user.role', `user ${user.email}`, `${user.role} → ${role}`);
		return { updated: `${user.name} now has the ${role} role.` };
	},
	active: async ({ request, locals }) => {
		const admin = requireRole(locals, 'admin');
		const form = await request.formData();
		const active = form.get('active') === 'true';
		const { user, problem } = otherUser(form, admin.id);
		if (!user) return fail(400, { rowError: problem });
		if (!active && isLastAdmin(db, user.id))
			return fail(400, { rowError: `${user.name} is the last active admin.` });
		setActive(db, user.id, active);
		audit(db, admin.email, active ? 'user.reactivate' : 'user.deactivate', `user ${user.email}`);
		return {
			updated: active
				? `${user.name} can sign in again.`
				: `${user.name} is deactivated: signed out everywhere, API tokens revoked.`
		};
	}
} satisfies Actions;
