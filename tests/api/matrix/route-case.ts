import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../helpers/test-app';

/**
 * The authorization matrix (issue 2): every /api route registers a case here. Users of the
 * fixture: `owner` holds the route's permission over Huyện Can Lộc (443), `intruder` holds the
 * same role over Huyện Thạch Hà (445) only.
 */
export interface MatrixFixture {
  t: TestApp;
  owner: string;
  intruder: string;
  /** A new commune under Can Lộc that the case may change or close. */
  createCanLocCommune(): Promise<{ code: string; id: number; name: string }>;
  /** A new user with one role in Can Lộc. */
  createCanLocUser(): Promise<{ id: number; username: string }>;
  nextCode(prefix: string): string;
}

export type RouteCase =
  | { route: string; kind: 'public' }
  /** Acts on the caller's own account; there is no other unit's data to reach. */
  | { route: string; kind: 'self'; request(f: MatrixFixture): Promise<InjectOptions> }
  /** Readable by every signed-in user on purpose; `reason` says why. */
  | {
      route: string;
      kind: 'shared';
      reason: string;
      request(f: MatrixFixture): Promise<InjectOptions>;
    }
  | {
      route: string;
      kind: 'scoped';
      /** A fresh request on Can Lộc data; called once for the owner and once for the intruder. */
      request(f: MatrixFixture): Promise<InjectOptions>;
      /**
       * Who succeeds instead of `f.owner`, for data held only at the province (the calendar):
       * a province administrator such as the demo `admin`. The intruder stays a district's.
       */
      owner?: string;
      /**
       * Who is refused instead of `f.intruder`, when the route's permission is not held by system
       * administrators (one-stop clerks): the fixture's `mc445`, a clerk of Thạch Hà (445).
       */
      intruder?: string;
      /** For lists the intruder gets 200 with its own scope: check that nothing of Can Lộc leaked. */
      assertNoLeak?(response: LightMyRequestResponse, f: MatrixFixture): void;
    };
