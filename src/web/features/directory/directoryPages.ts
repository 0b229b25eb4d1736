/**
 * The directory's reading pages (search, an entry, a district's who-is-who): one chunk, loaded
 * when one of them is first opened (React.lazy), so the main bundle carries neither their code,
 * their words nor their print stylesheet.
 */
import './directoryCatalogue.js';
import './directory.css';

export { DirectoryEntryPage } from './DirectoryEntryPage.js';
export { DirectorySearchPage } from './DirectorySearchPage.js';
export { WhoIsWhoPage } from './WhoIsWhoPage.js';
