import type { Kysely } from 'kysely';
import {
  defaultRiskSignals,
  type RiskSignal,
  type RiskSignalList,
} from '../../../shared/schemas/cases.js';
import type { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/auth.service.js';
import { authorize } from '../../auth/permissions.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { NotFoundError } from '../../errors.js';
import { districtsService } from '../districts/districts.service.js';
import { casesRepository } from './cases.repository.js';

/**
 * The checklist of risk signals the intake offers, per district: the default list in our own
 * words (src/shared/schemas/cases.ts) until the district's coordinator writes its own.
 */
export function riskSignalsService(
  db: Kysely<Database>,
  deps: { audit: AuditService; clock: () => Date },
) {
  async function districtByCode(code: string) {
    const [district] = await districtsService(db).findByCodes([code]);
    if (!district) throw new NotFoundError('There is no such district.');
    return district;
  }

  /** The signals a district's intakes offer. */
  async function signalsOf(districtId: string): Promise<{ signals: RiskSignal[]; own: boolean }> {
    const own = await casesRepository(db).riskSignalsOf(districtId);
    return own ? { signals: own, own: true } : { signals: [...defaultRiskSignals], own: false };
  }

  return {
    signalsOf,

    async list(districtCode: string): Promise<RiskSignalList> {
      const district = await districtByCode(districtCode);
      const { signals, own } = await signalsOf(district.id);
      return { districtCode: district.code, signals, ownList: own };
    },

    /**
     * The district's own list, replacing the one before (audited). Signals dropped from it stay
     * on the cases that named them; new intakes no longer offer them.
     */
    async configure(
      actor: Actor,
      districtCode: string,
      signals: RiskSignal[],
    ): Promise<RiskSignalList> {
      authorize(actor, 'risk-signals.configure');
      const district = await districtByCode(districtCode);
      authorize(actor, 'risk-signals.configure', { districtIds: [district.id] });
      await inTransaction(db, async (trx) => {
        await casesRepository(trx).saveRiskSignals(
          district.id,
          signals,
          actor.user.id,
          deps.clock().toISOString(),
        );
        await deps.audit.record(trx, actor, {
          action: 'risk-signals.configure',
          resource: { type: 'district', id: district.id },
          districtId: district.id,
        });
      });
      return { districtCode: district.code, signals, ownList: true };
    },
  };
}

export type RiskSignalsService = ReturnType<typeof riskSignalsService>;
