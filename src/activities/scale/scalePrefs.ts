import type { ScaleLook, Session } from '../../model/types';
import { LOOKS, YOUNG_PERSON_LOOKS } from './looks';

/** Age bands whose children are offered the plain, grown-up look from the start. */
const YOUNG_PERSON_AGE_BANDS = new Set(['12to15', '16plus']);

export interface ScalePrefs {
  /** Young person mode: plain looks, neutral colours, no cartoons. */
  young: boolean;
  /** The look a new question starts with. */
  look: ScaleLook;
}

function isLook(v: unknown): v is ScaleLook {
  return typeof v === 'string' && (LOOKS as readonly string[]).includes(v);
}

/**
 * The worker's choices for this session's scales, kept in activityState.scale. Until the
 * worker chooses, a teenager (by the age band given at the start) gets young person mode.
 */
export function scalePrefs(session: Session): ScalePrefs {
  const state = session.activityState.scale ?? {};
  const young = typeof state.youngPerson === 'boolean' ? state.youngPerson : YOUNG_PERSON_AGE_BANDS.has(session.ageBand ?? '');
  const saved = isLook(state.look) ? state.look : undefined;
  const allowed = young ? YOUNG_PERSON_LOOKS : LOOKS;
  return { young, look: saved && allowed.includes(saved) ? saved : allowed[0] };
}
