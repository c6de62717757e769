import type { Locale } from '../i18n/locales';

/**
 * The UN E-Government Survey indicators, each defined once, here: what the app knows of an
 * indicator (its place and role, its scale, its columns in the files the importer reads, and
 * its glossary texts in every language) is one entry of UN_INDICATOR_REGISTRY. Everything
 * else derives from it (see `./indicators`): the built-in rows of the `indicators` table, the
 * import layouts, the glossary (`term.indicator.*`), and the lists of the summary, profile,
 * compare and methodology pages. Adding an indicator is adding an entry here and its
 * methodology prose in `$lib/i18n/messages/un-indicators.ts` (the type checker asks for it).
 *
 * Nothing but data and types: a test replaces the registry to prove the derivations follow.
 */

/**
 * How an indicator relates to the headline index: the EGDI itself, one of the components whose
 * mean it is, or a separate index published beside it (the EPI).
 */
export type UnIndicatorRole = 'headline' | 'component' | 'separate';

/** An indicator's glossary texts in one language. */
export interface UnIndicatorTexts {
	/** The full name: "Online Service Index". */
	name: string;
	/** A short label for legends and bars: "Online services". */
	short: string;
	/** One line, also stored with the indicator and returned by the API (in English). */
	description: string;
}

export interface UnIndicatorEntry {
	/** The code stored with every observation, shown on charts and in addresses. */
	code: string;
	role: UnIndicatorRole;
	unit: string;
	minValue: number | null;
	maxValue: number | null;
	higherIsBetter: boolean;
	/** Its column's names in the UN Data Center download (case and spacing ignored). */
	unColumns: readonly string[];
	/** Its codes in the World Bank's Data360 mirror (the `INDICATOR` column). */
	worldBankCodes: readonly string[];
	glossary: Readonly<Record<Locale, UnIndicatorTexts>>;
}

/** The scale every Survey index shares. */
const INDEX = { unit: 'index (0–1)', minValue: 0, maxValue: 1, higherIsBetter: true } as const;

