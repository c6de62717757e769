import { formatNumber } from '$lib/i18n';
import type { Locale } from '$lib/i18n/locales';
import { numberLocale } from '$lib/i18n/numbers';
import { translate, type Message } from '$lib/i18n/translate';
import type { Lead } from './compare';

/** What the comparison says in words: the page's title, its headline and the line under it. */
export interface CompareWords {
	/** The document's title, without the site's name. */
	title: string;
	/** The headline; its `**…**` parts are set in bold. */
	headline: string;
	/** The lowest of the selection, and those without a value; null when there is nothing to say. */
	subline: string | null;
}

/**
 * The comparison's words, written by the server in the page's language (so that the page ships
 * neither the code nor the catalogue for them): who leads `among` whom in the latest edition, by
 * how much, and who trails.
 */
export function compareWords(
	selected: readonly { name: string }[],
	latest: { year: number; ranked: number; lead: Lead | null } | null,
	among: Message,
	max: number,
	locale: Locale
): CompareWords {
	const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
		translate(locale, key, params);
	const index = numberLocale(locale).format('.4f');
	const count = (n: number) => formatNumber(n, locale);
	/**
	 * "A", "A and B", "A, B and C", by messages rather than `Intl.ListFormat`, which lacks Khmer
	 * in some runtimes (it falls back to English "and").
	 */
	const listOf = (items: readonly string[]) =>
		items.length < 2
			? (items[0] ?? '')
			: t(items.length === 2 ? 'served.compare.list.two' : 'served.compare.list.many', {
					rest: items.slice(0, -1).join(', '),
					last: items.at(-1) ?? ''
				});
	const names = selected.map((c) => c.name);
	const title = names.length
		? t('served.compare.pageTitle', { names: listOf(names) })
		: t('served.compare.pageTitleEmpty');
	const lead = latest?.lead ?? null;

	if (!latest || !names.length)
		return { title, headline: t('served.compare.intro', { max: count(max) }), subline: null };
	if (!lead)
		return {
			title,
			headline: t('served.compare.noEgdi', { year: latest.year, names: listOf(names) }),
			subline: null
		};

	const headline =
		names.length === 1
			? t(lead.rank ? 'served.compare.headline.oneRanked' : 'served.compare.headline.one', {
					name: lead.leaders[0],
					egdi: index(lead.egdi),
					year: latest.year,
					rank: count(lead.rank ?? 0),
					total: count(latest.ranked)
				})
			: [
					t(
						lead.leaders.length > 1
							? 'served.compare.headline.share'
							: 'served.compare.headline.leads',
						{
							names: listOf(lead.leaders),
							among: translate(locale, among.key, among.params),
							year: latest.year,
							egdi: index(lead.egdi)
						}
					),
					lead.rank && lead.leaders.length === 1
						? t('served.compare.headline.rank', {
								rank: count(lead.rank),
								total: count(latest.ranked)
							})
						: '',
					lead.next
						? t('served.compare.headline.ahead', {
								gap: index(lead.next.gap),
								name: lead.next.name
							})
						: '',
					t('served.compare.headline.end')
				].join('');
	const subline = [
		lead.last
			? t('served.compare.lowest', {
					name: lead.last.name,
					value: index(lead.last.value),
					gap: index(lead.last.gap)
				})
			: '',
		lead.missing.length
			? t('served.compare.missing', { year: latest.year, names: listOf(lead.missing) })
			: ''
	]
		.filter(Boolean)
		.join(' ');
	return { title, headline, subline: subline || null };
}
