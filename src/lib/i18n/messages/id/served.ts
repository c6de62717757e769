import type en from '../en/served';
import type { Translation } from '../../define';

/** Indonesian: see ../en/served.ts. */
export default {
	'served.card.achieved': 'Nilai terbaru sudah memenuhi target.',
	'served.card.growth': '{growth}.',
	'served.card.growthRank': '{growth} (pada angka peringkat, makin kecil makin baik).',
	'served.card.cannotAssess':
		'Diperlukan sedikitnya dua edisi sejak tahun dasar untuk menilai kemajuan.',
	'served.card.verdict.meets':
		'Pada laju teramati ({observed} per tahun sejak {from}) nilainya {value} pada {year}: target tercapai.',
	'served.card.verdict.short':
		'Pada laju teramati ({observed} per tahun sejak {from}) nilainya {value} pada {year}: di bawah target, {target}.',
	'served.scrollHint': 'Geser ke samping untuk melihat semua kolom →',
	'served.trend.controls': 'Jelajahi grafik',
	'served.trend.view': 'Tampilkan',
	'served.trend.view.value': 'Nilai',
	'served.trend.view.change': 'Perubahan sejak suatu edisi',
	'served.trend.view.index': 'Indeks (edisi itu = 100)',
	'served.trend.since': 'Sejak edisi',
	'served.trend.apply': 'Terapkan',
	'served.trend.caption.change': 'perubahan sejak {year}',
	'served.trend.caption.index': 'indeks, {year} = 100',
	'served.trend.add': 'Tambahkan negara ke grafik',
	'served.trend.choose': 'Pilih negara…',
	'served.trend.added': 'Ditambahkan:',
	'served.trend.remove': 'Hapus {country} dari grafik',
	'served.trend.unknown': 'Tidak ada negara dengan kode atau nama {entries}; tidak disertakan.',
	'served.trend.full':
		'Grafik memuat paling banyak {max} negara tambahan; tidak disertakan: {names}.',
	'served.profile.notFound': 'Tidak ada negara dengan kode ISO3 "{code}"',
	'served.profile.income': '{income} (Bank Dunia, sekitar {year})',
	'served.profile.edition': 'Edisi',
	'served.profile.chart.summary':
		'{code} {country} di setiap edisi dibandingkan dengan rata-rata {region} dan dunia; celah menandakan edisi tanpa nilai.',
	'served.profile.chart.line': 'Diagram garis {code} untuk {country}, {region}, dan dunia',
	'served.profile.rank.summary':
		'Posisi {country} dalam peringkat dunia di setiap edisi; peringkat 1 berada di atas.',
	'served.profile.rank.chart':
		'Diagram garis peringkat EGDI {country} per edisi, peringkat 1 di atas',
	'served.profile.rank.describe': '{year}: peringkat {rank}',
	'served.countries.area.region': 'Kawasan',
	'served.countries.area.other': 'Lainnya',
	'served.profile.mean': 'Rata-rata {area}',
	'served.profile.worldMean': 'Rata-rata dunia',
	'served.profile.components.title': 'Komponen, {year}',
	'served.profile.components.summary':
		'Indeks-indeks {country} pada {year} berdampingan, masing-masing dibandingkan dengan rata-rata {region} dan dunia.',
	'served.profile.components.index': 'Indeks',
	'served.profile.components.chart':
		'Diagram batang indeks {country} dibandingkan dengan rata-rata kawasan dan dunia',
	'served.profile.within.title': 'Dalam kawasan {region}, {year}',
	'served.profile.within.summary':
		'EGDI setiap negara di {region} pada {year}; {country} berada di urutan {position} dari {count}. Garis putus-putus menandai batas kelompok tingkat.',
	'served.profile.within.place': 'Urutan',
	'served.profile.within.country': 'Negara',
	'served.profile.within.worldRank': 'Peringkat dunia',
	'served.profile.within.chart': 'Diagram sebaran EGDI di {region} dengan {country} disorot',
	'served.map.editions': 'Peta di setiap edisi',
	'served.map.edition': 'Edisi peta',
	'served.map.play': 'Putar',
	'served.map.pause': 'Jeda',
	'served.map.description':
		'Negara diwarnai menurut {code} dalam {count} langkah sama lebar dari {min} sampai {max}: makin tinggi nilainya, makin pekat warnanya; diarsir jika tidak dinilai; {focus} diberi garis tepi.',
	'served.compare.groupTooLarge':
		'{group} memiliki {count} anggota, lebih dari {max} negara yang dapat ditampilkan satu perbandingan: rata-ratanya dapat ditampilkan di samping negara yang dipilih.',
	'served.compare.groupUnknown': 'Tidak ada kelompok dengan kode {code}.',
	'served.compare.trend.rankTitle': '{rank} (1 = terbaik)',
	'served.compare.trend.rankSummary':
		'Peringkat EGDI per edisi, {years}, dengan peringkat 1 (terbaik) di bagian atas.',
	'served.compare.trend.summary': '{name} per edisi, {years}.',
	'served.compare.trend.single': 'Pada {year}, {name}: {value}.',
	'served.compare.trend.bestWorst':
		'Pada {year}, {best} tertinggi ({bestValue}) dan {worst} terendah ({worstValue}).',
	'served.compare.trend.bestWorstRank':
		'Pada {year}, {best} berperingkat terbaik ({bestValue}) dan {worst} berperingkat terendah ({worstValue}).',
	'served.compare.trend.gaps': 'Bagian yang terputus adalah edisi tanpa nilai.',
	'served.compare.trend.edition': 'Edisi',
	'served.compare.trend.svgTitle': 'Diagram garis {title} per edisi untuk {names}',
	'served.compare.pageTitle': 'Bandingkan {names}',
	'served.compare.pageTitleEmpty': 'Bandingkan',
	'served.compare.headline.one': '**{name}**: EGDI **{egdi}** pada {year}.',
	'served.compare.headline.oneRanked':
		'**{name}**: EGDI **{egdi}** pada {year}, peringkat {rank} dari {total}.',
	'served.compare.headline.leads':
		'**{names}** memimpin {among} pada {year} dengan EGDI **{egdi}**',
	'served.compare.headline.share':
		'**{names}** sama-sama memimpin {among} pada {year} dengan EGDI **{egdi}**',
	'served.compare.headline.rank': ' (peringkat {rank} dari {total})',
	'served.compare.headline.ahead': ', unggul **{gap}** atas {name}',
	'served.compare.headline.end': '.',
	'served.compare.lowest': 'Terendah: {name} dengan {value}, {gap} di bawah negara teratas.',
	'served.compare.missing': 'Tidak ada nilai {year} untuk {names}.',
	'served.compare.noEgdi': 'Tidak ada EGDI {year} untuk {names}.',
	'served.compare.intro': 'Hingga {max} negara berdampingan pada setiap indikator.',
	'served.compare.list.two': '{rest} dan {last}',
	'served.compare.list.many': '{rest}, dan {last}',
	'served.compare.among.chosen': 'di antara {count} negara yang dibandingkan',
	'served.compare.among.group': 'di antara {count} anggota {group}',
	'served.compare.among.groupNearest':
		'di antara anggota {group} dengan peringkat terdekat dengan {country}',
	'served.compare.among.worldNearest': 'di antara negara dengan peringkat terdekat dengan {country}'
} satisfies Translation<typeof en>;