/** The indicators in display order. The EGDI rank is stored as the EGDI's `rank`. */
export const UN_INDICATOR_REGISTRY = [
	{
		code: 'EGDI',
		role: 'headline',
		...INDEX,
		unColumns: ['E-Government Index', 'E-Government Development Index', 'EGDI', 'E_Index'],
		worldBankCodes: ['UN_EGDI_EGDI'],
		glossary: {
			en: {
				name: 'E-Government Development Index',
				short: 'E-government development',
				description:
					'Mean of the Online Service, Telecommunication Infrastructure and Human Capital indices. Relative: re-scaled every edition.'
			},
			km: {
				name: 'សន្ទស្សន៍អភិវឌ្ឍន៍រដ្ឋាភិបាលអេឡិចត្រូនិក',
				short: 'ការអភិវឌ្ឍរដ្ឋាភិបាលអេឡិចត្រូនិក',
				description:
					'មធ្យមនៃសន្ទស្សន៍សេវាកម្មអនឡាញ សន្ទស្សន៍ហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍ និងសន្ទស្សន៍មូលធនមនុស្ស។ ជាតម្លៃធៀប៖ ត្រូវកំណត់មាត្រដ្ឋានឡើងវិញនៅរៀងរាល់ការបោះពុម្ព។'
			},
			id: {
				name: 'Indeks Pembangunan E-Government',
				short: 'Pembangunan e-government',
				description:
					'Rata-rata Indeks Layanan Daring, Indeks Infrastruktur Telekomunikasi, dan Indeks Modal Manusia. Relatif: diskalakan ulang pada setiap edisi.'
			}
		}
	},
	{
		code: 'OSI',
		role: 'component',
		...INDEX,
		unColumns: ['Online Service Index', 'OSI', 'Online_Service'],
		worldBankCodes: ['UN_EGDI_OSI'],
		glossary: {
			en: {
				name: 'Online Service Index',
				short: 'Online services',
				description:
					'Min–max normalised score of the UN Member States Questionnaire on national online services.'
			},
			km: {
				name: 'សន្ទស្សន៍សេវាកម្មអនឡាញ',
				short: 'សេវាកម្មអនឡាញ',
				description:
					'ពិន្ទុនៃកម្រងសំណួររបស់រដ្ឋសមាជិកអង្គការសហប្រជាជាតិ ស្តីពីសេវាកម្មអនឡាញថ្នាក់ជាតិ ដែលធ្វើបទដ្ឋានកម្មតាមវិធីអប្បបរមា–អតិបរមា។'
			},
			id: {
				name: 'Indeks Layanan Daring',
				short: 'Layanan daring',
				description:
					'Skor Kuesioner Negara Anggota PBB tentang layanan daring nasional, dinormalisasi min–maks.'
			}
		}
	},
	{
		code: 'TII',
		role: 'component',
		...INDEX,
		unColumns: ['Telecommunication Infrastructure Index', 'TII', 'Tele_Infra'],
		worldBankCodes: ['UN_EGDI_TTI', 'UN_EGDI_TII'],
		glossary: {
			en: {
				name: 'Telecommunication Infrastructure Index',
				short: 'Telecom infrastructure',
				description:
					'Mean of normalised ITU indicators (internet users, mobile and broadband subscriptions); the set changed between editions.'
			},
			km: {
				name: 'សន្ទស្សន៍ហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍',
				short: 'ហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍',
				description:
					'មធ្យមនៃសូចនាកររបស់ ITU ដែលបានធ្វើបទដ្ឋានកម្ម (អ្នកប្រើប្រាស់អ៊ីនធឺណិត ការជាវសេវាទូរស័ព្ទចល័ត និងអ៊ីនធឺណិតល្បឿនលឿន)។ សំណុំសូចនាករបានផ្លាស់ប្តូររវាងការបោះពុម្ពនីមួយៗ។'
			},
			id: {
				name: 'Indeks Infrastruktur Telekomunikasi',
				short: 'Infrastruktur telekomunikasi',
				description:
					'Rata-rata indikator ITU yang dinormalisasi (pengguna internet, langganan seluler dan pita lebar); kumpulan indikatornya berubah antaredisi.'
			}
		}
	},
	{
		code: 'HCI',
		role: 'component',
		...INDEX,
		unColumns: ['Human Capital Index', 'HCI', 'Human_Capital'],
		worldBankCodes: ['UN_EGDI_HCI'],
		glossary: {
			en: {
				name: 'Human Capital Index',
				short: 'Human capital',
				description: 'Adult literacy, gross enrolment ratio, expected and mean years of schooling.'
			},
			km: {
				name: 'សន្ទស្សន៍មូលធនមនុស្ស',
				short: 'មូលធនមនុស្ស',
				description: 'អត្រាអក្ខរកម្មមនុស្សពេញវ័យ អត្រាចុះឈ្មោះចូលរៀនសរុប ចំនួនឆ្នាំសិក្សារំពឹងទុក និងចំនួនឆ្នាំសិក្សាជាមធ្យម។'
			},
			id: {
				name: 'Indeks Modal Manusia',
				short: 'Modal manusia',
				description:
					'Angka melek huruf dewasa, angka partisipasi kasar, harapan lama sekolah, dan rata-rata lama sekolah.'
			}
		}
	},
	{
		code: 'EPI',
		role: 'separate',
		...INDEX,
		unColumns: ['E-Participation Index', 'EPI', 'E_Participation'],
		worldBankCodes: ['UN_EGDI_EPI'],
		glossary: {
			en: {
				name: 'E-Participation Index',
				short: 'E-participation',
				description: 'E-information, e-consultation and e-decision-making; min–max normalised.'
			},
			km: {
				name: 'សន្ទស្សន៍ការចូលរួមតាមអេឡិចត្រូនិក',
				short: 'ការចូលរួមតាមអេឡិចត្រូនិក',
				description:
					'ការផ្តល់ព័ត៌មាន ការពិគ្រោះយោបល់ និងការសម្រេចចិត្តតាមអេឡិចត្រូនិក ដែលធ្វើបទដ្ឋានកម្មតាមវិធីអប្បបរមា–អតិបរមា។'
			},
			id: {
				name: 'Indeks E-Partisipasi',
				short: 'E-partisipasi',
				description:
					'E-informasi, e-konsultasi, dan e-pengambilan keputusan; dinormalisasi min–maks.'
			}
		}
	}
] as const satisfies readonly UnIndicatorEntry[];

/** The code of a UN indicator. */
export type UnIndicatorCode = (typeof UN_INDICATOR_REGISTRY)[number]['code'];

/** The codes of the indicators with a role. */
export type UnIndicatorCodeOf<Role extends UnIndicatorRole> = Extract<
	(typeof UN_INDICATOR_REGISTRY)[number],
	{ role: Role }
>['code'];
