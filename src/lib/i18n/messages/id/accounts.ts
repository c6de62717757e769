import type { Translation } from '../../define';
import type en from '../en/accounts';

/** Indonesian: see ../en/accounts.ts. */
export default {
	'accounts.email': 'Email',
	'accounts.password': 'Kata sandi',
	'accounts.name': 'Nama',
	'accounts.role': 'Peran',
	'accounts.login.lead': 'Editor, analis, dan administrator masuk untuk mengubah dasbor.',
	'accounts.login.help':
		'Belum punya akun? Administrator membuat akun dan memberi Anda kata sandi awal untuk diganti.',
	'accounts.auth.missing': 'Masukkan email dan kata sandi Anda.',
	'accounts.auth.wrong': 'Email atau kata sandi salah.',
	'accounts.auth.blockedAccount_one':
		'Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam {minutes} menit.',
	'accounts.auth.blockedAccount_other':
		'Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam {minutes} menit.',
	'accounts.auth.blockedAddress_one':
		'Terlalu banyak percobaan masuk yang gagal dari alamat jaringan Anda. Coba lagi dalam {minutes} menit.',
	'accounts.auth.blockedAddress_other':
		'Terlalu banyak percobaan masuk yang gagal dari alamat jaringan Anda. Coba lagi dalam {minutes} menit.',
	'accounts.guard.signIn': 'Masuk untuk melakukan ini.',
	'accounts.guard.role': 'Ini memerlukan peran {role}.',
	'accounts.password.tooShort': 'Kata sandi harus terdiri dari sedikitnya {min} karakter.',
	'accounts.password.common':
		'Kata sandi ini termasuk yang pertama dicoba orang. Pilih yang lain, misalnya beberapa kata yang tidak berhubungan.',
	'accounts.password.personal':
		'Kata sandi ini dibuat dari alamat email atau nama Anda sendiri. Pilih yang lain, misalnya beberapa kata yang tidak berhubungan.',
	'accounts.password.tooLong': 'Kata sandi paling banyak {max} karakter.',
	'accounts.account.title': 'Akun Anda',
	'accounts.account.changed': 'Kata sandi Anda sudah diganti. {link}.',
	'accounts.account.goOn': 'Lanjut ke dasbor',
	'accounts.account.mustChange':
		'Anda masuk dengan kata sandi sekali pakai. Pilih kata sandi Anda sendiri untuk melanjutkan.',
	'accounts.account.change': 'Ganti kata sandi Anda',
	'accounts.account.current': 'Kata sandi saat ini',
	'accounts.account.new': 'Kata sandi baru',
	'accounts.account.again': 'Ulangi kata sandi baru',
	'accounts.account.hint':
		'Sedikitnya {min} karakter; beberapa kata yang tidak saling berkaitan menjadi kata sandi yang baik.',
	'accounts.account.submit': 'Ganti kata sandi',
	'accounts.account.wrongCurrent': 'Ini bukan kata sandi Anda saat ini.',
	'accounts.account.sameAsCurrent': 'Pilih kata sandi yang berbeda dari yang sekarang.',
	'accounts.account.differ': 'Kedua kata sandi baru tidak sama.',
	'accounts.logout.button': 'Keluar dari dasbor',
	'accounts.users.title': 'Pengguna',
	'accounts.users.lead':
		'Pembaca hanya membaca; editor juga mengubah target, tonggak capaian, dan kebijakan; analis juga menerbitkan data; admin juga mengelola pengguna. Setiap perubahan di sini dicatat di {audit}.',
	'accounts.users.auditLink': 'log audit',
	'accounts.users.caption': 'Semua akun',
	'accounts.users.status': 'Status',
	'accounts.users.created': 'Dibuat',
	'accounts.users.actions': 'Tindakan',
	'accounts.users.you': '(Anda)',
	'accounts.users.roleOf': 'Peran {name}',
	'accounts.users.change': 'Ubah',
	'accounts.users.active': 'Aktif',
	'accounts.users.inactive': 'Dinonaktifkan',
	'accounts.users.pending': 'kata sandi awal belum diganti',
	'accounts.users.deactivate': 'Nonaktifkan',
	'accounts.users.reactivate': 'Aktifkan kembali',
	'accounts.users.invite': 'Undang seseorang',
	'accounts.users.inviteHint':
		'Akun dibuat dengan kata sandi sekali pakai yang ditampilkan sekali di halaman berikutnya. Berikan kepada orang tersebut; ia memilih kata sandinya sendiri saat pertama kali masuk.',
	'accounts.users.inviteButton': 'Undang',
	'accounts.users.noSuchUser': 'Pengguna tersebut tidak ada.',
	'accounts.users.notYourself':
		'Anda tidak dapat mengubah peran sendiri atau menonaktifkan diri sendiri.',
	'accounts.users.emailTaken': 'Sudah ada pengguna dengan email {email}.',
	'accounts.users.emailInvalid': 'Masukkan alamat email seperti {example}.',
	'accounts.users.nameMissing': 'Masukkan nama orang tersebut.',
	'accounts.users.nameTooLong': 'Nama paling banyak {max} karakter.',
	'accounts.users.roleInvalid':
		'Peran harus salah satu dari {viewer}, {editor}, {analyst}, {admin}.',
	'accounts.users.alreadyRole': '{name} sudah memiliki peran {role}.',
	'accounts.users.lastAdmin': '{name} adalah admin aktif terakhir.',
	'accounts.users.nowRole': '{name} kini memiliki peran {role}.',
	'accounts.users.reactivated': '{name} dapat masuk lagi.',
	'accounts.users.deactivated':
		'{name} dinonaktifkan: keluar di semua perangkat, token API dicabut.',
	'accounts.invited.title': '{name} diundang sebagai {role}',
	'accounts.invited.text':
		'Berikan kepada {name} emailnya, {email}, dan kata sandi sekali pakai ini. Kata sandi ini hanya ditampilkan sekali ini; ia memilih kata sandinya sendiri saat pertama kali masuk.',
	'accounts.invited.copy': 'Salin',
	'accounts.invited.copied': 'Disalin',
	'accounts.audit.title': 'Log audit',
	'accounts.audit.lead':
		'Siapa mengubah apa dan kapan: akun, target, tonggak capaian, kebijakan, dan data. Terbaru lebih dulu.',
	'accounts.audit.none': 'Belum ada yang dicatat.',
	'accounts.audit.range': 'Entri {first}–{last} dari {total}',
	'accounts.audit.when': 'Waktu',
	'accounts.audit.who': 'Oleh',
	'accounts.audit.what': 'Tindakan',
	'accounts.audit.subject': 'Subjek',
	'accounts.audit.details': 'Rincian',
	'accounts.audit.pagesLabel': 'Halaman log audit',
	'accounts.audit.newer': 'Lebih baru',
	'accounts.audit.older': 'Lebih lama',
	'accounts.audit.page': 'Halaman {page} dari {pages}',
	'accounts.audit.badPage': 'Halaman harus berupa angka mulai dari 1.',
	'accounts.audit.pages_one': 'Log audit memiliki {count} halaman.',
	'accounts.audit.pages_other': 'Log audit memiliki {count} halaman.'
} satisfies Translation<typeof en>;
