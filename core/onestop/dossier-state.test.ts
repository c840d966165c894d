import { describe, expect, it } from 'vitest';
import {
  canTransitionDossier,
  type DossierState,
  dossierStateLabelsVi,
  dossierStates,
  fromNationalStatusCode,
  hasDossierEnded,
  isClockPausedIn,
  listAllowedTransitions,
  toNationalStatusCode,
} from './dossier-state';

// Flow: NĐ 61/2018, TT 01/2018 (vn-regulations.md §1); national status codes 1–10 (§1 [practice]).
describe('dossier transitions', () => {
  it('lets reception receive, refuse or ask for a supplement', () => {
    expect(canTransitionDossier('submitted', 'received')).toBe(true);
    expect(canTransitionDossier('submitted', 'refused')).toBe(true);
    expect(canTransitionDossier('submitted', 'awaiting_supplement')).toBe(true);
  });

  it('lets an immediate-result procedure go from received straight to finished', () => {
    expect(canTransitionDossier('received', 'finished')).toBe(true);
  });

  it('does not return a result that is not finished', () => {
    expect(canTransitionDossier('in_progress', 'returned')).toBe(false);
    expect(canTransitionDossier('finished', 'returned')).toBe(true);
  });

  it('refuses only at reception: a refusal after appraisal is a result and goes to finished', () => {
    expect(canTransitionDossier('in_progress', 'refused')).toBe(false);
    expect(canTransitionDossier('in_progress', 'finished')).toBe(true);
  });

  it('resumes a supplemented dossier either at reception or in processing', () => {
    expect(canTransitionDossier('awaiting_supplement', 'received')).toBe(true);
    expect(canTransitionDossier('awaiting_supplement', 'in_progress')).toBe(true);
  });

  it('does not let a citizen withdraw once the result is ready', () => {
    expect(canTransitionDossier('finished', 'withdrawn')).toBe(false);
    expect(canTransitionDossier('in_progress', 'withdrawn')).toBe(true);
  });

  it('leaves returned, refused, withdrawn and stopped with no way out', () => {
    for (const state of ['returned', 'refused', 'withdrawn', 'stopped'] as const) {
      expect(listAllowedTransitions(state)).toEqual([]);
    }
  });

  it('reaches every state from submitted', () => {
    const reached = new Set<DossierState>(['submitted']);
    const queue: DossierState[] = ['submitted'];
    for (let state = queue.shift(); state; state = queue.shift()) {
      for (const next of listAllowedTransitions(state)) {
        if (!reached.has(next)) queue.push(next);
        reached.add(next);
      }
    }
    expect([...reached].sort()).toEqual([...dossierStates].sort());
  });
});

describe('national status codes', () => {
  it('maps each state to one of the ten codes and back', () => {
    const codes = dossierStates.map(toNationalStatusCode);
    expect([...codes].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const state of dossierStates) {
      expect(fromNationalStatusCode(toNationalStatusCode(state))).toBe(state);
    }
  });

  it('maps 5 to awaiting supplement and 10 to returned, and nothing to 11', () => {
    expect(fromNationalStatusCode(5)).toBe('awaiting_supplement');
    expect(fromNationalStatusCode(10)).toBe('returned');
    expect(fromNationalStatusCode(11)).toBeNull();
  });

  it('labels states with the national wording', () => {
    expect(dossierStateLabelsVi.finished).toBe('Đã xử lý xong');
  });
});

describe('hasDossierEnded', () => {
  it('ends a dossier when processed, returned, stopped, refused or withdrawn (QĐ 766)', () => {
    const ended = dossierStates.filter(hasDossierEnded);
    expect(ended.sort()).toEqual(['finished', 'refused', 'returned', 'stopped', 'withdrawn']);
  });
});

describe('isClockPausedIn', () => {
  it('stops the clock while waiting for a supplement', () => {
    expect(isClockPausedIn('awaiting_supplement')).toBe(true);
    expect(isClockPausedIn('in_progress')).toBe(false);
  });

  it('stops the clock for a financial obligation unless the setting says otherwise', () => {
    expect(isClockPausedIn('awaiting_payment')).toBe(true);
    expect(isClockPausedIn('awaiting_payment', { paymentPausesClock: false })).toBe(false);
  });
});
