import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config';
import type { Database, DatabaseKind } from '../db/database';
import { DomainError } from './domain-error';
import { readRequestMeta, type ServiceContext } from './request-context';

/** What the composition root hands to every module. */
export interface AppDeps {
  db: Database;
  dbKind: DatabaseKind;
  config: AppConfig;
}

export function buildServiceContext(deps: AppDeps, request: FastifyRequest): ServiceContext {
  if (!request.actor) throw new DomainError('unauthenticated');
  return {
    db: deps.db,
    provinceCode: deps.config.provinceCode,
    actor: request.actor,
    meta: readRequestMeta(request),
  };
}
