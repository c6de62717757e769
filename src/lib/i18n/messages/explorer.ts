import { defineMessages } from '../define';

/** The indicator explorer: its headline, map, strip and slope charts, and the ranking. */
export default defineMessages({
	en: {
		'explorer.error.notFound': 'No indicator with the code "{code}"',
		'explorer.pageTitle': '{name} ({code}) {year} — Indicator explorer',
		'explorer.tabs': 'Indicators',
		'explorer.eyebrow': 'Indicator explorer',
		'explorer.heading': '{name} ({code}), {year}',
		'explorer.headingNoEdition': '{name} ({code})',
		'explorer.empty': 'No values of {code} have been imported yet.',
		'explorer.headline.leader': '**{name}** leads with {value}.',
		'explorer.headline.focus':
			'{name} ranks **{rank}** of {total} with {value}, against a median of {median}.',
		'explorer.headline.focusMissing': '{name} was not assessed in {year}.',
		'explorer.notAssessed': 'Not assessed',

		'explorer.controls.label': 'Explorer settings',
		'explorer.controls.edition': 'Edition',
		'explorer.controls.from': 'Compare with',
		'explorer.controls.focus': 'Focus country',
		'explorer.controls.show': 'Show',

		'explorer.col.rank': 'Rank',
		'explorer.col.country': 'Country',
		'explorer.col.region': 'Region',
		'explorer.col.change': 'Change',
		'explorer.col.changeSince': 'Change since {year}',
		'explorer.col.levelGroup': 'Level group',
		'explorer.col.band': 'Band',

		'explorer.map.title': 'World map of {code}, {year}',
		'explorer.map.summary':
			'{count} countries with a value. Small states are drawn as circles. Select a country to open its profile.',
		'explorer.map.summaryMissing':
			'{count} countries with a value; {missing} not assessed (hatched). Small states are drawn as circles. Select a country to open its profile.',
		'explorer.map.tableLink': 'The numbers are in the ranking below',
		'explorer.map.svgTitle': 'Map of {name} by country, {year}',
		'explorer.map.descriptionLevels':
			'Countries coloured by EGDI level group; hatched where not assessed; {focus} outlined.',
		'explorer.map.descriptionBands':
			'Countries coloured by {code} band; hatched where not assessed; {focus} outlined.',
		'explorer.map.legend': 'Map colours',
		'explorer.map.notAssessed': '{name}: not assessed in {year}',
		'explorer.map.value': '{name}: {code} {value}',
		'explorer.map.rank': ', rank {rank}',

		'explorer.strip.title': 'Distribution, {year}',
		'explorer.strip.summary': 'Every assessed country as a dot; {focus} is the large dot.',
		'explorer.strip.summaryLevels':
			'Every assessed country as a dot; {focus} is the large dot. Dashed lines mark level-group boundaries.',
		'explorer.strip.focusFallback': 'the focus country',
		'explorer.strip.svgTitle':
			'Strip chart of {code} across all countries with {focus} highlighted',
		'explorer.stat.label': 'Statistic',
		'explorer.stat.countries': 'Countries',
		'explorer.stat.min': 'Minimum',
		'explorer.stat.median': 'Median',
		'explorer.stat.mean': 'Mean',
		'explorer.stat.max': 'Maximum',
		'explorer.stat.focus': 'Focus',

		'explorer.slope.title': 'From {from} to {year}',
		'explorer.slope.summary':
			"Each line joins a country's {code} in {from} and {year}; rising lines are blue, falling grey. {focus} and the leader are highlighted.",
		'explorer.slope.summaryNoFocus':
			"Each line joins a country's {code} in {from} and {year}; rising lines are blue, falling grey. The leader is highlighted.",
		'explorer.slope.svgTitle': 'Slope chart of {code} between {from} and {year}',

		'explorer.ranking.title': 'Ranking, {year}',
		'explorer.ranking.count': '{count} of {total} countries',
		'explorer.ranking.filter': 'Filter the ranking',
		'explorer.ranking.search': 'Search',
		'explorer.ranking.searchPlaceholder': 'Country name',
		'explorer.ranking.allRegions': 'All regions',
		'explorer.ranking.income': 'Income group',
		'explorer.ranking.allIncomes': 'All income groups',
		'explorer.ranking.group': 'Group',
		'explorer.ranking.allCountries': 'All countries',
		'explorer.ranking.submit': 'Filter',
		'explorer.ranking.clear': 'Clear filters',
		'explorer.ranking.download': 'Download CSV',
		'explorer.ranking.empty': 'No country matches these filters.'
	},
	km: {
		'explorer.error.notFound': 'គ្មានសូចនាករដែលមានកូដ «{code}» ទេ',
		'explorer.pageTitle': '{name} ({code}) {year} — ការរុករកសូចនាករ',
		'explorer.tabs': 'សូចនាករ',
		'explorer.eyebrow': 'ការរុករកសូចនាករ',
		'explorer.heading': '{name} ({code}) ឆ្នាំ {year}',
		'explorer.headingNoEdition': '{name} ({code})',
		'explorer.empty': 'មិនទាន់មានការនាំចូលតម្លៃ {code} នៅឡើយទេ។',
		'explorer.headline.leader': '**{name}** នាំមុខគេដោយមានតម្លៃ {value}។',
		'explorer.headline.focus':
			'{name} ស្ថិតនៅចំណាត់ថ្នាក់ទី **{rank}** ក្នុងចំណោម {total} ប្រទេស ដោយមានតម្លៃ {value} ធៀបនឹងមេដ្យាន {median}។',
		'explorer.headline.focusMissing': '{name} មិនត្រូវបានវាយតម្លៃក្នុងឆ្នាំ {year} ទេ។',
		'explorer.notAssessed': 'មិនបានវាយតម្លៃ',

		'explorer.controls.label': 'ការកំណត់នៃការរុករក',
		'explorer.controls.edition': 'ការបោះពុម្ព',
		'explorer.controls.from': 'ប្រៀបធៀបជាមួយ',
		'explorer.controls.focus': 'ប្រទេសផ្តោត',
		'explorer.controls.show': 'បង្ហាញ',

		'explorer.col.rank': 'ចំណាត់ថ្នាក់',
		'explorer.col.country': 'ប្រទេស',
		'explorer.col.region': 'តំបន់',
		'explorer.col.change': 'បម្រែបម្រួល',
		'explorer.col.changeSince': 'បម្រែបម្រួលធៀបនឹងឆ្នាំ {year}',
		'explorer.col.levelGroup': 'ក្រុមកម្រិត',
		'explorer.col.band': 'ចន្លោះតម្លៃ',

		'explorer.map.title': 'ផែនទីពិភពលោកនៃ {code} ឆ្នាំ {year}',
		'explorer.map.summary':
			'ប្រទេសចំនួន {count} មានតម្លៃ។ រដ្ឋតូចៗត្រូវបានគូរជារង្វង់។ ជ្រើសរើសប្រទេសមួយដើម្បីបើកទំព័រព័ត៌មានរបស់ប្រទេសនោះ។',
		'explorer.map.summaryMissing':
			'ប្រទេសចំនួន {count} មានតម្លៃ ហើយ {missing} មិនបានវាយតម្លៃ (គូសឆូត)។ រដ្ឋតូចៗត្រូវបានគូរជារង្វង់។ ជ្រើសរើសប្រទេសមួយដើម្បីបើកទំព័រព័ត៌មានរបស់ប្រទេសនោះ។',
		'explorer.map.tableLink': 'តួលេខមាននៅក្នុងតារាងចំណាត់ថ្នាក់ខាងក្រោម',
		'explorer.map.svgTitle': 'ផែនទី{name}តាមប្រទេស ឆ្នាំ {year}',
		'explorer.map.descriptionLevels':
			'ប្រទេសត្រូវបានដាក់ពណ៌តាមក្រុមកម្រិត EGDI គូសឆូតនៅកន្លែងដែលមិនបានវាយតម្លៃ ហើយ {focus} មានគូសបន្ទាត់ព័ទ្ធជុំវិញ។',
		'explorer.map.descriptionBands':
			'ប្រទេសត្រូវបានដាក់ពណ៌តាមចន្លោះតម្លៃ {code} គូសឆូតនៅកន្លែងដែលមិនបានវាយតម្លៃ ហើយ {focus} មានគូសបន្ទាត់ព័ទ្ធជុំវិញ។',
		'explorer.map.legend': 'ពណ៌ផែនទី',
		'explorer.map.notAssessed': '{name}៖ មិនបានវាយតម្លៃក្នុងឆ្នាំ {year}',
		'explorer.map.value': '{name}៖ {code} {value}',
		'explorer.map.rank': ' ចំណាត់ថ្នាក់ទី {rank}',

		'explorer.strip.title': 'ការបែងចែក ឆ្នាំ {year}',
		'explorer.strip.summary': 'ប្រទេសនីមួយៗដែលបានវាយតម្លៃត្រូវបានបង្ហាញជាចំណុច ហើយ {focus} ជាចំណុចធំ។',
		'explorer.strip.summaryLevels':
			'ប្រទេសនីមួយៗដែលបានវាយតម្លៃត្រូវបានបង្ហាញជាចំណុច ហើយ {focus} ជាចំណុចធំ។ បន្ទាត់ដាច់ៗសម្គាល់ព្រំដែនរវាងក្រុមកម្រិត។',
		'explorer.strip.focusFallback': 'ប្រទេសផ្តោត',
		'explorer.strip.svgTitle': 'គំនូសតាងចំណុចនៃ {code} សម្រាប់គ្រប់ប្រទេស ដោយរំលេច {focus}',
		'explorer.stat.label': 'ស្ថិតិ',
		'explorer.stat.countries': 'ចំនួនប្រទេស',
		'explorer.stat.min': 'អប្បបរមា',
		'explorer.stat.median': 'មេដ្យាន',
		'explorer.stat.mean': 'មធ្យមភាគ',
		'explorer.stat.max': 'អតិបរមា',
		'explorer.stat.focus': 'ប្រទេសផ្តោត',

		'explorer.slope.title': 'ពីឆ្នាំ {from} ដល់ឆ្នាំ {year}',
		'explorer.slope.summary':
			'បន្ទាត់នីមួយៗភ្ជាប់ {code} របស់ប្រទេសមួយក្នុងឆ្នាំ {from} និងឆ្នាំ {year}។ បន្ទាត់ឡើងមានពណ៌ខៀវ បន្ទាត់ចុះមានពណ៌ប្រផេះ។ {focus} និងប្រទេសនាំមុខត្រូវបានរំលេច។',
		'explorer.slope.summaryNoFocus':
			'បន្ទាត់នីមួយៗភ្ជាប់ {code} របស់ប្រទេសមួយក្នុងឆ្នាំ {from} និងឆ្នាំ {year}។ បន្ទាត់ឡើងមានពណ៌ខៀវ បន្ទាត់ចុះមានពណ៌ប្រផេះ។ ប្រទេសនាំមុខត្រូវបានរំលេច។',
		'explorer.slope.svgTitle': 'គំនូសតាងជម្រាលនៃ {code} រវាងឆ្នាំ {from} និងឆ្នាំ {year}',

		'explorer.ranking.title': 'ចំណាត់ថ្នាក់ ឆ្នាំ {year}',
		'explorer.ranking.count': '{count} ក្នុងចំណោម {total} ប្រទេស',
		'explorer.ranking.filter': 'ត្រងតារាងចំណាត់ថ្នាក់',
		'explorer.ranking.search': 'ស្វែងរក',
		'explorer.ranking.searchPlaceholder': 'ឈ្មោះប្រទេស',
		'explorer.ranking.allRegions': 'គ្រប់តំបន់',
		'explorer.ranking.income': 'ក្រុមចំណូល',
		'explorer.ranking.allIncomes': 'គ្រប់ក្រុមចំណូល',
		'explorer.ranking.group': 'ក្រុម',
		'explorer.ranking.allCountries': 'គ្រប់ប្រទេស',
		'explorer.ranking.submit': 'ត្រង',
		'explorer.ranking.clear': 'សម្អាតតម្រង',
		'explorer.ranking.download': 'ទាញយក CSV',
		'explorer.ranking.empty': 'គ្មានប្រទេសណាត្រូវនឹងតម្រងទាំងនេះទេ។'
	},
	id: {
		'explorer.error.notFound': 'Tidak ada indikator dengan kode "{code}"',
		'explorer.pageTitle': '{name} ({code}) {year} — Penjelajah indikator',
		'explorer.tabs': 'Indikator',
		'explorer.eyebrow': 'Penjelajah indikator',
		'explorer.heading': '{name} ({code}), {year}',
		'explorer.headingNoEdition': '{name} ({code})',
		'explorer.empty': 'Belum ada nilai {code} yang diimpor.',
		'explorer.headline.leader': '**{name}** memimpin dengan {value}.',
		'explorer.headline.focus':
			'{name} berada di peringkat **{rank}** dari {total} dengan {value}, dibandingkan median {median}.',
		'explorer.headline.focusMissing': '{name} tidak dinilai pada {year}.',
		'explorer.notAssessed': 'Tidak dinilai',

		'explorer.controls.label': 'Pengaturan penjelajah',
		'explorer.controls.edition': 'Edisi',
		'explorer.controls.from': 'Bandingkan dengan',
		'explorer.controls.focus': 'Negara fokus',
		'explorer.controls.show': 'Tampilkan',

		'explorer.col.rank': 'Peringkat',
		'explorer.col.country': 'Negara',
		'explorer.col.region': 'Kawasan',
		'explorer.col.change': 'Perubahan',
		'explorer.col.changeSince': 'Perubahan sejak {year}',
		'explorer.col.levelGroup': 'Kelompok tingkat',
		'explorer.col.band': 'Rentang',

		'explorer.map.title': 'Peta dunia {code}, {year}',
		'explorer.map.summary':
			'{count} negara memiliki nilai. Negara kecil digambar sebagai lingkaran. Pilih negara untuk membuka profilnya.',
		'explorer.map.summaryMissing':
			'{count} negara memiliki nilai; {missing} tidak dinilai (diarsir). Negara kecil digambar sebagai lingkaran. Pilih negara untuk membuka profilnya.',
		'explorer.map.tableLink': 'Angkanya ada di tabel peringkat di bawah',
		'explorer.map.svgTitle': 'Peta {name} menurut negara, {year}',
		'explorer.map.descriptionLevels':
			'Negara diwarnai menurut kelompok tingkat EGDI; diarsir jika tidak dinilai; {focus} diberi garis tepi.',
		'explorer.map.descriptionBands':
			'Negara diwarnai menurut rentang {code}; diarsir jika tidak dinilai; {focus} diberi garis tepi.',
		'explorer.map.legend': 'Warna peta',
		'explorer.map.notAssessed': '{name}: tidak dinilai pada {year}',
		'explorer.map.value': '{name}: {code} {value}',
		'explorer.map.rank': ', peringkat {rank}',

		'explorer.strip.title': 'Sebaran, {year}',
		'explorer.strip.summary':
			'Setiap negara yang dinilai ditampilkan sebagai titik; {focus} adalah titik besar.',
		'explorer.strip.summaryLevels':
			'Setiap negara yang dinilai ditampilkan sebagai titik; {focus} adalah titik besar. Garis putus-putus menandai batas kelompok tingkat.',
		'explorer.strip.focusFallback': 'negara fokus',
		'explorer.strip.svgTitle': 'Diagram titik {code} untuk semua negara dengan {focus} disorot',
		'explorer.stat.label': 'Statistik',
		'explorer.stat.countries': 'Jumlah negara',
		'explorer.stat.min': 'Minimum',
		'explorer.stat.median': 'Median',
		'explorer.stat.mean': 'Rata-rata',
		'explorer.stat.max': 'Maksimum',
		'explorer.stat.focus': 'Fokus',

		'explorer.slope.title': 'Dari {from} ke {year}',
		'explorer.slope.summary':
			'Setiap garis menghubungkan {code} suatu negara pada {from} dan {year}; garis naik berwarna biru, garis turun abu-abu. {focus} dan negara teratas disorot.',
		'explorer.slope.summaryNoFocus':
			'Setiap garis menghubungkan {code} suatu negara pada {from} dan {year}; garis naik berwarna biru, garis turun abu-abu. Negara teratas disorot.',
		'explorer.slope.svgTitle': 'Diagram kemiringan {code} antara {from} dan {year}',

		'explorer.ranking.title': 'Peringkat, {year}',
		'explorer.ranking.count': '{count} dari {total} negara',
		'explorer.ranking.filter': 'Saring peringkat',
		'explorer.ranking.search': 'Cari',
		'explorer.ranking.searchPlaceholder': 'Nama negara',
		'explorer.ranking.allRegions': 'Semua kawasan',
		'explorer.ranking.income': 'Kelompok pendapatan',
		'explorer.ranking.allIncomes': 'Semua kelompok pendapatan',
		'explorer.ranking.group': 'Kelompok',
		'explorer.ranking.allCountries': 'Semua negara',
		'explorer.ranking.submit': 'Saring',
		'explorer.ranking.clear': 'Hapus saringan',
		'explorer.ranking.download': 'Unduh CSV',
		'explorer.ranking.empty': 'Tidak ada negara yang cocok dengan saringan ini.'
	}
});
