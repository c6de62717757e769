import { defineMessages } from '../define';

/** Compare: up to eight countries side by side, their notices, charts and tables. */
export default defineMessages({
	en: {
		'compare.pageTitle': 'Compare {names}',
		'compare.pageTitleEmpty': 'Compare',
		'compare.eyebrow': 'Compare · UN E-Government Survey',
		'compare.eyebrowYears': 'Compare · UN E-Government Survey {from}–{to}',
		'compare.title': 'Compare countries',
		'compare.headline.one': '**{name}**: EGDI **{egdi}** in {year}.',
		'compare.headline.oneRanked': '**{name}**: EGDI **{egdi}** in {year}, rank {rank} of {total}.',
		'compare.headline.leads': '**{names}** leads in {year} with an EGDI of **{egdi}**',
		'compare.headline.share': '**{names}** share the lead in {year} with an EGDI of **{egdi}**',
		'compare.headline.rank': '\u00a0(rank {rank} of {total})',
		'compare.headline.ahead': ', **{gap}** ahead of {name}',
		'compare.headline.end': '.',
		'compare.lowest': 'Lowest: {name} at {value}, {gap} behind the leader.',
		'compare.missing': 'No {year} value for {names}.',
		'compare.noEgdi': 'No {year} EGDI for {names}.',
		'compare.intro': 'Up to {max} countries side by side on every indicator.',
		'compare.notices': 'Notices',
		'compare.notice.didYouMean': 'Did you mean {link}?',
		'compare.notice.unknown_one': 'No country has the code or name {entries}; it was left out.',
		'compare.notice.unknown_other':
			'No country has the codes or names {entries}; they were left out.',
		'compare.notice.over':
			'A comparison shows up to {max} countries, so the first {max} are shown; left out: {names}.',
		'compare.notice.noMatch': 'No country matches {asked}.',
		'compare.notice.full': 'A comparison shows up to {max} countries: remove one to add {name}.',
		'compare.quote': '“{text}”',
		'compare.list.two': '{rest} and {last}',
		'compare.list.many': '{rest} and {last}',
		'compare.selection': 'Countries compared',
		'compare.picker.add': 'Add a country',
		'compare.legend': 'Countries',
		'compare.trends.title': 'Every indicator over time',
		'compare.trends.note':
			"The indices are relative: they are re-scaled every edition, so a change partly reflects other countries' progress.",
		'compare.trends.methodology': 'Methodology',
		'compare.empty.title': 'No country selected',
		'compare.empty.text':
			'Add a country with the field above — by name or ISO3 code — to see it beside up to {others} others, or start from {link}.',
		'compare.empty.link': 'the default comparison',

		'compare.trend.rank': 'rank {rank}',
		'compare.trend.rankTitle': '{rank} (1 = best)',
		'compare.trend.rankSummary':
			'EGDI rank by edition, {years}, drawn with rank 1 (the best) at the top.',
		'compare.trend.summary': '{name} by edition, {years}.',
		'compare.trend.single': 'In {year}, {name}: {value}.',
		'compare.trend.bestWorst':
			'In {year}, {best} is highest ({bestValue}) and {worst} lowest ({worstValue}).',
		'compare.trend.bestWorstRank':
			'In {year}, {best} is best placed ({bestValue}) and {worst} lowest placed ({worstValue}).',
		'compare.trend.gaps': 'Gaps are editions without a value.',
		'compare.trend.edition': 'Edition',
		'compare.trend.svgTitle': 'Line chart of {title} by edition for {names}',
		'compare.trend.point': '{name}, {year}: {value}',

		'compare.latest.title': 'Latest components side by side, {year}',
		'compare.latest.chartTitle': 'EGDI and its components, {year}',
		'compare.latest.summary':
			'The EGDI is the mean of the {osi} (OSI), {tii} (TII) and {hci} (HCI). One bar per country, in the order of the legend.',
		'compare.latest.svgTitle':
			'Grouped bar chart of the EGDI, OSI, TII and HCI of each country in {year}',
		'compare.latest.bar': '{name}, {component}: {value}',
		'compare.latest.notAssessed': 'not assessed',
		'compare.latest.caption': 'Ranked by EGDI, {year}',
		'compare.latest.rankOf': '(rank of {total})',
		'compare.latest.country': 'Country',
		'compare.latest.rank': 'Rank'
	},
	km: {
		'compare.pageTitle': 'ប្រៀបធៀប {names}',
		'compare.pageTitleEmpty': 'ប្រៀបធៀប',
		'compare.eyebrow': 'ប្រៀបធៀប · ការស្ទង់មតិរដ្ឋាភិបាលអេឡិចត្រូនិករបស់អង្គការសហប្រជាជាតិ',
		'compare.eyebrowYears': 'ប្រៀបធៀប · ការស្ទង់មតិរដ្ឋាភិបាលអេឡិចត្រូនិករបស់អង្គការសហប្រជាជាតិ {from}–{to}',
		'compare.title': 'ប្រៀបធៀបប្រទេស',
		'compare.headline.one': '**{name}**៖ EGDI **{egdi}** ក្នុងឆ្នាំ {year}។',
		'compare.headline.oneRanked':
			'**{name}**៖ EGDI **{egdi}** ក្នុងឆ្នាំ {year} ស្ថិតនៅចំណាត់ថ្នាក់ទី {rank} ក្នុងចំណោម {total}។',
		'compare.headline.leads': '**{names}** នាំមុខក្នុងឆ្នាំ {year} ដោយមាន EGDI **{egdi}**',
		'compare.headline.share': '**{names}** នាំមុខស្មើគ្នាក្នុងឆ្នាំ {year} ដោយមាន EGDI **{egdi}**',
		'compare.headline.rank': '\u00a0(ចំណាត់ថ្នាក់ទី {rank} ក្នុងចំណោម {total})',
		'compare.headline.ahead': ' ខ្ពស់ជាង {name} ចំនួន **{gap}**',
		'compare.headline.end': '។',
		'compare.lowest': 'ទាបបំផុត៖ {name} មាន {value} ទាបជាងប្រទេសនាំមុខ {gap}។',
		'compare.missing': 'គ្មានតម្លៃឆ្នាំ {year} សម្រាប់ {names} ទេ។',
		'compare.noEgdi': 'គ្មាន EGDI ឆ្នាំ {year} សម្រាប់ {names} ទេ។',
		'compare.intro': 'ប្រៀបធៀបប្រទេសរហូតដល់ {max} ទន្ទឹមគ្នា លើគ្រប់សូចនាករ។',
		'compare.notices': 'សេចក្តីជូនដំណឹង',
		'compare.notice.didYouMean': 'តើអ្នកចង់សំដៅលើ {link} មែនទេ?',
		'compare.notice.unknown_one': 'គ្មានប្រទេសណាមានកូដ ឬឈ្មោះ {entries} ទេ ដូច្នេះវាត្រូវបានដកចេញ។',
		'compare.notice.unknown_other': 'គ្មានប្រទេសណាមានកូដ ឬឈ្មោះ {entries} ទេ ដូច្នេះពួកវាត្រូវបានដកចេញ។',
		'compare.notice.over':
			'ការប្រៀបធៀបមួយបង្ហាញបានច្រើនបំផុត {max} ប្រទេស ដូច្នេះមានតែ {max} ប្រទេសដំបូងប៉ុណ្ណោះដែលត្រូវបានបង្ហាញ។ ប្រទេសដែលត្រូវបានដកចេញ៖ {names}។',
		'compare.notice.noMatch': 'គ្មានប្រទេសណាត្រូវនឹង {asked} ទេ។',
		'compare.notice.full':
			'ការប្រៀបធៀបមួយបង្ហាញបានច្រើនបំផុត {max} ប្រទេស៖ សូមដកប្រទេសមួយចេញ ដើម្បីបន្ថែម {name}។',
		'compare.quote': '«{text}»',
		'compare.list.two': '{rest} និង {last}',
		'compare.list.many': '{rest} និង {last}',
		'compare.selection': 'ប្រទេសដែលកំពុងប្រៀបធៀប',
		'compare.picker.add': 'បន្ថែមប្រទេស',
		'compare.legend': 'ប្រទេស',
		'compare.trends.title': 'គ្រប់សូចនាករតាមពេលវេលា',
		'compare.trends.note':
			'សន្ទស្សន៍ទាំងនេះជាតម្លៃធៀប៖ វាត្រូវបានកំណត់មាត្រដ្ឋានឡើងវិញនៅរៀងរាល់ការបោះពុម្ព ដូច្នេះបម្រែបម្រួលមួយផ្នែកឆ្លុះបញ្ចាំងពីវឌ្ឍនភាពរបស់ប្រទេសដទៃ។',
		'compare.trends.methodology': 'វិធីសាស្ត្រ',
		'compare.empty.title': 'មិនទាន់បានជ្រើសរើសប្រទេសណាមួយទេ',
		'compare.empty.text':
			'បន្ថែមប្រទេសមួយតាមរយៈប្រអប់ខាងលើ — ដោយឈ្មោះ ឬកូដ ISO3 — ដើម្បីមើលវាទន្ទឹមនឹងប្រទេសផ្សេងទៀតរហូតដល់ {others} ឬចាប់ផ្តើមពី{link}។',
		'compare.empty.link': 'ការប្រៀបធៀបលំនាំដើម',

		'compare.trend.rank': 'ចំណាត់ថ្នាក់ទី {rank}',
		'compare.trend.rankTitle': '{rank} (1 = ល្អបំផុត)',
		'compare.trend.rankSummary':
			'ចំណាត់ថ្នាក់ EGDI តាមការបោះពុម្ព {years} ដោយដាក់ចំណាត់ថ្នាក់ទី 1 (ល្អបំផុត) នៅខាងលើ។',
		'compare.trend.summary': '{name} តាមការបោះពុម្ព {years}។',
		'compare.trend.single': 'ក្នុងឆ្នាំ {year} {name}៖ {value}។',
		'compare.trend.bestWorst':
			'ក្នុងឆ្នាំ {year} {best} ខ្ពស់បំផុត ({bestValue}) ហើយ {worst} ទាបបំផុត ({worstValue})។',
		'compare.trend.bestWorstRank':
			'ក្នុងឆ្នាំ {year} {best} មានចំណាត់ថ្នាក់ល្អបំផុត ({bestValue}) ហើយ {worst} មានចំណាត់ថ្នាក់ទាបបំផុត ({worstValue})។',
		'compare.trend.gaps': 'ចន្លោះដែលដាច់ គឺជាការបោះពុម្ពដែលគ្មានតម្លៃ។',
		'compare.trend.edition': 'ការបោះពុម្ព',
		'compare.trend.svgTitle': 'គំនូសតាងខ្សែនៃ {title} តាមការបោះពុម្ព សម្រាប់ {names}',
		'compare.trend.point': '{name}, {year}៖ {value}',

		'compare.latest.title': 'សមាសធាតុចុងក្រោយបង្អស់ទន្ទឹមគ្នា ឆ្នាំ {year}',
		'compare.latest.chartTitle': 'EGDI និងសមាសធាតុរបស់វា ឆ្នាំ {year}',
		'compare.latest.summary':
			'EGDI គឺជាមធ្យមនៃ{osi} (OSI) {tii} (TII) និង{hci} (HCI)។ របារមួយសម្រាប់ប្រទេសនីមួយៗ តាមលំដាប់ក្នុងតារាងសម្គាល់។',
		'compare.latest.svgTitle': 'គំនូសតាងរបារជាក្រុមនៃ EGDI, OSI, TII និង HCI របស់ប្រទេសនីមួយៗក្នុងឆ្នាំ {year}',
		'compare.latest.bar': '{name}, {component}៖ {value}',
		'compare.latest.notAssessed': 'មិនបានវាយតម្លៃ',
		'compare.latest.caption': 'តម្រៀបតាម EGDI ឆ្នាំ {year}',
		'compare.latest.rankOf': '(ចំណាត់ថ្នាក់ក្នុងចំណោម {total})',
		'compare.latest.country': 'ប្រទេស',
		'compare.latest.rank': 'ចំណាត់ថ្នាក់'
	},
	id: {
		'compare.pageTitle': 'Bandingkan {names}',
		'compare.pageTitleEmpty': 'Bandingkan',
		'compare.eyebrow': 'Bandingkan · Survei E-Government PBB',
		'compare.eyebrowYears': 'Bandingkan · Survei E-Government PBB {from}–{to}',
		'compare.title': 'Bandingkan negara',
		'compare.headline.one': '**{name}**: EGDI **{egdi}** pada {year}.',
		'compare.headline.oneRanked':
			'**{name}**: EGDI **{egdi}** pada {year}, peringkat {rank} dari {total}.',
		'compare.headline.leads': '**{names}** memimpin pada {year} dengan EGDI **{egdi}**',
		'compare.headline.share': '**{names}** sama-sama memimpin pada {year} dengan EGDI **{egdi}**',
		'compare.headline.rank': '\u00a0(peringkat {rank} dari {total})',
		'compare.headline.ahead': ', unggul **{gap}** atas {name}',
		'compare.headline.end': '.',
		'compare.lowest': 'Terendah: {name} dengan {value}, {gap} di bawah negara teratas.',
		'compare.missing': 'Tidak ada nilai {year} untuk {names}.',
		'compare.noEgdi': 'Tidak ada EGDI {year} untuk {names}.',
		'compare.intro': 'Hingga {max} negara berdampingan pada setiap indikator.',
		'compare.notices': 'Pemberitahuan',
		'compare.notice.didYouMean': 'Maksud Anda {link}?',
		'compare.notice.unknown_one':
			'Tidak ada negara dengan kode atau nama {entries}; entri itu tidak disertakan.',
		'compare.notice.unknown_other':
			'Tidak ada negara dengan kode atau nama {entries}; entri-entri itu tidak disertakan.',
		'compare.notice.over':
			'Perbandingan menampilkan paling banyak {max} negara, jadi hanya {max} negara pertama yang ditampilkan; tidak disertakan: {names}.',
		'compare.notice.noMatch': 'Tidak ada negara yang cocok dengan {asked}.',
		'compare.notice.full':
			'Perbandingan menampilkan paling banyak {max} negara: hapus satu untuk menambahkan {name}.',
		'compare.quote': '“{text}”',
		'compare.list.two': '{rest} dan {last}',
		'compare.list.many': '{rest}, dan {last}',
		'compare.selection': 'Negara yang dibandingkan',
		'compare.picker.add': 'Tambahkan negara',
		'compare.legend': 'Negara',
		'compare.trends.title': 'Setiap indikator dari waktu ke waktu',
		'compare.trends.note':
			'Indeks ini bersifat relatif: diskalakan ulang pada setiap edisi, sehingga perubahan sebagian mencerminkan kemajuan negara lain.',
		'compare.trends.methodology': 'Metodologi',
		'compare.empty.title': 'Belum ada negara yang dipilih',
		'compare.empty.text':
			'Tambahkan negara melalui kolom di atas — dengan nama atau kode ISO3 — untuk melihatnya bersama hingga {others} negara lain, atau mulai dari {link}.',
		'compare.empty.link': 'perbandingan bawaan',

		'compare.trend.rank': 'peringkat {rank}',
		'compare.trend.rankTitle': '{rank} (1 = terbaik)',
		'compare.trend.rankSummary':
			'Peringkat EGDI per edisi, {years}, dengan peringkat 1 (terbaik) di bagian atas.',
		'compare.trend.summary': '{name} per edisi, {years}.',
		'compare.trend.single': 'Pada {year}, {name}: {value}.',
		'compare.trend.bestWorst':
			'Pada {year}, {best} tertinggi ({bestValue}) dan {worst} terendah ({worstValue}).',
		'compare.trend.bestWorstRank':
			'Pada {year}, {best} berperingkat terbaik ({bestValue}) dan {worst} berperingkat terendah ({worstValue}).',
		'compare.trend.gaps': 'Bagian yang terputus adalah edisi tanpa nilai.',
		'compare.trend.edition': 'Edisi',
		'compare.trend.svgTitle': 'Diagram garis {title} per edisi untuk {names}',
		'compare.trend.point': '{name}, {year}: {value}',

		'compare.latest.title': 'Komponen terbaru berdampingan, {year}',
		'compare.latest.chartTitle': 'EGDI dan komponennya, {year}',
		'compare.latest.summary':
			'EGDI adalah rata-rata {osi} (OSI), {tii} (TII), dan {hci} (HCI). Satu batang per negara, sesuai urutan legenda.',
		'compare.latest.svgTitle':
			'Diagram batang berkelompok EGDI, OSI, TII, dan HCI setiap negara pada {year}',
		'compare.latest.bar': '{name}, {component}: {value}',
		'compare.latest.notAssessed': 'tidak dinilai',
		'compare.latest.caption': 'Diurutkan menurut EGDI, {year}',
		'compare.latest.rankOf': '(peringkat dari {total})',
		'compare.latest.country': 'Negara',
		'compare.latest.rank': 'Peringkat'
	}
});
