import { defineMessages } from '../define';

/** The countries index, the country profiles and the country pickers. */
export default defineMessages({
	en: {
		'countries.title': 'Countries',
		'countries.lead':
			'The 193 UN Member States with their {egdi} {year}, by UN M49 region. Open a country for its profile.',
		'countries.search': 'Find a country',
		'countries.search.placeholder': 'Type a name',
		'countries.search.none': 'No country matches “{q}”.',
		'countries.notFound': 'No country with the ISO3 code "{code}"',

		'countries.profile.kind': 'Country profile',
		'countries.profile.title': '{country} — country profile',
		'countries.profile.headline':
			'EGDI {egdi} in {year} — {group} group, class {code}, rank {rank} in the world and {position} of {count} in {region}.',
		'countries.profile.noEgdi': '{country} has no EGDI value yet.',
		'countries.profile.compare': 'Compare with peers',
		'countries.profile.legend': 'Lines in the indicator charts',
		'countries.edition': 'Edition',
		'countries.mean': '{area} mean',
		'countries.worldMean': 'World mean',
		'countries.chart.summary':
			"{country}'s {code} in every edition beside the mean of {region} and of the world; gaps are editions without a value.",
		'countries.chart.line': 'Line chart of {code} for {country}, {region} and the world',
		'countries.rank.summary':
			"{country}'s place in the world ranking in each edition; rank 1 is at the top.",
		'countries.rank.column': 'Rank',
		'countries.rank.chart': "Line chart of {country}'s EGDI rank by edition, rank 1 at the top",
		'countries.rank.describe': '{year}: rank {rank}',
		'countries.components.title': 'Components, {year}',
		'countries.components.summary':
			"{country}'s indices in {year} side by side, each beside the mean of {region} and of the world.",
		'countries.components.index': 'Index',
		'countries.components.chart':
			"Bar chart of {country}'s indices beside regional and world means",
		'countries.within.title': 'Within {region}, {year}',
		'countries.within.summary':
			"Every {region} country's EGDI in {year}; {country} is {position} of {count}. Dashed lines mark the level-group boundaries.",
		'countries.within.place': 'Place',
		'countries.within.country': 'Country',
		'countries.within.worldRank': 'World rank',
		'countries.within.chart': 'Strip chart of EGDI across {region} with {country} highlighted',

		'countries.area.region': 'Region',
		'countries.area.other': 'Other',

		'countries.picker.label': 'Country',
		'countries.picker.show': 'Show',
		'countries.multi.add': 'Add a country',
		'countries.multi.selected': 'Selected countries',
		'countries.multi.remove': 'Remove {name}',
		'countries.multi.placeholder': 'Type a name or ISO3 code',
		'countries.multi.submit': 'Add',
		'countries.multi.full':
			'{count} countries is the most one comparison shows: remove one to add another.',
		'countries.delete.confirm': 'Delete this {what}?',
		'countries.delete.button': 'Delete this {what}',
		'countries.editors.only': 'Only editors can change targets, milestones and policies.',
		'countries.editors.role':
			'Your account has the {role} role; ask an administrator if you need to edit.',
		'countries.editors.signIn': 'with an editor account to make changes.'
	},
	km: {
		'countries.title': 'ប្រទេស',
		'countries.lead':
			'រដ្ឋសមាជិកទាំង 193 នៃអង្គការសហប្រជាជាតិ ព្រមទាំង{egdi} {year} តាមតំបន់ M49 របស់អង្គការសហប្រជាជាតិ។ ចុចលើប្រទេសណាមួយ ដើម្បីមើលព័ត៌មានសង្ខេបអំពីប្រទេសនោះ។',
		'countries.search': 'ស្វែងរកប្រទេស',
		'countries.search.placeholder': 'វាយបញ្ចូលឈ្មោះ',
		'countries.search.none': 'គ្មានប្រទេសណាត្រូវនឹង “{q}” ទេ។',
		'countries.notFound': 'គ្មានប្រទេសដែលមានលេខកូដ ISO3 "{code}" ទេ',

		'countries.profile.kind': 'ព័ត៌មានសង្ខេបអំពីប្រទេស',
		'countries.profile.title': '{country} — ព័ត៌មានសង្ខេបអំពីប្រទេស',
		'countries.profile.headline':
			'EGDI {egdi} ក្នុងឆ្នាំ {year} — ក្រុមកម្រិត{group} ថ្នាក់ {code} ចំណាត់ថ្នាក់ទី {rank} លើពិភពលោក និងទី {position} ក្នុងចំណោម {count} ប្រទេសនៅតំបន់{region}។',
		'countries.profile.noEgdi': '{country} មិនទាន់មានតម្លៃ EGDI នៅឡើយទេ។',
		'countries.profile.compare': 'ប្រៀបធៀបជាមួយប្រទេសប្រហាក់ប្រហែល',
		'countries.profile.legend': 'ខ្សែបន្ទាត់ក្នុងក្រាហ្វិកសូចនាករ',
		'countries.edition': 'ឆ្នាំស្ទង់មតិ',
		'countries.mean': 'មធ្យមភាគ{area}',
		'countries.worldMean': 'មធ្យមភាគពិភពលោក',
		'countries.chart.summary':
			'{code} របស់ {country} ក្នុងការស្ទង់មតិគ្រប់លើក ធៀបនឹងមធ្យមភាគនៃ{region} និងនៃពិភពលោក។ ចន្លោះទទេ គឺជាឆ្នាំស្ទង់មតិដែលគ្មានតម្លៃ។',
		'countries.chart.line': 'ក្រាហ្វិកខ្សែបន្ទាត់នៃ {code} សម្រាប់ {country} {region} និងពិភពលោក',
		'countries.rank.summary':
			'ចំណាត់ថ្នាក់របស់ {country} លើពិភពលោក ក្នុងការស្ទង់មតិនីមួយៗ។ ចំណាត់ថ្នាក់ទី 1 នៅខាងលើគេ។',
		'countries.rank.column': 'ចំណាត់ថ្នាក់',
		'countries.rank.chart':
			'ក្រាហ្វិកខ្សែបន្ទាត់នៃចំណាត់ថ្នាក់ EGDI របស់ {country} តាមឆ្នាំស្ទង់មតិ ដោយចំណាត់ថ្នាក់ទី 1 នៅខាងលើគេ',
		'countries.rank.describe': '{year}៖ ចំណាត់ថ្នាក់ទី {rank}',
		'countries.components.title': 'សមាសធាតុ ឆ្នាំ {year}',
		'countries.components.summary':
			'សន្ទស្សន៍នានារបស់ {country} ក្នុងឆ្នាំ {year} ដាក់ទន្ទឹមគ្នា ដោយសន្ទស្សន៍នីមួយៗធៀបនឹងមធ្យមភាគនៃ{region} និងនៃពិភពលោក។',
		'countries.components.index': 'សន្ទស្សន៍',
		'countries.components.chart': 'ក្រាហ្វិករបារនៃសន្ទស្សន៍របស់ {country} ធៀបនឹងមធ្យមភាគតំបន់ និងមធ្យមភាគពិភពលោក',
		'countries.within.title': 'ក្នុងតំបន់{region} ឆ្នាំ {year}',
		'countries.within.summary':
			'EGDI របស់ប្រទេសនីមួយៗនៅតំបន់{region} ក្នុងឆ្នាំ {year}។ {country} ស្ថិតនៅលំដាប់ទី {position} ក្នុងចំណោម {count}។ បន្ទាត់ដាច់ៗបង្ហាញព្រំដែននៃក្រុមកម្រិត។',
		'countries.within.place': 'លំដាប់',
		'countries.within.country': 'ប្រទេស',
		'countries.within.worldRank': 'ចំណាត់ថ្នាក់ពិភពលោក',
		'countries.within.chart': 'ក្រាហ្វិកចំណុចនៃ EGDI ទូទាំងតំបន់{region} ដោយរំលេច {country}',

		'countries.area.region': 'តំបន់',
		'countries.area.other': 'ផ្សេងៗ',

		'countries.picker.label': 'ប្រទេស',
		'countries.picker.show': 'បង្ហាញ',
		'countries.multi.add': 'បន្ថែមប្រទេស',
		'countries.multi.selected': 'ប្រទេសដែលបានជ្រើសរើស',
		'countries.multi.remove': 'ដក {name} ចេញ',
		'countries.multi.placeholder': 'វាយបញ្ចូលឈ្មោះ ឬលេខកូដ ISO3',
		'countries.multi.submit': 'បន្ថែម',
		'countries.multi.full':
			'ការប្រៀបធៀបមួយបង្ហាញបានច្រើនបំផុត {count} ប្រទេស៖ សូមដកប្រទេសមួយចេញ ដើម្បីបន្ថែមប្រទេសផ្សេងទៀត។',
		'countries.delete.confirm': 'លុប{what}នេះមែនទេ?',
		'countries.delete.button': 'លុប{what}នេះ',
		'countries.editors.only': 'មានតែអ្នកកែសម្រួលប៉ុណ្ណោះ ដែលអាចផ្លាស់ប្តូរគោលដៅ ដំណាក់កាលសំខាន់ៗ និងគោលនយោបាយបាន។',
		'countries.editors.role': 'គណនីរបស់អ្នកមានតួនាទីជា{role}។ សូមស្នើទៅអ្នកគ្រប់គ្រង ប្រសិនបើអ្នកត្រូវការកែសម្រួល។',
		'countries.editors.signIn': 'ដោយប្រើគណនីអ្នកកែសម្រួល ដើម្បីធ្វើការផ្លាស់ប្តូរ។'
	},
	id: {
		'countries.title': 'Negara',
		'countries.lead':
			'193 Negara Anggota PBB beserta {egdi} {year}, menurut kawasan M49 PBB. Buka sebuah negara untuk melihat profilnya.',
		'countries.search': 'Cari negara',
		'countries.search.placeholder': 'Ketik nama',
		'countries.search.none': 'Tidak ada negara yang cocok dengan “{q}”.',
		'countries.notFound': 'Tidak ada negara dengan kode ISO3 "{code}"',

		'countries.profile.kind': 'Profil negara',
		'countries.profile.title': '{country} — profil negara',
		'countries.profile.headline':
			'EGDI {egdi} pada {year} — kelompok {group}, kelas {code}, peringkat {rank} di dunia dan {position} dari {count} di {region}.',
		'countries.profile.noEgdi': '{country} belum memiliki nilai EGDI.',
		'countries.profile.compare': 'Bandingkan dengan negara sejawat',
		'countries.profile.legend': 'Garis dalam diagram indikator',
		'countries.edition': 'Edisi',
		'countries.mean': 'Rata-rata {area}',
		'countries.worldMean': 'Rata-rata dunia',
		'countries.chart.summary':
			'{code} {country} di setiap edisi dibandingkan dengan rata-rata {region} dan dunia; celah menandakan edisi tanpa nilai.',
		'countries.chart.line': 'Diagram garis {code} untuk {country}, {region}, dan dunia',
		'countries.rank.summary':
			'Posisi {country} dalam peringkat dunia di setiap edisi; peringkat 1 berada di atas.',
		'countries.rank.column': 'Peringkat',
		'countries.rank.chart': 'Diagram garis peringkat EGDI {country} per edisi, peringkat 1 di atas',
		'countries.rank.describe': '{year}: peringkat {rank}',
		'countries.components.title': 'Komponen, {year}',
		'countries.components.summary':
			'Indeks-indeks {country} pada {year} berdampingan, masing-masing dibandingkan dengan rata-rata {region} dan dunia.',
		'countries.components.index': 'Indeks',
		'countries.components.chart':
			'Diagram batang indeks {country} dibandingkan dengan rata-rata kawasan dan dunia',
		'countries.within.title': 'Dalam kawasan {region}, {year}',
		'countries.within.summary':
			'EGDI setiap negara di {region} pada {year}; {country} berada di urutan {position} dari {count}. Garis putus-putus menandai batas kelompok tingkat.',
		'countries.within.place': 'Urutan',
		'countries.within.country': 'Negara',
		'countries.within.worldRank': 'Peringkat dunia',
		'countries.within.chart': 'Diagram sebaran EGDI di {region} dengan {country} disorot',

		'countries.area.region': 'Kawasan',
		'countries.area.other': 'Lainnya',

		'countries.picker.label': 'Negara',
		'countries.picker.show': 'Tampilkan',
		'countries.multi.add': 'Tambah negara',
		'countries.multi.selected': 'Negara terpilih',
		'countries.multi.remove': 'Hapus {name}',
		'countries.multi.placeholder': 'Ketik nama atau kode ISO3',
		'countries.multi.submit': 'Tambah',
		'countries.multi.full':
			'Satu perbandingan menampilkan paling banyak {count} negara: hapus satu untuk menambah yang lain.',
		'countries.delete.confirm': 'Hapus {what} ini?',
		'countries.delete.button': 'Hapus {what} ini',
		'countries.editors.only':
			'Hanya editor yang dapat mengubah target, tonggak capaian, dan kebijakan.',
		'countries.editors.role':
			'Akun Anda memiliki peran {role}; mintalah kepada administrator jika Anda perlu mengedit.',
		'countries.editors.signIn': 'dengan akun editor untuk membuat perubahan.'
	}
});
