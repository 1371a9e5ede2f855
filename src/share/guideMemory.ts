/**
 * Whether this browser has dismissed the first-visit guide: one flag in
 * localStorage, behind try/catch (a sandboxed frame or a locked-down browser
 * throws; there the guide simply shows once per page load).
 */

/** The storage key of the flag. */
export const GUIDE_KEY = 'error-bowl:guide-seen';

/** The guide's memory: read once, written on dismissal. */
export interface GuideMemory {
  seen(): boolean;
  markSeen(): void;
}

/** The memory over `storage` (localStorage by default). */
export function guideMemory(storage: () => Storage = () => window.localStorage): GuideMemory {
  return {
    seen() {
      try {
        return storage().getItem(GUIDE_KEY) === '1';
      } catch {
        return false;
      }
    },
    markSeen() {
      try {
        storage().setItem(GUIDE_KEY, '1');
      } catch {
        // Refused: the guide will show again next time, nothing worse.
      }
    },
  };
}
