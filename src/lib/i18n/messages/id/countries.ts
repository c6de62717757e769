import type { Translation } from '../../define';
import type en from '../en/countries';

/** Indonesian: see ../en/countries.ts. */
export default {
	'countries.title': 'Negara',
	'countries.lead':
		'193 Negara Anggota PBB beserta {egdi} {year}, menurut kawasan M49 PBB. Buka sebuah negara untuk melihat profilnya.',
	'countries.search': 'Cari negara',
	'countries.search.placeholder': 'Ketik nama',
	'countries.search.none': 'Tidak ada negara yang cocok dengan “{q}”.',
	'countries.notFound': 'Tidak ada negara dengan kode ISO3 "{code}"',
	'countries.profile.income': '{income} (Bank Dunia, sekitar {year})',
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
	'countries.profile.changeSince': 'Perubahan EGDI sejak {year}: {change}'
} satisfies Translation<typeof en>;
