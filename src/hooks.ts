import type { Reroute } from '@sveltejs/kit';
import { splitLocale } from '$lib/i18n/locales';

/** `/km/countries/KHM` is the page `/countries/KHM` in Khmer (see $lib/i18n/locales.ts). */
export const reroute: Reroute = ({ url }) => splitLocale(url.pathname).path;
