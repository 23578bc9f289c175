/**
 * Every sentence the persistence module says to the user, each written once. A test or a view that
 * needs one imports it from here.
 */

/** The browser gives no local storage at all (privacy modes, sandboxed frames). */
export const STORAGE_UNAVAILABLE =
  'Local storage is not available in this browser; plans are not kept between visits.';

/** What the saved-plans panel adds to STORAGE_UNAVAILABLE: where to keep plans instead. */
export const SAVED_PLANS_INSTEAD = 'Export plan files instead.';

/** The kept draft is not JSON. */
export const STORED_PLAN_DAMAGED = 'The stored plan was damaged (not JSON) and was set aside.';

/** The kept draft is JSON but neither a draft nor an older plan document. */
export const STORED_PLAN_UNKNOWN_FORMAT = 'The stored plan had an unknown format and was set aside.';

/** The saved-plans list is JSON but not a list of plans. */
export const SAVED_LIST_UNREADABLE =
  'The saved plans list could not be read; it is kept as it was (export it below).';

/**
 * The browser refused a write; `reason` is the error's name.
 *
 * @example notKept('QuotaExceededError') // 'Your latest change could not be kept in this browser (its storage is full: QuotaExceededError); …'
 */
export function notKept(reason: string): string {
  const why = reason === 'QuotaExceededError' ? 'its storage is full' : reason;
  return `Your latest change could not be kept in this browser (${why}: ${reason}); what it kept before is unchanged. Use Export plan to keep this version as a file.`;
}

/**
 * One saved entry that is not a record with a plan.
 *
 * @example savedEntryUnreadable(2) // 'Saved plan 2 could not be read; …'
 */
export function savedEntryUnreadable(position: number): string {
  return `Saved plan ${position} could not be read; it is kept as it was (export it below), not deleted.`;
}

/**
 * A saved plan some of whose fields could not be read.
 *
 * @example savedFieldsUnreadable('Payments', 2) // 'Payments: 2 field(s) could not be read; …'
 */
export function savedFieldsUnreadable(name: string, count: number): string {
  return `${name}: ${count} field(s) could not be read; opening it leaves them out (the stored entry is kept as it was).`;
}
