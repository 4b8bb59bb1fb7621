/** English: the same keys as ./id.ts (TypeScript checks each part with `satisfies`). */
import type { Locale } from '../languages.js';

export const name = 'English' satisfies Locale['name'];

export const locale = 'en-GB' satisfies Locale['locale'];

export const scale = { million: 'million', billion: 'billion', trillion: 'trillion' } satisfies Locale['scale'];

export const hotlineCard = {
  heading: 'Need help? Contact an official service',
  intro: 'Unsure about a job offer abroad, or do you or your family need help? Contact one of these services.',
  introAbroad: 'If you are abroad and need help, contact these services. The numbers below can be reached from abroad.',
  phone: 'Call',
  whatsapp: 'WhatsApp',
  sms: 'SMS',
  web: 'Website',
  email: 'Email',
  free: 'Free',
  hours24: '24 hours',
  languages: 'Languages: {list}',
  copy: 'Copy',
  copyNumber: 'number {number}',
  copyButtonDone: 'Copied',
  copied: 'Number {number} copied',
  selected: 'Number {number} is selected. Long-press and choose Copy.',
  saveContact: 'Save contact',
  saveContactFor: '{name} to your phone',
  checked: 'Source checked {date}',
  called: 'Called {date} by {by} — answered',
  source: 'Source: {name}, {date}',
  fromPage: 'Number from this website',
  callCheck: 'Check the number works before you need it.',
  freeSpoken: 'free of charge',
  localOnly: 'Only callable from within {country}',
  countryId: 'Indonesia',
  countryKh: 'Cambodia',
  moreOthers: 'more contacts',
  moreCopy: 'copy',
  moreSave: 'save',
  moreSource: 'source',
  allServices: 'All services ({count})',
} satisfies Locale['hotlineCard'];

export const riskQuiz = {
  heading: 'Is this job offer safe?',
  allAtOnce: 'See all {n} questions at once, with their warning signs',
  showList: 'Show all questions in one list',
  intro: 'Answer {n} short questions about what you have seen and checked yourself, not what the recruiter says. You will see which warning signs there are and what to do.',
  privacy: 'Your answers are not saved or sent anywhere.',
  progress: 'Question {n} of {total}',
  yes: 'Yes',
  no: 'No',
  unknown: "I don't know",
  back: 'Back',
  listen: 'Listen',
  stop: 'Stop',
  submit: 'See the result',
  missing: 'Please answer every question first ({n} left).',
  unanswered: 'Not answered yet',
  result: 'Result',
  tinggi: 'High risk',
  waspada: 'Be careful',
  rendah: 'No warning sign in your answers',
  sumTinggi: 'This offer shows signs of human trafficking or a job scam. Do not leave and do not pay anything until you have checked it.',
  sumWaspada: 'This offer has warning signs. Check it before you accept.',
  sumUnknown: 'You do not know the answers to these important questions yet. That is a warning sign in itself: do not leave and do not pay anything until you have checked.',
  sumRendah: 'This does not mean the offer is safe: recruiters can lie, and this quiz only reads your answers. Before you leave, still do the two things below.',
  flags: 'Warning signs we saw ({n})',
  critical: 'Serious warning sign',
  unknownNote: 'You answered "I don\'t know". Find out before you go.',
  source: 'Source',
  steps: 'What to do',
  stepsAnyway: 'Two things to do anyway',
  stepPassport: 'Never hand your passport to a recruiter or an employer.',
  stepCall: 'Not sure? Ask one of the official services below first.',
  stepAsk: 'Ask one of the official services below whether the company and the job are official.',
  restart: 'Start again',
  share: 'Share with family',
  shareText: 'Got a job offer abroad with a big salary? Be careful: it may be a scam or human trafficking. Check it first with this quiz:',
} satisfies Locale['riskQuiz'];

export const selfCheck = {
  intro: 'Answer these {n} questions about your job offer for yourself. Tap a question to see which answer is a warning sign.',
  riskyYes: 'A warning sign if your answer is "Yes":',
  riskyNo: 'A warning sign if your answer is "No":',
  unknownAnswer: 'If your answer is "I don’t know", that is a warning sign too: find out before you go.',
} satisfies Locale['selfCheck'];

export const safeExit = {
  label: 'Quick exit',
  shortcutHint: 'or press Shift 3 times',
  progressOne: 'Press Shift 1 more time to exit',
  progressMany: 'Press Shift {n} more times to exit',
  leaving: 'Leaving…',
  historyNote:
    'This button opens another site at once, but your browser history still lists this page. To leave no trace, open this page in a private (incognito) window or clear your browser history.',
} satisfies Locale['safeExit'];

