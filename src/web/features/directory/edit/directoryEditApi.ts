import {
  type DirectoryContactWrite,
  type DirectoryLocationWrite,
  type DirectoryProfileWrite,
  type DirectoryServiceWrite,
  directoryContactSchema,
  directoryEntrySchema,
  directoryHistoryPageSchema,
  directoryLocationSchema,
  directoryProfileSchema,
  directoryServiceSchema,
} from '../../../../shared/schemas/directory.js';
import { get, send } from '../../../lib/api.js';

const at = (...parts: string[]) => `/directory/${parts.map(encodeURIComponent).join('/')}`;

/** How many changes one page of the history shows. */
export const historyPageSize = 20;

/** The API that keeps an entry of the partner directory current (src/server/modules/directory). */
export const directoryEditApi = {
  entry: (id: string) => get(at('organisations', id), directoryEntrySchema),
  history: (id: string, page: number) =>
    get(
      `${at('organisations', id, 'history')}?page=${page}&pageSize=${historyPageSize}`,
      directoryHistoryPageSchema,
    ),

  saveProfile: (id: string, input: DirectoryProfileWrite) =>
    send('PUT', at('organisations', id, 'profile'), input, directoryProfileSchema),
  verify: (id: string) =>
    send('POST', at('organisations', id, 'verified'), undefined, directoryProfileSchema),

  addService: (organisationId: string, input: DirectoryServiceWrite) =>
    send('POST', at('organisations', organisationId, 'services'), input, directoryServiceSchema),
  updateService: (id: string, input: DirectoryServiceWrite) =>
    send('PUT', at('services', id), input, directoryServiceSchema),
  deleteService: (id: string) => send('DELETE', at('services', id)),

  addLocation: (organisationId: string, input: DirectoryLocationWrite) =>
    send('POST', at('organisations', organisationId, 'locations'), input, directoryLocationSchema),
  updateLocation: (id: string, input: DirectoryLocationWrite) =>
    send('PUT', at('locations', id), input, directoryLocationSchema),
  deleteLocation: (id: string) => send('DELETE', at('locations', id)),

  addContact: (organisationId: string, input: DirectoryContactWrite) =>
    send('POST', at('organisations', organisationId, 'contacts'), input, directoryContactSchema),
  updateContact: (id: string, input: DirectoryContactWrite) =>
    send('PUT', at('contacts', id), input, directoryContactSchema),
  deleteContact: (id: string) => send('DELETE', at('contacts', id)),
};
