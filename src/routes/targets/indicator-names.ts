import type { Locale } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';

const UN_CODES = ['EGDI', 'OSI', 'TII', 'HCI', 'EPI'] as const;
type UnCode = (typeof UN_CODES)[number];
const isUnCode = (code: string): code is UnCode => (UN_CODES as readonly string[]).includes(code);

/**
 * An indicator's name in a language: the UN indices by the messages, a national KPI as the
 * analyst who defined it wrote it. English is the name as stored.
 */
export function indicatorName(code: string, name: string, locale: Locale): string {
	if (locale === 'en' || !isUnCode(code)) return name;
	return translate(locale, `plans.indicator.${code}`);
}
