/**
 * The managers' pages: one chunk, loaded when one of them is first opened (React.lazy), so the
 * main bundle carries neither their code nor their words.
 */
import './adminCatalogue.js';

export { AdminOverviewPage } from './AdminOverviewPage.js';
export { AccountPage } from './accounts/AccountPage.js';
export { AccountsPage } from './accounts/AccountsPage.js';
export { InvitePage } from './accounts/InvitePage.js';
export { AuditTrailPage } from './audit/AuditTrailPage.js';
export { DistrictsPage } from './districts/DistrictsPage.js';
export { NetworkGroupPage } from './networkGroups/NetworkGroupPage.js';
export { NetworkGroupsPage } from './networkGroups/NetworkGroupsPage.js';
export { OrganisationsPage } from './organisations/OrganisationsPage.js';
export { RiskSignalsPage } from './riskSignals/RiskSignalsPage.js';
