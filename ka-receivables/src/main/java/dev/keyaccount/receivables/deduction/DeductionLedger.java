package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.receivables.aging.AgingBuckets;
import dev.keyaccount.receivables.reconciliation.References;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * The deduction desk's ledger (扣款台账), carried from one remittance to the next: every deduction
 * seen so far with its state and history, every authorization's consumption (by which deductions, on
 * which date), and the claims already taken, so that a claim repeated in a later remittance is a
 * {@link DeductionState#DUPLICATE} of the earlier one.
 *
 * <p>{@link DeductionMatcher#match(Collection, Collection, DeductionLedger)} takes a ledger and returns
 * the next one with its result ({@link MatchingResult#ledger()}); a person's decisions and the steps
 * of a dispute are applied with {@link #apply(DeductionDecision)}. Matching week by week in date order
 * gives the same decisions and balances as one run over all the weeks, when every authorization is
 * listed no later than the first week with a deduction that claims it (an authorization listed later
 * gives earlier claims of its account another chance: see {@link DeductionMatcher}).
 *
 * <p>A ledger read back from its parts ({@link #builder}), or left by a run at least as large as the
 * ledger before it, is held as columns (about a hundred bytes a deduction and a few dozen an
 * authorization, no object per line). A smaller run's ledger shares those columns and adds a layer of
 * its changes, so a weekly run costs about the size of its remittance, not of the ledger. Consistency
 * is checked on every construction from parts ({@link #of}): each deduction's matched part equals its
 * consumptions, no authorization is consumed beyond its amount, one currency throughout. This class is
 * immutable and thread-safe.
 */
public final class DeductionLedger {

  private final CurrencyUnit currency;
  /** The deductions, claims and uses as lines: layered maps over columns. */
  private final LedgerState state;

  private DeductionLedger(CurrencyUnit currency, LedgerState state) {
    this.currency = currency;
    this.state = state;
  }

  /** A ledger of exactly these columns (consistent with each other: the caller checked). */
  static DeductionLedger ofBlocks(CurrencyUnit currency, LedgerBlock block, UseBlock useBlock) {
    return new DeductionLedger(currency, LedgerState.ofBlocks(block, useBlock));
  }

  /**
   * An empty ledger: nothing seen, nothing consumed.
   *
   * @param currency the currency of the desk
   * @return the empty ledger
   * @throws NullPointerException if the currency is null
   */
  public static DeductionLedger empty(CurrencyUnit currency) {
    return new DeductionLedger(Args.notNull(currency, "currency"), LedgerState.empty());
  }

  /**
   * Rebuilds a ledger from its parts (as {@link #deductions()} and {@link #authorizationUses()} list
   * them), checking that they agree.
   *
   * @param currency the currency of the desk
   * @param deductions every deduction seen, ids unique
   * @param authorizationUses every authorization's consumptions, ids unique
   * @return the ledger
   * @throws IllegalArgumentException if an amount is in another currency, an id repeats, a consumption
   *     names an unknown deduction, or a deduction's matched part differs from its consumptions
   * @throws NullPointerException if an argument or an element is null
   */
  public static DeductionLedger of(CurrencyUnit currency, Collection<LedgerDeduction> deductions,
      Collection<AuthorizationUse> authorizationUses) {
    Builder builder = builder(currency);
    Args.notNull(deductions, "deductions");
    Args.notNull(authorizationUses, "authorizationUses");
    int i = 0;
    for (LedgerDeduction d : deductions) {
      builder.addDeduction(Args.notNull(d, "deductions", i++));
    }
    i = 0;
    for (AuthorizationUse use : authorizationUses) {
      builder.addAuthorizationUse(Args.notNull(use, "authorizationUses", i++));
    }
    return builder.build();
  }

  /**
   * A builder that rebuilds a ledger one value at a time, keeping each as a compact line at once: a
   * reader of a million deductions never holds them all as values. {@link Builder#build()} makes the
   * checks of {@link #of}.
   *
   * @param currency the currency of the desk
   * @return an empty builder
   * @throws NullPointerException if the currency is null
   */
  public static Builder builder(CurrencyUnit currency) {
    return new Builder(Args.notNull(currency, "currency"));
  }

  /**
   * Rebuilds a {@link DeductionLedger} from its parts, one value at a time; a builder builds once. Not
   * thread-safe, with one exception: the deductions and the authorizations' uses are kept apart, so one
   * thread may add the deductions while another adds the uses, provided {@link #build()} is called
   * after both have finished (after joining the other thread, say): a reader of a large ledger reads
   * its two halves on two cores.
   */
  public static final class Builder {

    private final CurrencyUnit currency;
    private LedgerBlockBuilder lines = new LedgerBlockBuilder(16);
    private UseBlock.Builder useLines = new UseBlock.Builder(16);

    private Builder(CurrencyUnit currency) {
      this.currency = currency;
    }

    /**
     * Adds a deduction seen earlier. It makes a claim (so that a later deduction with the same account,
     * type, normalised reference and amount is a {@link DeductionState#DUPLICATE} of it) when it quotes a
     * reference and was not itself a duplicate when first matched (the state of its first event), as the
     * run that first saw it decided; of two deductions that make the same claim, the first added keeps it.
     *
     * @param d the deduction, with an id not added before
     * @return this builder
     * @throws IllegalArgumentException if its amounts are in another currency or its id was added before
     * @throws IllegalStateException if the ledger was built
     * @throws NullPointerException if the deduction is null
     */
    public Builder addDeduction(LedgerDeduction d) {
      Args.notNull(d, "deduction");
      requireOpen();
      if (!d.amount().getCurrency().equals(currency)) {
        Args.sameCurrency(d.amount(), currency, "deductions '" + d.id() + "' amount");
      }
      LedgerLine line = LedgerLine.of(d);
      // A deduction first seen as a duplicate repeats another's claim and never holds it, whatever the
      // order it is added in (a ledger's files list deductions by date: a repeat dated before its
      // original, but remitted after it, comes first).
      DeductionState first = d.history().isEmpty() ? d.state() : d.history().get(0).state();
      String reference = first == DeductionState.DUPLICATE ? "" : d.reference().map(References::normalise).orElse("");
      if (!lines.add(line, reference.isEmpty() ? null : reference)) {
        throw Args.invalid("deductions", "have unique ids", "'" + d.id() + "' (repeated)");
      }
      return this;
    }

    /**
     * Adds what the ledger knew of an authorization.
     *
     * @param use the authorization's amount and consumptions, with an id not added before
     * @return this builder
     * @throws IllegalArgumentException if its amount is in another currency or its id was added before
     * @throws IllegalStateException if the ledger was built
     * @throws NullPointerException if the use is null
     */
    public Builder addAuthorizationUse(AuthorizationUse use) {
      Args.notNull(use, "authorizationUse");
      requireOpen();
      if (!use.amount().getCurrency().equals(currency)) {
        Args.sameCurrency(use.amount(), currency, "authorizationUses '" + use.authorizationId() + "' amount");
      }
      if (!useLines.add(UseLine.of(use))) {
        throw Args.invalid("authorizationUses", "have unique ids", "'" + use.authorizationId() + "' (repeated)");
      }
      return this;
    }

    /**
     * Builds the ledger, checking that the parts agree.
     *
     * @return the ledger
     * @throws IllegalArgumentException if a consumption names a deduction not added, or a deduction's
     *     matched part differs from its consumptions
     * @throws IllegalStateException if the ledger was built
     */
    public DeductionLedger build() {
      requireOpen();
      LedgerBlock block = lines.build();
      UseBlock useBlock = useLines.build();
      lines = null;
      useLines = null;
      LedgerConsistency.check(currency, block, useBlock);
      return ofBlocks(currency, block, useBlock);
    }

    private void requireOpen() {
      if (lines == null) {
        throw new IllegalStateException("this builder has built its ledger already");
      }
    }
  }

  /**
   * The currency of the desk.
   *
   * @return the currency
   */
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * How many deductions the ledger has seen.
   *
   * @return the count
   */
  public int deductionCount() {
    return state.deductionCount();
  }

  /**
   * The date of the latest deduction the ledger has seen, found without sorting: a weekly run can tell
   * whether its remittance holds deductions dated before it (a week's decisions equal one run's over all
   * the weeks when the weeks are cut by date).
   *
   * @return the latest date, or empty for a ledger that has seen no deduction
   */
  public Optional<LocalDate> latestDeductionDate() {
    int latest = state.latestDate();
    return latest == Integer.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(latest));
  }

  /** How many authorizations the ledger knows. */
  int useCount() {
    return state.useCount();
  }

  /**
   * One deduction seen so far.
   *
   * @param id the deduction's id
   * @return the deduction, or empty if never seen
   * @throws NullPointerException if the id is null
   */
  public Optional<LedgerDeduction> deduction(String id) {
    LedgerLine line = state.deductionOrNull(Args.notNull(id, "id"));
    return line == null ? Optional.empty() : Optional.of(line.toDeduction(currency));
  }

  /**
   * Every deduction seen so far, by date and id.
   *
   * @return the deductions
   */
  public List<LedgerDeduction> deductions() {
    return values(state.deductionsByDate());
  }

  /**
   * The deductions with an amount still at stake (disputed or unresolved) or awaiting a complement,
   * by date and id.
   *
   * @return the open deductions
   */
  public List<LedgerDeduction> openDeductions() {
    return values(state.openByDate());
  }

  /**
   * The open deductions as columns, in the order of {@link #openDeductions()}: the figures of each
   * without a {@link LedgerDeduction} built per line.
   *
   * @return the columns
   */
  public LedgerColumns openDeductionColumns() {
    return new LedgerColumns(currency, state.openByDate());
  }

  /**
   * Calls the action for every deduction seen so far, by date and id, building each value as it is
   * passed: unlike {@link #deductions()}, a writer of a million deductions never holds them all.
   *
   * @param action what to do with each deduction
   * @throws NullPointerException if the action is null
   */
  public void forEachDeduction(Consumer<? super LedgerDeduction> action) {
    Args.notNull(action, "action");
    LedgerRows rows = state.deductionsByDate();
    for (int r = 0; r < rows.size(); r++) {
      action.accept(rows.line(r).toDeduction(currency));
    }
  }

  /**
   * Calls the action for every authorization listed so far, by id, building each value as it is
   * passed: unlike {@link #authorizationUses()}, a writer never holds them all.
   *
   * @param action what to do with each authorization's use
   * @throws NullPointerException if the action is null
   */
  public void forEachAuthorizationUse(Consumer<? super AuthorizationUse> action) {
    Args.notNull(action, "action");
    UseRows rows = state.usesById();
    for (int r = 0; r < rows.size(); r++) {
      action.accept(rows.line(r).toUse(currency));
    }
  }

  /**
   * Every deduction seen so far as columns, in the order of {@link #deductions()}: the figures of each
   * without a {@link LedgerDeduction} built per line, for writing a million of them to a file.
   *
   * @return the columns
   */
  public LedgerColumns deductionColumns() {
    return new LedgerColumns(currency, state.deductionsByDate());
  }

  /**
   * Every authorization listed so far as columns, in the order of {@link #authorizationUses()}: the
   * figures of each without an {@link AuthorizationUse} built per line.
   *
   * @return the columns
   */
  public UseColumns useColumns() {
    return new UseColumns(currency, state.usesById());
  }

  /**
   * What the ledger knows of one authorization.
   *
   * @param authorizationId the authorization's id
   * @return its amount and consumptions, or empty if never listed
   * @throws NullPointerException if the id is null
   */
  public Optional<AuthorizationUse> authorizationUse(String authorizationId) {
    UseLine line = state.useOrNull(Args.notNull(authorizationId, "authorizationId"));
    return line == null ? Optional.empty() : Optional.of(line.toUse(currency));
  }

  /**
   * Every authorization listed so far, by id.
   *
   * @return the uses
   */
  public List<AuthorizationUse> authorizationUses() {
    UseRows rows = state.usesById();
    List<AuthorizationUse> all = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      all.add(rows.line(r).toUse(currency));
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * The open amounts (disputed plus unresolved) aged by deduction date: one total per bucket, in the
   * buckets' order; a deduction dated after {@code asOf} is in the first bucket.
   *
   * @param asOf the date of the aging
   * @param buckets the buckets, by days since the deduction's date
   * @return the totals, one per bucket
   * @throws NullPointerException if an argument is null
   */
  public List<Money> agedOpenAmounts(LocalDate asOf, AgingBuckets buckets) {
    Args.notNull(asOf, "asOf");
    Args.notNull(buckets, "buckets");
    return LedgerAging.agedOpenAmounts(state, currency, asOf, buckets);
  }

  /**
   * Days deductions outstanding (扣款周转天数): the open amount divided by the average daily amount
   * deducted over the {@code periodDays} days up to and including {@code asOf}, rounded half-up to
   * one decimal.
   *
   * @param asOf the end of the period
   * @param periodDays the length of the period, 1 to 3660
   * @return the days, or empty if nothing was deducted in the period
   * @throws IllegalArgumentException if the period is out of range
   * @throws NullPointerException if the date is null
   */
  public Optional<BigDecimal> daysDeductionsOutstanding(LocalDate asOf, int periodDays) {
    Args.notNull(asOf, "asOf");
    Args.check(periodDays >= 1 && periodDays <= 3660, "periodDays", "be between 1 and 3660", periodDays);
    return LedgerAging.daysDeductionsOutstanding(state, asOf, periodDays);
  }

  /**
   * Applies a person's decision, or a step of a dispute, to a deduction.
   *
   * @param decision the decision
   * @return the ledger with the decision applied; this ledger is unchanged
   * @throws IllegalArgumentException if the deduction is unknown, the decision does not fit its state
   *     (nothing open to decide, an amount beyond what is disputed, an unknown authorization or one
   *     with less left than the amount), it is dated before the deduction, or an amount is in another
   *     currency
   * @throws NullPointerException if the decision is null
   */
  public DeductionLedger apply(DeductionDecision decision) {
    Args.notNull(decision, "decision");
    LedgerLine d = state.deductionOrNull(decision.deductionId());
    if (d == null) {
      throw Args.invalid("decision", "name a deduction in the ledger", "'" + decision.deductionId() + "'");
    }
    return new Decisions(this, d.toDeduction(currency), decision).apply();
  }

  // ---------------------------------------------------------------- for the matcher and decisions

  /** The deductions, claims and uses as lines, which the matcher reads and extends. */
  LedgerState state() {
    return state;
  }

  /**
   * The next version: changed or new deductions, new claims and changed uses, the maps taken as the
   * new layers (the caller must not keep them).
   */
  DeductionLedger nextTaking(HashMap<String, LedgerLine> changed, HashMap<ClaimKey, String> newClaims,
      HashMap<String, UseLine> changedUses) {
    return new DeductionLedger(currency, state.nextTaking(changed, newClaims, changedUses));
  }

  /** The public values of the rows, in their order. */
  private List<LedgerDeduction> values(LedgerRows rows) {
    List<LedgerDeduction> all = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      all.add(rows.line(r).toDeduction(currency));
    }
    return Collections.unmodifiableList(all);
  }
}
