import { canAccessUnit } from '../../../core/auth/access';
import type { Actor } from '../../http/request-context';
import type { DossierRow } from './dossiers.repo';

/** The units a dossier belongs to for scope checks: where it was received, who leads, where it is. */
export function pathsOfDossier(d: DossierRow): string[] {
  return [d.receivingUnitPath, d.unitPath, d.currentUnitPath];
}

export function canReadDossier(actor: Actor, d: DossierRow): boolean {
  return pathsOfDossier(d).some((p) => canAccessUnit(actor.grants, 'dossiers.read', p));
}

export function canProcessDossier(actor: Actor, d: DossierRow): boolean {
  return pathsOfDossier(d).some((p) => canAccessUnit(actor.grants, 'dossiers.process', p));
}
