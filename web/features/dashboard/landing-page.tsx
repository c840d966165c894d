import { lazy } from 'react';
import { useActiveGrant } from '../auth/active-grant';
import { useSignedInUser } from '../auth/auth-api';

const SteeringPage = lazy(() =>
  import('./steering-page').then((m) => ({ default: m.SteeringPage })),
);
const HeadPage = lazy(() => import('./head-page').then((m) => ({ default: m.HeadPage })));
const HomePage = lazy(() => import('../home/home-page').then((m) => ({ default: m.HomePage })));

/**
 * Who lands where (issue 5): Sở Nội vụ and the province's leaders on the steering dashboard, a
 * unit's head on the unit's own figures, everyone else on the home page.
 */
export function LandingPage() {
  const user = useSignedInUser();
  const { activeGrant } = useActiveGrant();
  if (user.roles.some((g) => g.role === 'reform_steering' || g.role === 'leader')) {
    return <SteeringPage />;
  }
  const head =
    activeGrant?.role === 'unit_head'
      ? activeGrant
      : user.roles.find((g) => g.role === 'unit_head');
  if (head) return <HeadPage unitCode={head.unitCode} />;
  return <HomePage />;
}
