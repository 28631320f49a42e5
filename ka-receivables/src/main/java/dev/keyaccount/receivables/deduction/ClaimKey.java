package dev.keyaccount.receivables.deduction;

/**
 * The key under which a ledger remembers a claim, so that the same claim in a later remittance is a
 * duplicate: the account, the reason type's ordinal (or -1), the normalised reference and the amount in
 * minor units. The deduction that first made the claim owns it.
 *
 * @param accountId the account
 * @param type the {@link ReasonType} ordinal, or -1 for none
 * @param reference the normalised reference, not empty
 * @param minorUnits the amount in minor units
 */
record ClaimKey(String accountId, int type, String reference, long minorUnits) {}
