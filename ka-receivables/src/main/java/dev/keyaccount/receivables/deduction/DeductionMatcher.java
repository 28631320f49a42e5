package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import java.util.Collection;

/**
 * Deduction matching (扣款核销): pairs each deduction of a retailer's remittance with what authorizes it
 * (promotion accruals, agreement fees, invoices, credit notes) and settles every deduction in exactly
 * one {@link DeductionState}.
 *
 * <p>Validation first: a deduction with a blank account, a non-positive amount, another currency than
 * the policy's, amounts below the minor unit or above {@link #MAX_MINOR_UNITS}, a date outside
 * {@link #MIN_DATE} to {@link #MAX_DATE}, an id, account or reason code longer than
 * {@link #MAX_ID_LENGTH} or a reference longer than {@link #MAX_REFERENCE_LENGTH}, and any line whose id
 * repeats an earlier one (an earlier line of this run, or with a ledger a deduction of an earlier run),
 * is rejected with the reason: of lines sharing an id, the first in the input is kept. Authorizations
 * likewise. The rest is sorted by date, amount and id, so the outcome does not depend on the input order
 * (beyond which of the lines sharing an id comes first).
 *
 * <p>Then the deductions are matched <b>one date at a time</b>, each date through every pass, against
 * the balances that earlier dates (and earlier runs, through the {@link DeductionLedger}) left:
 * <ol>
 *   <li>Duplicates: a deduction with the same account, type, normalised reference and amount as an
 *       earlier one (in this run or the ledger) is the same claim taken twice
 *       ({@link DeductionState#DUPLICATE}, disputed).
 *   <li>Reference: the quoted reference in its strict form ({@code References.normalise}) against
 *       authorizations of the same account (same type first), consuming their remaining balances. If no
 *       authorization of the account has that strict form, the loose form (separators removed) is used
 *       when it names exactly one reference of the account and one of the two is written without
 *       separators ({@link MatchPass#LOOSE_REFERENCE}). What a near match left of an authorization (no
 *       more than the tolerance of its amount, nor of the claim's) is taken only by a claim within the
 *       tolerance of that rest. A claim that takes nothing from the document its reference names is
 *       {@link DeductionState#UNAUTHORIZED} (or written off under its type's threshold) here, never
 *       matched by amount to another document by a later pass.
 *   <li>Exact amount: the one open authorization of the same account and type within the date window
 *       whose remaining balance equals the deduction (a partly used authorization can be finished so),
 *       and, if both carry references, within the allowed edits of each other. Several candidates make
 *       the deduction {@link DeductionState#UNRESOLVED}, as do more authorizations of its amount in its
 *       window than a claim is compared with (16,384 read, 256 references compared edit by edit).
 *   <li>Combinations, for deductions without a reference: one deduction against two (then three) open
 *       authorizations of its account and type, then the deduction with one (then two) others awaiting a
 *       complement (of this date, of earlier dates or of earlier runs) against one untouched
 *       authorization, adding up within the combination tolerance. Pairs are searched among all open
 *       authorizations of the account and type in the window; three parts among at most
 *       {@link MatchingPolicy#maxCombinationCandidates()} (authorizations, or others awaiting a
 *       complement; the others dated within {@link MatchingPolicy#splitPartnerDays()} of it are
 *       searched first). A split likely to fit by chance is no evidence either: the deduction is left
 *       to a near amount, and is unresolved with the authorization it would complete if none decides it,
 *       unless the search over all others finds that completion alone and, among the close others
 *       alone, it is unlikely by chance; two ways to
 *       complete leave it unresolved with the authorizations found. The fewest parts win, but a pair and a
 *       triple that both add up, among so few candidates that a triple would be evidence too, are two
 *       ways; two ways to add up leave the deduction unresolved. One combination likely to add up by
 *       chance (see {@link MatchingPolicy#coincidenceOdds()}) is no evidence: the deduction may still
 *       complete deductions awaiting a complement, else it is unresolved with that combination first.
 *       A deduction with no pair among more candidates than that,
 *       three of which could add up, goes on: it may still complete deductions awaiting a complement
 *       into one authorization, or be a near amount. A deduction with more than 1,000 others awaiting a
 *       complement within twice the window is not searched but left {@link DeductionState#UNRESOLVED}
 *       with no candidate (with so many, a single pair that fits proves nothing, and the search would
 *       grow with the square of the flood).
 *   <li>Near amount: as the exact pass, within the tolerance, so that a near amount never takes an
 *       authorization that an exact combination completes.
 *   <li>What is left is {@link DeductionState#WRITTEN_OFF} up to its type's threshold and
 *       {@link DeductionState#UNAUTHORIZED} above it; one without a reference still awaits a complement,
 *       and a later date or run that completes it reports the change. One left with three parts
 *       unsearched has them searched now, among the authorizations still open (up to 1,024 of them): if
 *       two or three add up, it is {@link DeductionState#UNRESOLVED} with those candidates (like every
 *       unresolved deduction without a reference that no person has decided, it still awaits a
 *       complement); if none do, it is left as above.
 * </ol>
 *
 * <p>A matched deduction whose excess over what it consumed is within tolerance is
 * {@link DeductionState#VALID} with the excess written off; a larger excess is disputed
 * ({@link DeductionState#PARTIALLY_VALID}). No authorization is consumed beyond its amount. For every
 * run, to the minor unit and at any size (sums are exact, never overflow): matched + disputed + written
 * off + unresolved = total deducted, and consumed + remaining = total authorized.
 *
 * <p>Because each date is matched against what earlier dates left, matching weekly remittances one
 * after the other, each with the ledger of the one before, gives the same decisions and balances as
 * one run over all the weeks. A deduction decided on an earlier date is never re-decided by a later
 * one, except that a deduction awaiting a complement is settled when the complement arrives.
 *
 * <p>Amounts are converted once to long minor units; the passes use hash indexes by id, normalised
 * reference and claim, and authorizations grouped by (account, type) and sorted by amount, so a run
 * takes time close to linear in its size. This class is immutable and thread-safe: a run keeps its
 * working state to itself.
 */
