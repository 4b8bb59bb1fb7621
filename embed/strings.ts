/**
 * Words that only the static (no-JavaScript) embed pages use. Everything else comes from the widgets' own tables
 * in src/i18n/, so a page reads the same before and after it upgrades to the widget.
 */
import { defineStrings } from '../src/i18n/strings.js';

export const embedStrings = defineStrings({
  id: {
    cannotTap: 'Nomor tidak bisa diketuk? Catat nomornya, lalu hubungi lewat aplikasi Telepon atau WhatsApp.',
    quizIntro: 'Jawab sendiri {n} pertanyaan ini tentang tawaran kerja Anda. Ketuk sebuah pertanyaan untuk melihat jawaban mana yang menjadi tanda bahaya.',
    riskyYes: 'Tanda bahaya bila jawaban Anda "Ya":',
    riskyNo: 'Tanda bahaya bila jawaban Anda "Tidak":',
    unknownAnswer: 'Bila jawaban Anda "Tidak tahu", itu juga tanda bahaya: cari tahu dulu sebelum berangkat.',
    swipe: 'Geser ke samping untuk melihat contoh berikutnya.',
    examplesRegion: 'Contoh-contoh, bisa digeser',
    stepCallKp2mi: 'Ragu? Telepon KP2MI dari Indonesia, gratis:',
  },
  en: {
    cannotTap: 'Can’t tap a number? Write it down, then call it from your Phone or WhatsApp app.',
    quizIntro: 'Answer these {n} questions about your job offer for yourself. Tap a question to see which answer is a warning sign.',
    riskyYes: 'A warning sign if your answer is "Yes":',
    riskyNo: 'A warning sign if your answer is "No":',
    unknownAnswer: 'If your answer is "I don’t know", that is a warning sign too: find out before you go.',
    swipe: 'Swipe sideways to see the next example.',
    examplesRegion: 'Examples, scrollable sideways',
    stepCallKp2mi: 'Not sure? Call KP2MI from Indonesia, free of charge:',
  },
});
