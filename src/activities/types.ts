import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { ActivityId, Page, Session } from '../model/types';
import type { ActivityDefinition } from './definition';
import type { SessionStore } from '../store/sessionStore';
import type { BlobStore } from '../store/blobStore';
import type { InkPictureStore } from '../canvas/inkPicture';

export interface ActivityScreenProps {
  store: SessionStore;
  /** Where recordings' audio is kept (encrypted vault, or memory in practice). */
  blobs: BlobStore;
  /** Pictures of pages' ink, so pages with many strokes open fast; none in practice mode. */
  pictures?: InkPictureStore;
  /** Practice mode: nothing is saved; the screen shows a sign saying so. */
  practice: boolean;
  /** The place (house, bubble) in the route, if any. */
  place?: string;
  /** Go to a place of this activity (undefined = the activity's overview). */
  goTo(place?: string): void;
  /** The activity ended: in a session, the hand-back screen (the child's space); in practice, the start screen. */
  exit(): void;
  /**
   * A step any activity may offer at its end (the safety scale's one question), when a registered
   * activity declares one (its registry entry's `ClosingStep`). The shell passes it in, so no
   * activity imports another's screens.
   */
  closingStep?: ComponentType<ClosingStepProps>;
}

/** What a closing step is given: the session, and where to go when the child is done with it. */
export interface ClosingStepProps {
  store: SessionStore;
  onDone(): void;
}

/** What the worker's session screen gives an activity's panel there. */
export interface WorkerPanelProps {
  store: SessionStore;
  /** Every session on this device, for what looks across visits. */
  sessions: () => readonly Session[];
}

/** How an activity looks and loads: what the registry adds to its definition. */
export interface ActivityScreens {
  icon: () => ReactNode;
  Screen: LazyExoticComponent<ComponentType<ActivityScreenProps>>;
  /** Fetches the screen's code ahead of time (e.g. while the worker types the passphrase). */
  preload(): Promise<unknown>;
  /** Its part of the worker's session screen, if any (renders nothing when there is nothing to show). */
  WorkerPanel?: LazyExoticComponent<ComponentType<WorkerPanelProps>>;
  /**
   * Loads what is drawn behind each of its pages (a house, a bubble), so exports can show a
   * drawing as the child saw it. Absent for activities without drawing pages.
   */
  pageBackground?: () => Promise<{ default: PageBackgroundOf }>;
  /**
   * A step other activities may offer at their end (at most one activity declares one); the shell
   * hands it to every activity's screen as `closingStep`.
   */
  ClosingStep?: LazyExoticComponent<ComponentType<ClosingStepProps>>;
}

/** The Konva background behind a page of this session, or undefined when it has none. */
export type PageBackgroundOf = (session: Session, page: Page) => ComponentType | undefined;

/** What the shell needs to know about an activity: enough to list it, route to it and load it. */
export interface ActivityManifest extends ActivityDefinition, ActivityScreens {
  id: ActivityId;
}

/** One drawing place of a places activity (a house, a bubble). */
export interface PlaceConfig {
  place: string;
  /** i18n keys of the open, neutral prompts the worker can show, in order. */
  promptKeys: string[];
  /** Konva shapes drawn behind the child's drawing. */
  Background: ComponentType;
  /** Small picture for buttons and the overview (SVG, decorative). */
  Picture: ComponentType;
}

/** What a part that is not a drawing page is given (e.g. the Safety House's path). */
export interface AnswerPartProps {
  store: SessionStore;
  practice: boolean;
}

/**
 * A part of a places activity that is not a drawing page: a tab and an overview card beside the
 * drawing places, showing its own screen (e.g. a 0-10 answer with two ends in words). What it
 * saves is its own business (usually a scale answer marked with the activity's id).
 */
export interface AnswerPartConfig {
  part: string;
  /** i18n key of its name (any namespace, e.g. 'safetyHouse:parts.path'). */
  nameKey: string;
  /** Small picture for its tab and card (SVG, decorative). */
  Picture: ComponentType;
  Screen: ComponentType<AnswerPartProps>;
}

/** A places activity: a few drawing pages around one theme (Three Houses, Wizards and Fairies). */
export interface PlacesActivityConfig {
  id: ActivityId;
  titleKey: string;
  places: PlaceConfig[];
  /** The place suggested first (good things are often easier for an anxious child). */
  suggestedFirst: string;
  /** i18n keys for the overview's question and the closing screen's thank-you. */
  chooseKey: string;
  closingKey: string;
  /** Symbols the child can pick for a place (sticker ids from the catalogue). */
  symbols: string[];
  /** When set, the worker can reword a place's prompt (saved as the page's customPrompt). */
  promptEditing?: PromptEditingKeys;
  /** Parts that are not drawing pages, shown after the places (tabs and overview cards). */
  answerParts?: AnswerPartConfig[];
}

/** i18n keys (any namespace, e.g. 'wizards:changeQuestion.button') for rewording a prompt. */
export interface PromptEditingKeys {
  /** The worker's button on each page, e.g. "Change the question". */
  buttonKey: string;
  titleKey: string;
  /** The text field's label, e.g. "Question". */
  fieldKey: string;
  /** Going back to the activity's own prompts. */
  resetKey: string;
}
