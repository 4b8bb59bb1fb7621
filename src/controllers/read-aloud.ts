/**
 * ReadAloudController: reads a text aloud with the Web Speech API.
 * - Only with a voice installed on the device (`localService`) for the requested language: a network voice would
 *   send the text (for the quiz, a result derived from the reader's answers) to a speech server.
 * - `voice(lang)` tells whether reading aloud is possible now; the host re-renders when the browser's voice list
 *   arrives (`voiceschanged`, asynchronous in Chromium).
 * - One text at a time, identified by a key (`speaking`); speaking again or `cancel()` stops the current one;
 *   everything stops when the host leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../i18n/lang.js';

/** 'id-ID' → 'id', 'in_ID' (old Android) → 'id', 'en-GB' → 'en'. */
function primaryLang(tag: string | undefined): string {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'in' ? 'id' : primary;
}

export class ReadAloudController implements ReactiveController {
  /** Key of the text being read now; undefined when silent. */
  speaking?: string;
  private synth?: SpeechSynthesis;
  private utterance?: SpeechSynthesisUtterance;
  private readonly onVoices = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    const synth = typeof SpeechSynthesisUtterance === 'function' ? window.speechSynthesis : undefined;
    this.synth = synth && typeof synth.getVoices === 'function' ? synth : undefined;
    this.synth?.addEventListener?.('voiceschanged', this.onVoices);
  }

  hostDisconnected(): void {
    this.cancel();
    this.synth?.removeEventListener?.('voiceschanged', this.onVoices);
    this.synth = undefined;
  }

  /** An on-device voice for `lang`, or undefined when the text cannot be read aloud. */
  voice(lang: Lang): SpeechSynthesisVoice | undefined {
    const voices = this.synth?.getVoices() ?? [];
    return voices.find((v) => v.localService !== false && primaryLang(v.lang) === lang);
  }

  /** Read `text` in `lang`; stops whatever was being read. Returns false when no voice is available. */
  speak(key: string, text: string, lang: Lang): boolean {
    const voice = this.voice(lang);
    if (!voice || !this.synth) return false;
    this.cancel();
    // Also stops another widget's reading: two voices at once help no one.
    this.synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = utterance.onerror = () => {
      // A cancelled utterance also ends, later: only the current one may reset the state.
      if (this.utterance !== utterance) return;
      this.utterance = this.speaking = undefined;
      this.host.requestUpdate();
    };
    this.utterance = utterance;
    this.speaking = key;
    this.synth.speak(utterance);
    this.host.requestUpdate();
    return true;
  }

  /** Stop reading. */
  cancel(): void {
    if (!this.utterance) return;
    this.utterance = this.speaking = undefined;
    this.synth?.cancel();
    this.host.requestUpdate();
  }
}
