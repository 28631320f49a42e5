package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import java.util.Collection;

/**
 * Deduction matching (扣款核销): pairs each deduction of a retailer's remittance with what authorizes it
 * (promotion accruals, agreement fees, invoices, credit notes) and settles every deduction in exactly
 * one {@link DeductionState}.
 *
 * <p>The passes, in order:
 * <ol>
 *   <li>Validation: a deduction with a blank account, a non-positive amount, another currency than the
 *       policy's or amounts below the minor unit, and any line whose id repeats an earlier one, is
 *       rejected with the reason; authorizations likewise. The rest is sorted by date, amount and id,
 *       so the outcome does not depend on the input order.
 *   <li>Duplicates: a deduction with the same account, type, normalised reference and amount as an
 *       earlier one is the same claim taken twice ({@link DeductionState#DUPLICATE}, disputed).
 *   <li>Reference: the quoted reference, normalised as {@code References.normalise} does, against
 *       authorizations of the same account (same type first), consuming their remaining balances.
 *   <li>Amount: the one untouched authorization of the same account and type within the date window
 *       and the amount tolerance (and, if both carry references, within the allowed edits of each
 *       other). Several candidates make the deduction {@link DeductionState#UNRESOLVED}.
 *   <li>Combinations, for deductions without a reference: one deduction against 2 to
 *       {@code maxCombinationSize} untouched authorizations of its account and type, then several
 *       deductions against one authorization, adding up within the combination tolerance. The search
 *       is bounded by {@code maxCombinationCandidates} and a step budget; an ambiguous or too large
 *       search leaves the deduction unresolved with its candidates.
 *   <li>What is left is {@link DeductionState#WRITTEN_OFF} up to its type's threshold and
 *       {@link DeductionState#UNAUTHORIZED} above it.
 * </ol>
 *
 * <p>A matched deduction whose excess over what it consumed is within tolerance is
 * {@link DeductionState#VALID} with the excess written off; a larger excess is disputed
 * ({@link DeductionState#PARTIALLY_VALID}). No authorization is consumed beyond its amount. For every
 * run, to the minor unit: matched + disputed + written off + unresolved = total deducted, and consumed
 * + remaining = total authorized.
 *
 * <p>Amounts are converted once to long minor units; the passes use hash indexes by id, normalised
 * reference and claim, and authorizations grouped by (account, type) and sorted by amount, so a run
 * takes time close to linear in its size. This class is immutable and thread-safe: a run keeps its
 * working state to itself.
 */
public final class DeductionMatcher {

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
   * Matches a remittance's deductions against our authorizations.
   *
   * @param deductions the deductions; bad lines are reported in the result, not thrown
   * @param authorizations the authorizations; lines in another currency are reported in the result
   * @return the outcome of the run
   * @throws NullPointerException if an argument or an element is null (naming it, such as
   *     {@code deductions[3]})
   */
  public MatchingResult match(Collection<Deduction> deductions, Collection<Authorization> authorizations) {
    Args.notNull(deductions, "deductions");
    Args.notNull(authorizations, "authorizations");
    return new MatchingRun(policy).run(deductions, authorizations);
  }
}
