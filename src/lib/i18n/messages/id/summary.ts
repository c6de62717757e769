import type { Translation } from '../../define';
import type en from '../en/summary';

/** Indonesian: see ../en/summary.ts. */
export default {
	'summary.eyebrow': 'Ringkasan eksekutif · Survei E-Government PBB {year}',
	'summary.headline':
		'Pembangunan e-government tingkat {group} (kelas {code}) — peringkat {rank} dari {ranked}{change}.',
	'summary.headline.change': ', {places} sejak {year}',
	'summary.places.up_one': 'naik {count} peringkat',
	'summary.places.up_other': 'naik {count} peringkat',
	'summary.places.down_one': 'turun {count} peringkat',
	'summary.places.down_other': 'turun {count} peringkat',
	'summary.places.same': 'peringkat tetap',
	'summary.noEgdi': 'Belum ada nilai EGDI yang tercatat untuk {country}.',
	'summary.focusCountry': 'Negara fokus',
	'summary.fullProfile': 'Profil lengkap',
	'summary.brief': 'Ringkasan satu halaman',
	'summary.edition': 'Edisi',
	'summary.rank': 'Peringkat',
	'summary.trend.title': 'EGDI dan komponennya, {from}–{to}',
	'summary.trend.summary':
		'EGDI {country} adalah {egdi} pada {year}. EGDI adalah rata-rata {osi} (OSI), {tii} (TII), dan {hci} (HCI); celah menandakan edisi tanpa nilai.',
	'summary.trend.chart': 'Diagram garis EGDI, OSI, TII, dan HCI {country} per edisi',
	'summary.compare.title': 'Perbandingan {country}, {year}',
	'summary.compare.summary':
		'EGDI {country} ({egdi}) dibandingkan dengan rata-rata EGDI {groups}, setiap kelompok dengan anggotanya pada edisi {year}.',
	'summary.compare.same':
		'{groups}: {n} negara yang sama pada {year}, ditampilkan sebagai satu batang.',
	'summary.compare.group': 'Kelompok',
	'summary.compare.countries': 'Jumlah negara',
	'summary.compare.mean': '{group} (rata-rata)',
	'summary.compare.bar': 'Rata-rata {group} dari {n} negara: {value}',
	'summary.compare.chart': 'Diagram batang EGDI {country} dibandingkan dengan rata-rata kelompok',
	'summary.peers.title': 'Negara-negara {group}, {year}',
	'summary.peers.country': 'Negara',
	'summary.peers.class': 'Kelas',
	'summary.peers.change': 'Perubahan EGDI',
	'summary.peers.places': 'Perubahan peringkat',
	'summary.peers.note':
		'Perubahan sejak edisi penilaian sebelumnya dari setiap negara. EGDI bersifat relatif: skalanya disesuaikan ulang setiap edisi, sehingga perubahan sebagian mencerminkan kemajuan negara lain.',
	'summary.cards.label': 'Angka utama',
	'summary.cards.egdi': 'EGDI {year}',
	'summary.cards.group': 'Kelompok {group} · kelas penilaian {code}',
	'summary.cards.ladder': 'Kelas penilaian dari L1 hingga VH; {country} berada di {code}',
	'summary.cards.of': 'dari {ranked}',
	'summary.cards.up_one': '▲ naik {count} peringkat sejak {year}',
	'summary.cards.up_other': '▲ naik {count} peringkat sejak {year}',
	'summary.cards.down_one': '▼ turun {count} peringkat sejak {year}',
	'summary.cards.down_other': '▼ turun {count} peringkat sejak {year}',
	'summary.cards.same': '■ tidak berubah sejak {year}',
	'summary.cards.first': 'Edisi penilaian pertama',
	'summary.cards.changeSince': 'Perubahan sejak {year}',
	'summary.cards.changeSincePrevious': 'Perubahan sejak edisi sebelumnya',
	'summary.cards.next': 'Kelas penilaian berikutnya',
	'summary.cards.toReach': 'untuk mencapai {code}, yang negara terendahnya bernilai {min}',
	'summary.cards.entersGroup': 'Langkah itu juga masuk ke kelompok {group}.',
	'summary.cards.top': 'Teratas',
	'summary.cards.highest': '{country} berada di kelas tertinggi, VH.',
	'summary.plan.label': 'Target dan tonggak capaian',
	'summary.plan.example': '(contoh)',
	'summary.plan.exampleNote':
		'Target contoh, bukan target resmi: gantilah dengan target kebijakan itu sendiri.',
	'summary.plan.noTarget': 'Belum ada target yang tercatat.',
	'summary.plan.next': 'Tonggak capaian berikutnya',
	'summary.plan.noMilestone': 'Tidak ada tonggak capaian yang direncanakan.',
	'summary.plan.lastDone': 'Terakhir selesai: {title} ({date}).'
} satisfies Translation<typeof en>;
