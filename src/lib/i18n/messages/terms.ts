import { defineMessages } from '../define';

/**
 * The glossary: every term of the domain, once, in every language. Pages and server code reach
 * it through `$lib/i18n/terms` (never by these keys in another group), and a sentence that names
 * a term takes it as a parameter, so that a Khmer reader sees the same word on every page.
 * `tests/unit/glossary.spec.ts` fails when another message repeats one of these texts.
 */
export default defineMessages({
	en: {
		'term.indicator.EGDI.name': 'E-Government Development Index',
		'term.indicator.EGDI.short': 'E-government development',
		'term.indicator.EGDI.description':
			'Mean of the Online Service, Telecommunication Infrastructure and Human Capital indices. Relative: re-scaled every edition.',
		'term.indicator.OSI.name': 'Online Service Index',
		'term.indicator.OSI.short': 'Online services',
		'term.indicator.OSI.description':
			'Min–max normalised score of the UN Member States Questionnaire on national online services.',
		'term.indicator.TII.name': 'Telecommunication Infrastructure Index',
		'term.indicator.TII.short': 'Telecom infrastructure',
		'term.indicator.TII.description':
			'Mean of normalised ITU indicators (internet users, mobile and broadband subscriptions); the set changed between editions.',
		'term.indicator.HCI.name': 'Human Capital Index',
		'term.indicator.HCI.short': 'Human capital',
		'term.indicator.HCI.description':
			'Adult literacy, gross enrolment ratio, expected and mean years of schooling.',
		'term.indicator.EPI.name': 'E-Participation Index',
		'term.indicator.EPI.short': 'E-participation',
		'term.indicator.EPI.description':
			'E-information, e-consultation and e-decision-making; min–max normalised.',
		'term.rank.name': 'EGDI rank',

		'term.level.veryHigh': 'Very High',
		'term.level.high': 'High',
		'term.level.middle': 'Middle',
		'term.level.low': 'Low',

		'term.progress.achieved': 'Target achieved',
		'term.progress.on_track': 'On track',
		'term.progress.acceleration_needed': 'Acceleration needed',
		'term.progress.limited_progress': 'Limited progress',
		'term.progress.deterioration': 'Deterioration',
		'term.progress.unable_to_assess': 'Unable to assess',

		'term.milestone.planned': 'Planned',
		'term.milestone.in_progress': 'In progress',
		'term.milestone.done': 'Done',
		'term.milestone.delayed': 'Delayed',
		'term.milestone.overdue': 'Overdue',

		'term.region.world': 'World',
		'term.region.africa': 'Africa',
		'term.region.americas': 'Americas',
		'term.region.asia': 'Asia',
		'term.region.europe': 'Europe',
		'term.region.oceania': 'Oceania',
		'term.region.easternAfrica': 'Eastern Africa',
		'term.region.middleAfrica': 'Middle Africa',
		'term.region.northernAfrica': 'Northern Africa',
		'term.region.southernAfrica': 'Southern Africa',
		'term.region.westernAfrica': 'Western Africa',
		'term.region.caribbean': 'Caribbean',
		'term.region.centralAmerica': 'Central America',
		'term.region.southAmerica': 'South America',
		'term.region.northAmerica': 'North America',
		'term.region.centralAsia': 'Central Asia',
		'term.region.easternAsia': 'Eastern Asia',
		'term.region.southEasternAsia': 'South-eastern Asia',
		'term.region.southernAsia': 'Southern Asia',
		'term.region.westernAsia': 'Western Asia',
		'term.region.easternEurope': 'Eastern Europe',
		'term.region.northernEurope': 'Northern Europe',
		'term.region.southernEurope': 'Southern Europe',
		'term.region.westernEurope': 'Western Europe',
		'term.region.australiaNewZealand': 'Australia and New Zealand',
		'term.region.melanesia': 'Melanesia',
		'term.region.micronesia': 'Micronesia',
		'term.region.polynesia': 'Polynesia',

		'term.income.low': 'Low income',
		'term.income.lowerMiddle': 'Lower-Middle income',
		'term.income.upperMiddle': 'Upper-Middle income',
		'term.income.high': 'High income',

		'term.role.viewer': 'viewer',
		'term.role.editor': 'editor',
		'term.role.analyst': 'analyst',
		'term.role.admin': 'admin'
	},
	km: {
		'term.indicator.EGDI.name': 'សន្ទស្សន៍អភិវឌ្ឍន៍រដ្ឋាភិបាលអេឡិចត្រូនិក',
		'term.indicator.EGDI.short': 'ការអភិវឌ្ឍរដ្ឋាភិបាលអេឡិចត្រូនិក',
		'term.indicator.EGDI.description':
			'មធ្យមនៃសន្ទស្សន៍សេវាកម្មអនឡាញ សន្ទស្សន៍ហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍ និងសន្ទស្សន៍មូលធនមនុស្ស។ ជាតម្លៃធៀប៖ ត្រូវកំណត់មាត្រដ្ឋានឡើងវិញនៅរៀងរាល់ការបោះពុម្ព។',
		'term.indicator.OSI.name': 'សន្ទស្សន៍សេវាកម្មអនឡាញ',
		'term.indicator.OSI.short': 'សេវាកម្មអនឡាញ',
		'term.indicator.OSI.description':
			'ពិន្ទុនៃកម្រងសំណួររបស់រដ្ឋសមាជិកអង្គការសហប្រជាជាតិ ស្តីពីសេវាកម្មអនឡាញថ្នាក់ជាតិ ដែលធ្វើបទដ្ឋានកម្មតាមវិធីអប្បបរមា–អតិបរមា។',
		'term.indicator.TII.name': 'សន្ទស្សន៍ហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍',
		'term.indicator.TII.short': 'ហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍',
		'term.indicator.TII.description':
			'មធ្យមនៃសូចនាកររបស់ ITU ដែលបានធ្វើបទដ្ឋានកម្ម (អ្នកប្រើប្រាស់អ៊ីនធឺណិត ការជាវសេវាទូរស័ព្ទចល័ត និងអ៊ីនធឺណិតល្បឿនលឿន)។ សំណុំសូចនាករបានផ្លាស់ប្តូររវាងការបោះពុម្ពនីមួយៗ។',
		'term.indicator.HCI.name': 'សន្ទស្សន៍មូលធនមនុស្ស',
		'term.indicator.HCI.short': 'មូលធនមនុស្ស',
		'term.indicator.HCI.description':
			'អត្រាអក្ខរកម្មមនុស្សពេញវ័យ អត្រាចុះឈ្មោះចូលរៀនសរុប ចំនួនឆ្នាំសិក្សារំពឹងទុក និងចំនួនឆ្នាំសិក្សាជាមធ្យម។',
		'term.indicator.EPI.name': 'សន្ទស្សន៍ការចូលរួមតាមអេឡិចត្រូនិក',
		'term.indicator.EPI.short': 'ការចូលរួមតាមអេឡិចត្រូនិក',
		'term.indicator.EPI.description':
			'ការផ្តល់ព័ត៌មាន ការពិគ្រោះយោបល់ និងការសម្រេចចិត្តតាមអេឡិចត្រូនិក ដែលធ្វើបទដ្ឋានកម្មតាមវិធីអប្បបរមា–អតិបរមា។',
		'term.rank.name': 'ចំណាត់ថ្នាក់ EGDI',

		'term.level.veryHigh': 'ខ្ពស់ខ្លាំង',
		'term.level.high': 'ខ្ពស់',
		'term.level.middle': 'មធ្យម',
		'term.level.low': 'ទាប',

		'term.progress.achieved': 'សម្រេចបានគោលដៅ',
		'term.progress.on_track': 'តាមគម្រោង',
		'term.progress.acceleration_needed': 'ត្រូវការពន្លឿន',
		'term.progress.limited_progress': 'វឌ្ឍនភាពមានកម្រិត',
		'term.progress.deterioration': 'ធ្លាក់ចុះ',
		'term.progress.unable_to_assess': 'មិនអាចវាយតម្លៃបាន',

		'term.milestone.planned': 'គ្រោងទុក',
		'term.milestone.in_progress': 'កំពុងអនុវត្ត',
		'term.milestone.done': 'បានបញ្ចប់',
		'term.milestone.delayed': 'យឺតយ៉ាវ',
		'term.milestone.overdue': 'ហួសកាលកំណត់',

		'term.region.world': 'ពិភពលោក',
		'term.region.africa': 'អាហ្វ្រិក',
		'term.region.americas': 'អាមេរិក',
		'term.region.asia': 'អាស៊ី',
		'term.region.europe': 'អឺរ៉ុប',
		'term.region.oceania': 'អូសេអានី',
		'term.region.easternAfrica': 'អាហ្វ្រិកខាងកើត',
		'term.region.middleAfrica': 'អាហ្វ្រិកកណ្តាល',
		'term.region.northernAfrica': 'អាហ្វ្រិកខាងជើង',
		'term.region.southernAfrica': 'តំបន់អាហ្វ្រិកខាងត្បូង',
		'term.region.westernAfrica': 'អាហ្វ្រិកខាងលិច',
		'term.region.caribbean': 'ការ៉ាប៊ីន',
		'term.region.centralAmerica': 'អាមេរិកកណ្តាល',
		'term.region.southAmerica': 'អាមេរិកខាងត្បូង',
		'term.region.northAmerica': 'អាមេរិកខាងជើង',
		'term.region.centralAsia': 'អាស៊ីកណ្តាល',
		'term.region.easternAsia': 'អាស៊ីបូព៌ា',
		'term.region.southEasternAsia': 'អាស៊ីអាគ្នេយ៍',
		'term.region.southernAsia': 'អាស៊ីខាងត្បូង',
		'term.region.westernAsia': 'អាស៊ីខាងលិច',
		'term.region.easternEurope': 'អឺរ៉ុបខាងកើត',
		'term.region.northernEurope': 'អឺរ៉ុបខាងជើង',
		'term.region.southernEurope': 'អឺរ៉ុបខាងត្បូង',
		'term.region.westernEurope': 'អឺរ៉ុបខាងលិច',
		'term.region.australiaNewZealand': 'អូស្ត្រាលី និងនូវែលសេឡង់',
		'term.region.melanesia': 'មេឡាណេស៊ី',
		'term.region.micronesia': 'មីក្រូណេស៊ី',
		'term.region.polynesia': 'ប៉ូលីណេស៊ី',

		'term.income.low': 'ចំណូលទាប',
		'term.income.lowerMiddle': 'ចំណូលមធ្យមកម្រិតទាប',
		'term.income.upperMiddle': 'ចំណូលមធ្យមកម្រិតខ្ពស់',
		'term.income.high': 'ចំណូលខ្ពស់',

		'term.role.viewer': 'អ្នកមើល',
		'term.role.editor': 'អ្នកកែសម្រួល',
		'term.role.analyst': 'អ្នកវិភាគ',
		'term.role.admin': 'អ្នកគ្រប់គ្រង'
	},
	id: {
		'term.indicator.EGDI.name': 'Indeks Pembangunan E-Government',
		'term.indicator.EGDI.short': 'Pembangunan e-government',
		'term.indicator.EGDI.description':
			'Rata-rata Indeks Layanan Daring, Indeks Infrastruktur Telekomunikasi, dan Indeks Modal Manusia. Relatif: diskalakan ulang pada setiap edisi.',
		'term.indicator.OSI.name': 'Indeks Layanan Daring',
		'term.indicator.OSI.short': 'Layanan daring',
		'term.indicator.OSI.description':
			'Skor Kuesioner Negara Anggota PBB tentang layanan daring nasional, dinormalisasi min–maks.',
		'term.indicator.TII.name': 'Indeks Infrastruktur Telekomunikasi',
		'term.indicator.TII.short': 'Infrastruktur telekomunikasi',
		'term.indicator.TII.description':
			'Rata-rata indikator ITU yang dinormalisasi (pengguna internet, langganan seluler dan pita lebar); kumpulan indikatornya berubah antaredisi.',
		'term.indicator.HCI.name': 'Indeks Modal Manusia',
		'term.indicator.HCI.short': 'Modal manusia',
		'term.indicator.HCI.description':
			'Angka melek huruf dewasa, angka partisipasi kasar, harapan lama sekolah, dan rata-rata lama sekolah.',
		'term.indicator.EPI.name': 'Indeks E-Partisipasi',
		'term.indicator.EPI.short': 'E-partisipasi',
		'term.indicator.EPI.description':
			'E-informasi, e-konsultasi, dan e-pengambilan keputusan; dinormalisasi min–maks.',
		'term.rank.name': 'Peringkat EGDI',

		'term.level.veryHigh': 'Sangat Tinggi',
		'term.level.high': 'Tinggi',
		'term.level.middle': 'Menengah',
		'term.level.low': 'Rendah',

		'term.progress.achieved': 'Target tercapai',
		'term.progress.on_track': 'Sesuai jalur',
		'term.progress.acceleration_needed': 'Perlu percepatan',
		'term.progress.limited_progress': 'Kemajuan terbatas',
		'term.progress.deterioration': 'Kemunduran',
		'term.progress.unable_to_assess': 'Tidak dapat dinilai',

		'term.milestone.planned': 'Direncanakan',
		'term.milestone.in_progress': 'Sedang berjalan',
		'term.milestone.done': 'Selesai',
		'term.milestone.delayed': 'Tertunda',
		'term.milestone.overdue': 'Lewat tenggat',

		'term.region.world': 'Dunia',
		'term.region.africa': 'Afrika',
		'term.region.americas': 'Amerika',
		'term.region.asia': 'Asia',
		'term.region.europe': 'Eropa',
		'term.region.oceania': 'Oseania',
		'term.region.easternAfrica': 'Afrika Timur',
		'term.region.middleAfrica': 'Afrika Tengah',
		'term.region.northernAfrica': 'Afrika Utara',
		'term.region.southernAfrica': 'Afrika bagian Selatan',
		'term.region.westernAfrica': 'Afrika Barat',
		'term.region.caribbean': 'Karibia',
		'term.region.centralAmerica': 'Amerika Tengah',
		'term.region.southAmerica': 'Amerika Selatan',
		'term.region.northAmerica': 'Amerika Utara',
		'term.region.centralAsia': 'Asia Tengah',
		'term.region.easternAsia': 'Asia Timur',
		'term.region.southEasternAsia': 'Asia Tenggara',
		'term.region.southernAsia': 'Asia Selatan',
		'term.region.westernAsia': 'Asia Barat',
		'term.region.easternEurope': 'Eropa Timur',
		'term.region.northernEurope': 'Eropa Utara',
		'term.region.southernEurope': 'Eropa Selatan',
		'term.region.westernEurope': 'Eropa Barat',
		'term.region.australiaNewZealand': 'Australia dan Selandia Baru',
		'term.region.melanesia': 'Melanesia',
		'term.region.micronesia': 'Mikronesia',
		'term.region.polynesia': 'Polinesia',

		'term.income.low': 'Pendapatan rendah',
		'term.income.lowerMiddle': 'Pendapatan menengah bawah',
		'term.income.upperMiddle': 'Pendapatan menengah atas',
		'term.income.high': 'Pendapatan tinggi',

		'term.role.viewer': 'pembaca',
		'term.role.editor': 'editor',
		'term.role.analyst': 'analis',
		'term.role.admin': 'admin'
	}
});
