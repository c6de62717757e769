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
	'countries.profile.kind': 'Profil negara',
	'countries.profile.title': '{country} — profil negara',
	'countries.profile.headline':
		'EGDI {egdi} pada {year} — kelompok {group}, kelas {code}; peringkat {rank} di dunia, {subPosition} dari {subCount} di {subregion} dan {position} dari {count} di {region}.',
	'countries.profile.noEgdi': '{country} belum memiliki nilai EGDI.',
	'countries.profile.compare': 'Bandingkan dengan negara sejawat',
	'countries.profile.legend': 'Garis dalam diagram indikator',
	'countries.profile.changeSince': 'Perubahan EGDI sejak {year}: {change}'
} satisfies Translation<typeof en>;
