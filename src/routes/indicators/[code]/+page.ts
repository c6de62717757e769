import { withMessages } from '$lib/i18n/catalogue';
import type { PageLoad } from './$types';

export const load = ((event) => withMessages(event, 'explorer')) satisfies PageLoad;
