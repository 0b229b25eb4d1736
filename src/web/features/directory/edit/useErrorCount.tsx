import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';

type Report = (form: string, count: number) => void;
const ErrorCountContext = createContext<Report>(() => {});

/**
 * The errors of all the forms on a page, counted for its title ("(2 invoerfouten) …", NL Design
 * System): each form reports its own count under its own name.
 */
export function ErrorCountProvider({ children }: { children: (total: number) => ReactNode }) {
  const [counts, setCounts] = useState<Record<string, number>>({});
  const report = useCallback<Report>((form, count) => {
    setCounts((current) => (current[form] === count ? current : { ...current, [form]: count }));
  }, []);
  const total = useMemo(() => Object.values(counts).reduce((sum, n) => sum + n, 0), [counts]);
  return <ErrorCountContext.Provider value={report}>{children(total)}</ErrorCountContext.Provider>;
}

/** Tells the page how many errors this form shows now (none once it is gone). */
export function useErrorCount(form: string, count: number): void {
  const report = useContext(ErrorCountContext);
  useEffect(() => {
    report(form, count);
  }, [report, form, count]);
  useEffect(() => () => report(form, 0), [report, form]);
}
