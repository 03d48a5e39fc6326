export type { Localized, SeedCenter, SeedChallenge, SeedCorporate, SeedStartup } from './types';
export { centers } from './centers';
export { corporates } from './corporates';
export { startups } from './startups';
export { challenges } from './challenges';
