/**
 * Words of the embed page around the widget. Everything in the widget comes from the widget's own tables in src/i18n/.
 */
import { defineStrings } from '../src/i18n/strings.js';

export const embedStrings = defineStrings({
  id: {
    cannotTap: 'Nomor tidak bisa diketuk? Catat nomornya, lalu hubungi lewat aplikasi Telepon atau WhatsApp.',
  },
  en: {
    cannotTap: 'Can’t tap a number? Write it down, then call it from your Phone or WhatsApp app.',
  },
});
