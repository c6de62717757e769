import { growthInWords } from '$lib/domain/progress-words';
import { formatNumber } from '$lib/i18n';
import type { Locale } from '$lib/i18n/locales';
import { numberLocale } from '$lib/i18n/numbers';
import { translate } from '$lib/i18n/translate';
import type { AssessedTarget } from '$lib/server/targets';

/**
 * What a target card says in words under its numbers: achieved, or the growth it needs against
 * the growth it shows, then what the projection means for the target ("at +4.1% a year since
 * 2022, 0.61 by 2030: short of 0.75"). Written by the server, so that the page ships no code for it.
 */
export function cardWords(g: AssessedTarget, locale: Locale): string {
	const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
		translate(locale, key, params);
	const numbers = numberLocale(locale);
	const rank = g.measure === 'rank';
	const fmt = (v: number | null | undefined) =>
		v === null || v === undefined
			? '—'
			: rank
				? t('plans.card.rank', { rank: formatNumber(Math.round(v), locale) })
				: numbers.format('.4f')(v);
	const { status } = g.assessment;
	const message = growthInWords(g.assessment, locale);
	const words = message ? t(message) : '';
	const growth = words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);
	const first =
		status === 'achieved'
			? t('served.card.achieved')
			: growth
				? t(rank ? 'served.card.growthRank' : 'served.card.growth', { growth })
				: t('served.card.cannotAssess');
	const { projection, assessment: a } = g;
	if (!projection || a.observedCagr === null || !g.baseline) return first;
	const meets = status === 'achieved' || status === 'on_track';
	const verdict = t(meets ? 'served.card.verdict.meets' : 'served.card.verdict.short', {
		observed: numbers.format('+.1%')(a.observedCagr),
		from: g.baseline.year,
		value: fmt(projection.value),
		year: projection.year,
		target: fmt(g.targetNumber)
	});
	return `${first} ${verdict}`;
}
