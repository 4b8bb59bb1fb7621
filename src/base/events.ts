/**
 * Every public event of Awas, with its detail. Details are plain data an analytics tag could log
 * without harm: never quiz answers or anything typed by the reader.
 */
export interface AwasErrorDetail {
  /** Stable machine-readable code, e.g. 'content-http', 'bad-attribute', 'stale-content'. */
  code: string;
  /** Plain-words explanation (English, for the page author). */
  message: string;
}

export interface AwasEventMap {
  'awas-error': AwasErrorDetail;
  'awas-safe-exit': { href: string; trigger: 'button' | 'keyboard' };
  'awas-contact': { hotlineId: string; channel: string };
  'awas-quiz-start': { questionCount: number };
  'awas-quiz-complete': { band: string; flagCount: number; questionCount: number };
  'awas-slide-change': { index: number; exampleId: string };
  'awas-flags-reveal': { exampleId: string };
}

export type AwasEventName = keyof AwasEventMap;

declare global {
  interface GlobalEventHandlersEventMap {
    'awas-error': CustomEvent<AwasErrorDetail>;
    'awas-safe-exit': CustomEvent<AwasEventMap['awas-safe-exit']>;
    'awas-contact': CustomEvent<AwasEventMap['awas-contact']>;
    'awas-quiz-start': CustomEvent<AwasEventMap['awas-quiz-start']>;
    'awas-quiz-complete': CustomEvent<AwasEventMap['awas-quiz-complete']>;
    'awas-slide-change': CustomEvent<AwasEventMap['awas-slide-change']>;
    'awas-flags-reveal': CustomEvent<AwasEventMap['awas-flags-reveal']>;
  }
}
