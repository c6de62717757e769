import { withMessages } from '$lib/i18n/catalogue';
import type { LayoutLoad } from './$types';

/** The messages of the frame of every page (header, footer, error page) and of the charts. */
export const load = ((event) =>
	withMessages(event, 'charts', 'common', 'terms')) satisfies LayoutLoad;
