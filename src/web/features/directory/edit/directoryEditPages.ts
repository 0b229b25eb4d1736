/**
 * The pages that keep the partner directory current (an entry's editing and history, import and
 * export): one chunk, loaded when one of them is first opened (React.lazy), so the main bundle
 * carries neither their code nor their words.
 */
import './directoryEditCatalogue.js';

export { DirectoryEditPage } from './DirectoryEditPage.js';
export { DirectoryExchangePage } from './DirectoryExchangePage.js';
