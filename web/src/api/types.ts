import type { components } from './schema';

/** Short names for the generated wire types the screens use. */
export type Schemas = components['schemas'];
export type Me = Schemas['Me'];
export type Conference = Schemas['Conference'];
export type ConferenceSnapshot = Schemas['ConferenceSnapshot'];
export type ConferenceState = Schemas['ConferenceState'];
export type PantiSettings = Schemas['PantiSettings'];
