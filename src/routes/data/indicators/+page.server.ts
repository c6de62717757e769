import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { checkIndicator } from '$lib/domain/indicator-rules';
import { indicatorName } from '$lib/i18n/terms';
import { translate, translateEach } from '$lib/i18n/translate';
import { audit } from '$lib/server/auth/audit';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { createIndicator, deleteIndicator, listIndicators } from '$lib/server/db/indicators';
import { formFields } from '$lib/server/plans';

export const load = (({ locals }) => ({
	/** Every indicator: the UN ones (named in the page's language), then the national KPIs. */
	indicators: listIndicators(db).map((i) => ({
		...i,
		name: indicatorName(i.code, locals.locale, i.name)
	})),
	/** Whether the visitor may define indicators (analysts and admins). */
	allowed: hasRole(locals.user, 'analyst')
})) satisfies PageServerLoad;

export const actions = {
	create: async ({ request, locals }) => {
		const user = requireRole(locals, 'analyst');
		const fields = formFields(await request.formData());
		const checked = checkIndicator(fields, new Set(listIndicators(db).map((i) => i.code)));
		if (!checked.ok)
			return fail(400, { errors: translateEach(locals.locale, checked.errors), values: fields });
		createIndicator(db, checked.value);
		audit(
			db,
			user.email,
			'indicator.create',
			`indicator ${checked.value.code}`,
			checked.value.name
		);
		return { created: checked.value.code };
	},
	delete: async ({ request, locals }) => {
		const user = requireRole(locals, 'analyst');
		const code = String((await request.formData()).get('code') ?? '');
		if (!deleteIndicator(db, code)) {
			return fail(409, { message: translate(locals.locale, 'data.indicators.cannotDelete', { code }) });
		}
		audit(db, user.email, 'indicator.delete', `indicator ${code}`);
		return { deleted: code };
	}
} satisfies Actions;
