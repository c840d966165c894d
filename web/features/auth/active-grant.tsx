import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { CurrentUser } from '../../../contracts/auth';
import type { Role } from '../../../core/auth/roles';

export interface ActiveGrant {
  role: Role;
  unitCode: string;
  unitName: string;
}

interface ActiveGrantContextValue {
  /** The role and unit the user works as now; pages filter by its unit by default. */
  activeGrant: ActiveGrant | null;
  setActiveGrant: (grant: ActiveGrant) => void;
}

const ActiveGrantContext = createContext<ActiveGrantContextValue | null>(null);

const storageKey = 'cchc.activeGrant';

export function grantKey(grant: { role: string; unitCode: string }): string {
  return `${grant.role}@${grant.unitCode}`;
}

function readStoredKey(userId: number): string | null {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as {
      userId?: number;
      key?: string;
    } | null;
    return stored?.userId === userId && typeof stored.key === 'string' ? stored.key : null;
  } catch {
    return null;
  }
}

function storeKey(userId: number, key: string): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify({ userId, key }));
  } catch {
    // Private mode or a full storage: the choice lasts until the page is reloaded.
  }
}

export function ActiveGrantProvider({
  user,
  children,
}: {
  user: CurrentUser;
  children: ReactNode;
}) {
  const [chosenKey, setChosenKey] = useState(() => readStoredKey(user.id));

  // A stored choice the user no longer holds (roles changed) falls back to the first role.
  const activeGrant = useMemo<ActiveGrant | null>(
    () => user.roles.find((g) => grantKey(g) === chosenKey) ?? user.roles[0] ?? null,
    [user.roles, chosenKey],
  );

  const setActiveGrant = useCallback(
    (grant: ActiveGrant) => {
      const key = grantKey(grant);
      storeKey(user.id, key);
      setChosenKey(key);
    },
    [user.id],
  );

  const value = useMemo(() => ({ activeGrant, setActiveGrant }), [activeGrant, setActiveGrant]);
  return <ActiveGrantContext.Provider value={value}>{children}</ActiveGrantContext.Provider>;
}

export function useActiveGrant(): ActiveGrantContextValue {
  const value = useContext(ActiveGrantContext);
  if (!value) throw new Error('useActiveGrant is used outside ActiveGrantProvider');
  return value;
}
