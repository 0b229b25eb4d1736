import { z } from 'zod';
import {
  type ActionCreate,
  type ActionUpdate,
  actionDigestSettingSchema,
  actionSchema,
  type BreakthroughWrite,
  type CaseCreate,
  caseSchema,
  caseSummarySchema,
  type IntakeWrite,
  type RiskSignal,
  riskSignalListSchema,
  type StatusChange,
} from '../../../shared/schemas/cases.js';
import { get, send } from '../../lib/api.js';

const id = encodeURIComponent;

/** The case API (src/server/modules/cases), its answers checked against the server's schemas. */
export const casesApi = {
  list: () => get('/cases', z.array(caseSummarySchema)),
  get: (caseId: string) => get(`/cases/${id(caseId)}`, caseSchema),
  bringIn: (input: CaseCreate) => send('POST', '/cases', input, caseSchema),
  saveIntake: (caseId: string, input: IntakeWrite) =>
    send('PUT', `/cases/${id(caseId)}/intake`, input, caseSchema),
  changeStatus: (caseId: string, input: StatusChange) =>
    send('POST', `/cases/${id(caseId)}/status`, input, caseSchema),
  addBreakthrough: (caseId: string, input: BreakthroughWrite) =>
    send('POST', `/cases/${id(caseId)}/breakthroughs`, input, caseSchema),
  addAction: (caseId: string, input: ActionCreate) =>
    send('POST', `/cases/${id(caseId)}/actions`, input, actionSchema),
  updateAction: (actionId: string, input: ActionUpdate) =>
    send('PUT', `/case-actions/${id(actionId)}`, input, actionSchema),
  withdrawConsent: (caseId: string) =>
    send('POST', `/cases/${id(caseId)}/consent-withdrawal`, undefined, caseSchema),
  actions: (view: 'my-organisation' | 'overdue') =>
    get(`/case-actions?view=${view}`, z.array(actionSchema)),
  digest: () => get('/me/action-digest', actionDigestSettingSchema),
  setDigest: (enabled: boolean) =>
    send('PUT', '/me/action-digest', { enabled }, actionDigestSettingSchema),
  riskSignals: (districtCode: string) =>
    get(`/risk-signals/${id(districtCode)}`, riskSignalListSchema),
  saveRiskSignals: (districtCode: string, signals: RiskSignal[]) =>
    send('PUT', `/risk-signals/${id(districtCode)}`, { signals }, riskSignalListSchema),
};