public final class DeductionMatcher {

  /** The longest id, account id or reason code accepted, in characters. */
  public static final int MAX_ID_LENGTH = 256;

  /** The longest reference accepted, in characters. */
  public static final int MAX_REFERENCE_LENGTH = 256;

  /**
   * The largest amount of one line, in minor units (10<sup>15</sup>: ten trillion yuan), so that sums
   * of a few parts and tolerances fit a long.
   */
  public static final long MAX_MINOR_UNITS = 1_000_000_000_000_000L;

  /** The earliest date of a line. */
  public static final java.time.LocalDate MIN_DATE = java.time.LocalDate.of(1900, 1, 1);

  /** The latest date of a line. */
  public static final java.time.LocalDate MAX_DATE = java.time.LocalDate.of(2199, 12, 31);

  private final MatchingPolicy policy;

  /**
   * Returns a matcher applying a policy.
   *
   * @param policy the matching policy
   * @throws NullPointerException if the policy is null
   */
  public DeductionMatcher(MatchingPolicy policy) {
    this.policy = Args.notNull(policy, "policy");
  }

  /**
   * The policy this matcher applies.
   *
   * @return the policy
   */
  public MatchingPolicy policy() {
    return policy;
  }

  /**
   * Matches a remittance's deductions against our authorizations, with nothing carried from earlier
   * runs (an empty ledger). Every authorization takes part (with a ledger, only those of the accounts
   * the run concerns: see {@link #match(Collection, Collection, DeductionLedger)}).
   *
   * @param deductions the deductions; bad lines are failure items of the result, not thrown
   * @param authorizations the authorizations; lines in another currency are reported in the result
   * @return the outcome of the run
   * @throws NullPointerException if an argument is null (a null line is a failure item of the result)
   */
  public MatchingResult match(Collection<Deduction> deductions, Collection<Authorization> authorizations) {
    Args.notNull(deductions, "deductions");
    Args.notNull(authorizations, "authorizations");
    return new MatchingRun(policy, DeductionLedger.empty(policy.currency()), false).run(deductions, authorizations);
  }

