import type { MapColumn } from '../model/types';

/**
 * What an activity is, as data: no React, no screens. The model (the activity id type, the
 * stored-data schema, map places), the summary and the shell all read it from
 * `definitions.ts`, so an activity declares these facts once, in its own folder.
 */
export interface ActivityDefinition {
  /** Stored in every page and route: never change an id once sessions use it. */
  readonly id: string;
  /** i18n key (common namespace) of its name; also the session screen button's accessible name. */
  readonly titleKey: string;
  /** i18n key (common namespace) of a one-line description for the worker. */
  readonly descriptionKey: string;
  /** i18n key (summary namespace) of its name in the summary's list of activities. */
  readonly summaryNameKey: string;
  /** Its drawing places and the map column each one's content goes to (none for the scale). */
  readonly places: readonly ActivityPlace[];
  /**
   * It saves 0-10 answers with two ends in words (session.scales, each marked with this
   * activity's id). The summary lists them under the child's scales, and the load-survival test
   * gives such an activity an answer to keep.
   */
  readonly scaleAnswers?: boolean;
  /**
   * i18n namespace of its own strings (locales/<lang>/<namespace>.json), if it has one: loaded
   * with every language, with nothing to register by hand.
   */
  readonly namespace?: string;
  /**
   * Prompt keys it saves without a namespace start with this (e.g. 'scale.' for
   * 'scale.followUp.higher'): they are read from its namespace ('scale:followUp.higher').
   */
  readonly storedPromptPrefix?: string;
  /**
   * i18n key (summary namespace) of the summary's sentence for a sticker the child put in one of
   * its places ({{name}}, {{sticker}}, {{place}}); without one, a plain sentence that fits any place.
   */
  readonly stickerSentenceKey?: string;
}

export interface ActivityPlace {
  readonly place: string;
  readonly column: MapColumn;
  /** i18n key (namespace common) of the place's name, e.g. 'places.house-of-worries'. */
  readonly nameKey: string;
}
