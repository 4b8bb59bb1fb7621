import { defineStrings } from './strings.js';

export const safeExitStrings = defineStrings({
  id: {
    label: 'Keluar cepat',
    shortcutHint: 'atau tekan Shift 3 kali',
    progressOne: 'Tekan Shift 1 kali lagi untuk keluar',
    progressMany: 'Tekan Shift {n} kali lagi untuk keluar',
    leaving: 'Keluar…',
    historyNote:
      'Tombol ini langsung membuka situs lain, tetapi riwayat browser masih mencatat halaman ini. Agar tidak meninggalkan jejak, buka halaman ini di mode penyamaran (incognito) atau hapus riwayat browser.',
  },
  en: {
    label: 'Quick exit',
    shortcutHint: 'or press Shift 3 times',
    progressOne: 'Press Shift 1 more time to exit',
    progressMany: 'Press Shift {n} more times to exit',
    leaving: 'Leaving…',
    historyNote:
      'This button opens another site at once, but your browser history still lists this page. To leave no trace, open this page in a private (incognito) window or clear your browser history.',
  },
});
