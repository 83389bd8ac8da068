import type { Language } from '../language';
import type { Stage } from '../stages';

/** Stage labels as BONDSTAGE returns them and the tracker shows them. */
export const STAGE_LABELS: Record<Language, Record<Stage, string>> = {
  en: {
    acquaintance: 'Acquaintance',
    casualFriend: 'Casual friend',
    friend: 'Friend',
    closeFriend: 'Close friend',
  },
  de: {
    acquaintance: 'Bekanntschaft',
    casualFriend: 'Lockere Freundschaft',
    friend: 'Freundschaft',
    closeFriend: 'Enge Freundschaft',
  },
};
