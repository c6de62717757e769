import type { Actions, PageServerLoad } from './$types';
import { focusCountry } from '$lib/server/focus';
import { editingEnabled, formOptions } from '$lib/server/plans';
import { savePolicy } from '../policy-form.server';

export const load = (({ url }) => ({
	editing: editingEnabled(),
	options: formOptions(),
	/** A new policy starts for the focus country, running to 2035. */
	values: { country: focusCountry(url), endYear: '2035' } as Record<string, string>
})) satisfies PageServerLoad;

export const actions = {
	default: ({ request }) => savePolicy(request)
} satisfies Actions;
