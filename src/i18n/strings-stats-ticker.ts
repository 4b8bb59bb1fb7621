import { defineStrings } from './strings.js';

export const statsTickerStrings = defineStrings({
  id: {
    region: 'Angka tentang TPPO dan penipuan online',
    pause: 'Jeda',
    play: 'Putar',
    previous: 'Angka sebelumnya',
    next: 'Angka berikutnya',
    position: '{n} dari {total}',
    source: 'Sumber:',
    checked: 'Sumber dicek {date}',
    asOf: 'per {date}',
    'more-than': 'lebih dari',
    'at-least': 'sedikitnya',
    about: 'sekitar',
  },
  en: {
    region: 'Figures on trafficking and online scams',
    pause: 'Pause',
    play: 'Play',
    previous: 'Previous figure',
    next: 'Next figure',
    position: '{n} of {total}',
    source: 'Source:',
    checked: 'Source checked {date}',
    asOf: 'as of {date}',
    'more-than': 'more than',
    'at-least': 'at least',
    about: 'about',
  },
});
