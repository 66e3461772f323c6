import { type ActionVerbs, openingWord } from "./action-verbs";
import { findCliche } from "./cliches";
import { findFirstPerson } from "./first-person";
import { hasMeasurableResult, hasPlaceholder } from "./measurable-result";
import { countWords } from "./normalise";
import type { ResumeBullet } from "./resume-text";
import { findWeakPhrase } from "./weak-phrases";

export const MIN_BULLET_WORDS = 8;
export const MAX_BULLET_WORDS = 30;

/** What the content checks, the suggestions and the content score each need to know about one bullet. */
export interface BulletQuality {
  bullet: ResumeBullet;
  words: number;
  opensWithActionVerb: boolean;
  measurable: boolean;
  weakPhrase?: string;
  firstPerson?: string;
  cliche?: string;
  hasPlaceholder: boolean;
}

export function assessBullet(bullet: ResumeBullet, verbs: ActionVerbs): BulletQuality {
  return {
    bullet,
    words: countWords(bullet.text),
    opensWithActionVerb: verbs.has(openingWord(bullet.text)),
    measurable: hasMeasurableResult(bullet.text),
    weakPhrase: findWeakPhrase(bullet.text),
    firstPerson: findFirstPerson(bullet.text),
    cliche: findCliche(bullet.text),
    hasPlaceholder: hasPlaceholder(bullet.text),
  };
}

export function isGoodLength(q: BulletQuality): boolean {
  return q.words >= MIN_BULLET_WORDS && q.words <= MAX_BULLET_WORDS;
}

/** Free of the language problems the content checks flag. */
export function isCleanlyWorded(q: BulletQuality): boolean {
  return !q.weakPhrase && !q.firstPerson && !q.cliche && !q.hasPlaceholder;
}
