/**
 * The methodology page's explanation of each UN indicator, in every language: what it measures
 * and how it is built, in the light markup of `routes/methodology/Rich.svelte` (`links` are the
 * addresses of its `[…]` links). Each language's `messages/<locale>/methodology.ts` spreads
 * `unIndicatorMethodology(locale)`, keys `methodology.def.<CODE>.measures|built`.
 *
 * Not with the definitions in `$lib/domain/un-indicators.ts`: those reach every page's
 * JavaScript, this prose only the methodology page's. A `{code}` in a text (lower case) is the
 * indicator's name in the reader's language.
 */
import { UN_INDICATOR_REGISTRY, type UnIndicatorCode } from '../../domain/un-indicators';
import type { Locale } from '../locales';

interface Explanation {
	measures: string;
	built: string;
}

/** Every UN indicator must have its explanation here, in every language. */
export const UN_INDICATOR_METHODOLOGY: Record<
	UnIndicatorCode,
	Readonly<Record<Locale, Explanation>> & { links?: readonly string[] }
> = {
	EGDI: {
		en: {
			measures:
				"A country's capacity and readiness to deliver public services online, relative to the other UN Member States in the same edition. It is the headline index of the Survey.",
			built:
				'The simple mean of three components, each normalised to 0–1 within the edition. The {epi} is not part of it.'
		},
		km: {
			measures:
				'សមត្ថភាព និងការត្រៀមខ្លួនរបស់ប្រទេសមួយក្នុងការផ្តល់សេវាសាធារណៈតាមអនឡាញ ធៀបនឹងរដ្ឋសមាជិកផ្សេងទៀតនៃអង្គការសហប្រជាជាតិក្នុងការបោះពុម្ពតែមួយ។ វាជាសន្ទស្សន៍ចម្បងនៃការស្ទង់មតិនេះ។',
			built:
				'មធ្យមធម្មតានៃសមាសធាតុបី ដែលសមាសធាតុនីមួយៗត្រូវបានធ្វើបទដ្ឋានកម្មឱ្យស្ថិតក្នុងចន្លោះ 0–1 ក្នុងការបោះពុម្ពនីមួយៗ។ {epi}មិនមែនជាផ្នែកមួយរបស់វាទេ។'
		},
		id: {
			measures:
				'Kapasitas dan kesiapan suatu negara untuk memberikan layanan publik secara daring, relatif terhadap Negara Anggota PBB lainnya dalam edisi yang sama. Ini adalah indeks utama Survei.',
			built:
				'Rata-rata sederhana dari tiga komponen, masing-masing dinormalisasi ke 0–1 dalam edisi tersebut. {epi} tidak termasuk di dalamnya.'
		}
	},
	OSI: {
		en: {
			measures:
				"The scope and quality of a government's online services: what the national portal, the e-services and e-participation portals and the websites of key ministries (such as education, health, labour and social protection) offer, and how usable and accessible they are.",
			built:
				"UN DESA researchers assess each country's sites against the Online Service Questionnaire, a long list of yes/no features; answers from the Member States Questionnaire complement it. The raw point total is min–max normalised, so the leading country of the edition scores 1 and the lowest 0."
		},
		km: {
			measures:
				'វិសាលភាព និងគុណភាពនៃសេវាកម្មអនឡាញរបស់រដ្ឋាភិបាល៖ អ្វីដែលវិបផតថលជាតិ វិបផតថលសេវាអេឡិចត្រូនិក វិបផតថលការចូលរួមតាមអេឡិចត្រូនិក និងគេហទំព័ររបស់ក្រសួងសំខាន់ៗ (ដូចជា អប់រំ សុខាភិបាល ការងារ និងគាំពារសង្គម) ផ្តល់ជូន ព្រមទាំងកម្រិតងាយស្រួលប្រើ និងលទ្ធភាពចូលប្រើរបស់វា។',
			built:
				'អ្នកស្រាវជ្រាវរបស់ UN DESA វាយតម្លៃគេហទំព័ររបស់ប្រទេសនីមួយៗ ដោយផ្អែកលើកម្រងសំណួរសេវាកម្មអនឡាញ ដែលជាបញ្ជីវែងនៃមុខងារសម្រាប់ឆ្លើយ «មាន» ឬ «គ្មាន» ហើយចម្លើយពីកម្រងសំណួររបស់រដ្ឋសមាជិកបំពេញបន្ថែមលើវា។ ពិន្ទុសរុបដើមត្រូវបានធ្វើបទដ្ឋានកម្មតាមវិធីអប្បបរមា–អតិបរមា ដូច្នេះប្រទេសនាំមុខនៃការបោះពុម្ពនោះទទួលបានពិន្ទុ 1 ហើយប្រទេសទាបបំផុតទទួលបាន 0។'
		},
		id: {
			measures:
				'Cakupan dan mutu layanan daring pemerintah: apa yang ditawarkan portal nasional, portal layanan elektronik dan e-partisipasi, serta situs web kementerian utama (seperti pendidikan, kesehatan, ketenagakerjaan, dan perlindungan sosial), dan seberapa mudah semuanya digunakan dan diakses.',
			built:
				'Peneliti UN DESA menilai situs setiap negara berdasarkan Kuesioner Layanan Daring, daftar panjang fitur ya/tidak; jawaban dari Kuesioner Negara Anggota melengkapinya. Total poin mentah dinormalisasi min–maks, sehingga negara teratas dalam edisi tersebut mendapat skor 1 dan yang terendah 0.'
		}
	},
	TII: {
		links: ['#caveat-methods'],
		en: {
			measures: 'The telecommunication infrastructure people need to reach online services.',
			built:
				'The normalised mean of indicators published by the International Telecommunication Union (ITU), such as the share of the population using the internet and mobile-cellular and broadband subscriptions per 100 inhabitants. The set is revised between editions: earlier ones also counted fixed telephone lines and personal computers, later ones added mobile broadband (see [method changes]).'
		},
		km: {
			measures: 'ហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍ដែលប្រជាជនត្រូវការ ដើម្បីប្រើប្រាស់សេវាកម្មអនឡាញ។',
			built:
				'មធ្យមដែលបានធ្វើបទដ្ឋានកម្មនៃសូចនាករដែលចេញផ្សាយដោយសហភាពទូរគមនាគមន៍អន្តរជាតិ (ITU) ដូចជាភាគរយនៃប្រជាជនដែលប្រើអ៊ីនធឺណិត និងចំនួនការជាវសេវាទូរស័ព្ទចល័ត និងអ៊ីនធឺណិតល្បឿនលឿនក្នុងប្រជាជន 100 នាក់។ សំណុំសូចនាករត្រូវបានកែសម្រួលរវាងការបោះពុម្ព៖ ការបោះពុម្ពមុនៗក៏បានរាប់បញ្ចូលខ្សែទូរស័ព្ទលើតុ និងកុំព្យូទ័រផ្ទាល់ខ្លួនដែរ ហើយការបោះពុម្ពក្រោយៗបានបន្ថែមអ៊ីនធឺណិតល្បឿនលឿនតាមទូរស័ព្ទចល័ត (សូមមើល [ការផ្លាស់ប្តូរវិធីសាស្ត្រ])។'
		},
		id: {
			measures:
				'Infrastruktur telekomunikasi yang dibutuhkan masyarakat untuk menjangkau layanan daring.',
			built:
				'Rata-rata yang dinormalisasi dari indikator yang diterbitkan oleh Persatuan Telekomunikasi Internasional (ITU), seperti persentase penduduk yang menggunakan internet serta langganan seluler dan pita lebar per 100 penduduk. Kumpulan indikatornya direvisi antaredisi: edisi awal juga menghitung sambungan telepon tetap dan komputer pribadi, edisi berikutnya menambahkan pita lebar seluler (lihat [perubahan metode]).'
		}
	},
	HCI: {
		en: {
			measures: "The population's education: its capacity to use online services.",
			built:
				'A weighted mean of UNESCO education statistics. Since 2014: adult literacy rate (weight ⅓), and the gross enrolment ratio, expected years of schooling and mean years of schooling (²⁄₉ each). Until 2012 only adult literacy (⅔) and the gross enrolment ratio (⅓).'
		},
		km: {
			measures: 'កម្រិតអប់រំរបស់ប្រជាជន៖ សមត្ថភាពរបស់ពួកគេក្នុងការប្រើប្រាស់សេវាកម្មអនឡាញ។',
			built:
				'មធ្យមថ្លឹងនៃស្ថិតិអប់រំរបស់ UNESCO។ ចាប់ពីឆ្នាំ 2014៖ អត្រាអក្ខរកម្មមនុស្សពេញវ័យ (ទម្ងន់ ⅓) និងអត្រាចុះឈ្មោះចូលរៀនសរុប ចំនួនឆ្នាំសិក្សារំពឹងទុក និងចំនួនឆ្នាំសិក្សាជាមធ្យម (²⁄₉ សម្រាប់នីមួយៗ)។ រហូតដល់ឆ្នាំ 2012 មានតែអក្ខរកម្មមនុស្សពេញវ័យ (⅔) និងអត្រាចុះឈ្មោះចូលរៀនសរុប (⅓) ប៉ុណ្ណោះ។'
		},
		id: {
			measures: 'Pendidikan penduduk: kemampuannya untuk menggunakan layanan daring.',
			built:
				'Rata-rata tertimbang dari statistik pendidikan UNESCO. Sejak 2014: angka melek huruf dewasa (bobot ⅓), serta angka partisipasi kasar, harapan lama sekolah, dan rata-rata lama sekolah (masing-masing ²⁄₉). Hingga 2012 hanya angka melek huruf dewasa (⅔) dan angka partisipasi kasar (⅓).'
		}
	},
	EPI: {
		en: {
			measures:
				'How governments use online services to involve people: *e-information* (making information available), *e-consultation* (asking for views) and *e-decision-making* (involving people in decisions).',
			built:
				'From the e-participation questions of the Online Service Questionnaire; the raw score is min–max normalised, so a 0 is a real value (the lowest country of the edition). A supplementary index, not a component of the EGDI.'
		},
		km: {
			measures:
				'របៀបដែលរដ្ឋាភិបាលប្រើប្រាស់សេវាកម្មអនឡាញ ដើម្បីឱ្យប្រជាជនចូលរួម៖ *ការផ្តល់ព័ត៌មានតាមអេឡិចត្រូនិក* (ការដាក់ព័ត៌មានឱ្យប្រជាជនទទួលបាន) *ការពិគ្រោះយោបល់តាមអេឡិចត្រូនិក* (ការសុំមតិ) និង *ការសម្រេចចិត្តតាមអេឡិចត្រូនិក* (ការឱ្យប្រជាជនចូលរួមក្នុងការសម្រេចចិត្ត)។',
			built:
				'គណនាចេញពីសំណួរស្តីពីការចូលរួមតាមអេឡិចត្រូនិកនៃកម្រងសំណួរសេវាកម្មអនឡាញ។ ពិន្ទុដើមត្រូវបានធ្វើបទដ្ឋានកម្មតាមវិធីអប្បបរមា–អតិបរមា ដូច្នេះតម្លៃ 0 គឺជាតម្លៃពិត (ប្រទេសទាបបំផុតនៃការបោះពុម្ពនោះ)។ វាជាសន្ទស្សន៍បំពេញបន្ថែម មិនមែនជាសមាសធាតុនៃ EGDI ទេ។'
		},
		id: {
			measures:
				'Cara pemerintah menggunakan layanan daring untuk melibatkan masyarakat: *e-informasi* (menyediakan informasi), *e-konsultasi* (meminta pendapat), dan *e-pengambilan keputusan* (melibatkan masyarakat dalam keputusan).',
			built:
				'Berdasarkan pertanyaan e-partisipasi dalam Kuesioner Layanan Daring; skor mentah dinormalisasi min–maks, sehingga 0 adalah nilai sebenarnya (negara terendah dalam edisi tersebut). Indeks pelengkap, bukan komponen EGDI.'
		}
	}
};

/** The methodology keys of one of a UN indicator's texts. */
export type MethodologyKey = `methodology.def.${UnIndicatorCode}.${keyof Explanation}`;

/** Every UN indicator's explanation in a language, by key. */
export function unIndicatorMethodology(locale: Locale): Record<MethodologyKey, string> {
	return Object.fromEntries(
		UN_INDICATOR_REGISTRY.flatMap(({ code }) => {
			const texts = UN_INDICATOR_METHODOLOGY[code][locale];
			return [
				[`methodology.def.${code}.measures`, texts.measures],
				[`methodology.def.${code}.built`, texts.built]
			];
		})
	) as Record<MethodologyKey, string>;
}

/** The addresses of the `[…]` links in a UN indicator's explanation. */
export function methodologyLinks(code: string): readonly string[] {
	return UN_INDICATOR_METHODOLOGY[code as UnIndicatorCode]?.links ?? [];
}