  /**
   * Matches a remittance's deductions against our authorizations, continuing from a ledger: what
   * earlier runs consumed is no longer available, a claim they already took is a duplicate, and their
   * deductions awaiting a complement may be completed. {@link MatchingResult#ledger()} is the ledger to
   * pass to the next run. An authorization listed again (same id) is the same authorization; its amount
   * may change but not below what was consumed.
   *
   * <p>An authorization the ledger has never seen (listed for the first time, as an accrual keyed after the
   * retailer deducted) gives the ledger's earlier deductions of its account another chance: each one that
   * is undecided, has nothing matched, is of a reason type and is {@link DeductionState#UNAUTHORIZED} (or,
   * without a reference, {@link DeductionState#WRITTEN_OFF}) is tried again alone, by date, before this
   * run's deductions, against the authorizations new to the ledger only (it was offered the others
   * before), through the reference, exact amount and near amount passes (not as one claim for several:
   * whether a sum found by amount alone is evidence depends on every candidate its date had). One that a
   * pass matches is among {@link MatchingResult#changedDeductions()}; the others, among them one that
   * several new authorizations would leave unresolved, keep their state. The run needs a deduction of
   * the account in its currency.
   *
   * <p>Only the authorizations of the accounts this run concerns (those of its deductions) take part, since no pass matches across accounts: a
   * weekly remittance from a few retailers costs about its own size plus one quick look at each listed
   * authorization, not a re-indexing of them all. The result's {@link MatchingResult#authorizationBalances()}
   * therefore cover those accounts' authorizations; every other authorization is unchanged, and the
   * next ledger has every authorization's consumptions ({@link DeductionLedger#authorizationUse}).
   * An authorization line is checked (and reported if bad) by the runs that concern its account.
   *
   * @param deductions the deductions; bad lines are failure items of the result, not thrown
   * @param authorizations the authorizations of this export (the same ones again, and new ones)
   * @param ledger the ledger of the previous run, or {@link DeductionLedger#empty}
   * @return the outcome of the run
   * @throws IllegalArgumentException if the ledger's currency is not the policy's
   * @throws NullPointerException if an argument is null (a null line is a failure item of the result)
   */
  public MatchingResult match(Collection<Deduction> deductions, Collection<Authorization> authorizations,
      DeductionLedger ledger) {
    Args.notNull(deductions, "deductions");
    Args.notNull(authorizations, "authorizations");
    checkLedger(ledger);
    return new MatchingRun(policy, ledger, true).run(deductions, authorizations);
  }

  /**
   * Matches a remittance's deductions against a listing of our authorizations, continuing from a
   * ledger: decides exactly as {@link #match(Collection, Collection, DeductionLedger)} with the
   * listing's authorizations, but reads only the listed authorizations of the accounts this run
   * concerns, so a weekly remittance against an export of millions of authorizations costs about the
   * remittance and its accounts' authorizations. Build the listing once per export
   * ({@link AuthorizationListing#of}) and pass it to each run against that export.
   *
   * @param deductions the deductions; bad lines are failure items of the result, not thrown
   * @param authorizations the export's authorizations, indexed by account
   * @param ledger the ledger of the previous run, or {@link DeductionLedger#empty}
   * @return the outcome of the run
   * @throws IllegalArgumentException if the ledger's currency is not the policy's
   * @throws NullPointerException if an argument is null (a null deduction is a failure item of the result)
   */
  public MatchingResult match(Collection<Deduction> deductions, AuthorizationListing authorizations,
      DeductionLedger ledger) {
    Args.notNull(deductions, "deductions");
    Args.notNull(authorizations, "authorizations");
    checkLedger(ledger);
    return new MatchingRun(policy, ledger, true).run(deductions, authorizations);
  }

  private void checkLedger(DeductionLedger ledger) {
    Args.notNull(ledger, "ledger");
    Args.check(ledger.currency().equals(policy.currency()), "ledger", "be in the policy's currency "
        + policy.currency().getCurrencyCode(), ledger.currency().getCurrencyCode());
  }
}
