/**
 * The public page of the partner directory, for residents: one chunk, loaded only when someone
 * opens it (React.lazy), with its own words and styles — none of the signed-in app's pages.
 */
import './publicDirectoryCatalogue.js';
import './publicDirectory.css';

export { PublicEntryPage } from './PublicEntryPage.js';
export { PublicLayout } from './PublicLayout.js';
export { PublicSearchPage } from './PublicSearchPage.js';
