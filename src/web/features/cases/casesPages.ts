/**
 * The case pages (the list, bringing a case in, its intake, the case itself, the actions): one
 * chunk, loaded when one of them is first opened (React.lazy), so the main bundle carries
 * neither their code nor their words.
 */
import './casesCatalogue.js';
import './cases.css';

export { ActionsPage } from './ActionsPage.js';
export { BringInPage } from './BringInPage.js';
export { CasePage } from './CasePage.js';
export { CasesPage } from './CasesPage.js';
export { IntakePage } from './IntakePage.js';