export const scamCarousel = {
  label: 'Examples of job scams',
  badge: 'Scam example',
  slideOf: 'Example {n} of {total}',
  previous: 'Previous example',
  next: 'Next example',
  picker: 'Choose an example',
  start: 'Start slide show',
  stop: 'Stop slide show',
  show: 'Show the red flags',
  hide: 'Hide the red flags',
  hint: 'There are {n} red flags. Can you spot them?',
  flagN: 'Red flag {n}:',
  source: 'Source:',
  pattern: 'Made up from a real pattern. Names and numbers are fictional. Pattern reported by',
  you: 'You:',
  post: 'Like · Comment · Share',
  apply: 'Apply now',
} satisfies Locale['scamCarousel'];

export const statsTicker = {
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
} satisfies Locale['statsTicker'];

export const shared = {
  opensNewTab: '(opens in a new tab)',
} satisfies Locale['shared'];

export const embedPage = {
  cannotTap: 'Can’t tap a number? Write it down, then call it from your Phone or WhatsApp app.',
} satisfies Locale['embedPage'];

export const frameTitle = {
  'hotline-card': 'Awas: official hotlines',
  'risk-quiz': 'Awas: quiz, is this job offer safe?',
  'scam-carousel': 'Awas: examples of fake job offers',
  'stats-ticker': 'Awas: trafficking and job-scam figures',
} satisfies Locale['frameTitle'];

/** The WordPress block's own frame around the widget options of `editor`: its panels and the attributes every widget has. */
export const blockEditor = {
  panel: 'Awas widget',
  advanced: 'Advanced',
  byDefault: '— default —',
  knownIds: 'Built-in ids: {ids}.',
  widget: 'Widget',
  lang: 'Language',
  theme: 'Colours',
  'content-src': 'Your own content file (JSON URL)',
  'content-integrity': 'Content integrity hash (sha384-…)',
} satisfies Locale['blockEditor'];

/**
 * what the form doors (the embed builder, the WordPress block) call each widget and the options of its OPTIONS
 * (components/<name>/defaults.ts): a label, a help line, names for values. A value without a name shows as itself.
 */
export const editor = {
  'hotline-card': {
    name: 'Hotline card',
    help: 'Official hotlines: phone, WhatsApp, web.',
    options: {
      from: { label: 'Readers are in', help: 'Decides which hotlines come first. Toll-free and short numbers can only be called inside their own country.' },
      hotlines: { label: 'Hotlines shown' },
      layout: { label: 'Card layout', values: { full: 'Full', compact: 'Compact (names and call buttons only, for sidebars)' } },
      limit: { label: 'Services shown first', help: 'The other services sit behind "All services".' },
      heading: { label: 'Title', help: 'Leave empty for the widget’s own title.' },
      'heading-level': { label: 'Heading level', help: 'Match your page’s heading structure; usually h2.', values: { 1: 'h1', 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } },
      'link-target': {
        label: 'Web links open in',
        values: { '': 'A new tab', _blank: 'Always a new tab', _top: 'The whole window (when the widget is in an iframe)', _self: 'The same tab' },
      },
    },
  },
  'risk-quiz': {
    name: 'Risk quiz',
    help: '"Is this job offer safe?" Scored on the reader’s phone.',
    options: {
      questions: { label: 'Questions' },
      mode: { label: 'How questions are asked', values: { step: 'One at a time', list: 'All at once' } },
      heading: { label: 'Title', help: 'Leave empty for the widget’s own title.' },
      from: { label: 'Readers are in', help: 'Decides which hotlines the quiz result shows. Toll-free and short numbers can only be called inside their own country.' },
      hotlines: { label: 'Hotlines on the quiz result' },
    },
  },
  'scam-carousel': {
    name: 'Scam examples',
    help: 'Fake job offers with their red flags.',
    options: {
      examples: { label: 'Examples' },
      autoplay: { label: 'Rotate automatically (with a pause button; stops when the reader touches it)' },
      interval: { label: 'Seconds per example' },
      reveal: { label: 'Red flags', values: { tap: 'Shown after a button press', always: 'Shown from the start' } },
    },
  },
  'stats-ticker': {
    name: 'Figures',
    help: 'Official figures with their source and date.',
    options: {
      stats: { label: 'Figures' },
      mode: { label: 'Motion', values: { static: 'Still (grid)', rotate: 'One figure at a time', marquee: 'Running row' } },
      interval: { label: 'Seconds per figure' },
      animate: { label: 'Count up once when it comes into view' },
    },
  },
  'safe-exit': {
    name: 'Quick exit',
    help: 'A button for readers who may be watched.',
    options: {
      href: { label: 'Destination page', help: 'A neutral site the button opens. Leave empty for a weather search.' },
      position: {
        label: 'Button position',
        values: { inline: 'Where the code is pasted', 'top-right': 'Floating, top right', 'top-left': 'Floating, top left', 'bottom-right': 'Floating, bottom right', 'bottom-left': 'Floating, bottom left' },
      },
      'show-note': { label: 'Show a note that the browser history still lists this page' },
      'no-shortcut': { label: 'Turn off the Shift × 3 shortcut (when a page has two exit buttons)' },
    },
  },
};
