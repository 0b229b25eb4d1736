import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

const storageKey = 'schakel.district';

interface DistrictChoice {
  /** The chosen district's code, or undefined for all districts. */
  district: string | undefined;
  setDistrict(code: string | undefined): void;
}

const DistrictContext = createContext<DistrictChoice | undefined>(undefined);

/**
 * The district the user works in, remembered in this browser. A placeholder for now: once
 * users have roles per district (sign-in issue), the choice is limited to their own districts.
 */
export function DistrictProvider({ children }: { children: ReactNode }) {
  const [district, setState] = useState(() => localStorage.getItem(storageKey) ?? undefined);
  const setDistrict = useCallback((code: string | undefined) => {
    if (code) localStorage.setItem(storageKey, code);
    else localStorage.removeItem(storageKey);
    setState(code);
  }, []);
  const value = useMemo(() => ({ district, setDistrict }), [district, setDistrict]);
  return <DistrictContext.Provider value={value}>{children}</DistrictContext.Provider>;
}

export function useDistrict(): DistrictChoice {
  const choice = useContext(DistrictContext);
  if (!choice) throw new Error('useDistrict needs a DistrictProvider');
  return choice;
}
