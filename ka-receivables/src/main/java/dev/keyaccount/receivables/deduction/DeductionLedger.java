package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.aging.AgingBuckets;
import dev.keyaccount.receivables.reconciliation.References;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * gives the same decisions and balances as one run over all the weeks.
 *
 * <p>A ledger read back from its parts ({@link #builder}), or left by a run at least as large as the
 * ledger before it, is held as columns (about a hundred bytes a deduction and a few dozen an
 * authorization, no object per line). A smaller run's ledger shares those columns and adds a layer of
 * its changes (see the layered maps below), so a weekly run costs about the size of its remittance,
 * not of the ledger. Consistency is checked on
 * every construction from parts ({@link #of}): each deduction's matched part equals its consumptions,
 * no authorization is consumed beyond its amount, one currency throughout. This class is immutable and
 * thread-safe.
 */
public final class DeductionLedger {

  private final CurrencyUnit currency;
  private final LayeredMap<String, LedgerLine> deductions;
  private final LayeredMap<String, LedgerLine> open;
  private final LayeredMap<ClaimKey, String> claims;
  private final LayeredMap<String, UseLine> uses;
  /** The deductions below the layers of the maps above, as columns, or null. */
  private final LedgerBlock block;
  /** The uses below the layers of {@link #uses}, as columns, or null. */
  private final UseBlock useBlock;
  /** Every deduction by date and id, sorted on first use and kept (a benign race: equal rows). */
  private volatile LedgerRows byDate;
  /** Every use by authorization id, sorted on first use and kept. */
  private volatile UseRows byId;

  private DeductionLedger(CurrencyUnit currency, LayeredMap<String, LedgerLine> deductions,
      LayeredMap<String, LedgerLine> open, LayeredMap<ClaimKey, String> claims, LayeredMap<String, UseLine> uses,
      LedgerBlock block, UseBlock useBlock) {
    this.currency = currency;
    this.deductions = deductions;
    this.open = open;
    this.claims = claims;
    this.uses = uses;
    this.block = block;
    this.useBlock = useBlock;
  }

  /** A ledger of exactly these columns (consistent with each other: the caller checked). */
  static DeductionLedger ofBlocks(CurrencyUnit currency, LedgerBlock block, UseBlock useBlock) {
    return new DeductionLedger(currency, LayeredMap.over(block.lines()), LayeredMap.over(block.openLines()),
        LayeredMap.over(block.claims()), LayeredMap.over(useBlock.uses()), block, useBlock);
  }

  /**
   * An empty ledger: nothing seen, nothing consumed.
   *
   * @param currency the currency of the desk
   * @return the empty ledger
   * @throws NullPointerException if the currency is null
   */
  public static DeductionLedger empty(CurrencyUnit currency) {
    return new DeductionLedger(Args.notNull(currency, "currency"), LayeredMap.empty(), LayeredMap.empty(),
        LayeredMap.empty(), LayeredMap.empty(), null, null);
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
     * Adds a deduction seen earlier.
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
      String reference = d.reference().map(References::normalise).orElse("");
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
      long[] consumed = new long[block.size];
      for (int u = 0; u < useBlock.size; u++) {
        for (int c = useBlock.consumptionStart(u); c < useBlock.consumptionEnd(u); c++) {
          String deductionId = useBlock.consumptionDeductionId(c);
          int d = block.find(deductionId);
          if (d < 0) {
            throw Args.invalid("authorizationUses", "name known deductions",
                "'" + deductionId + "' in '" + useBlock.id(u) + "'");
          }
          consumed[d] = Math.addExact(consumed[d], useBlock.consumptionAmount(c));
        }
      }
      for (int d = 0; d < block.size; d++) {
        if (consumed[d] != block.matched(d)) {
          throw Args.invalid("deductions", "have a matched part equal to their consumptions "
              + Monies.ofMinorUnits(consumed[d], currency), "'" + block.id(d) + "' matched "
              + Monies.ofMinorUnits(block.matched(d), currency));
        }
      }
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
    return deductions.size();
  }

  /** How many authorizations the ledger knows. */
  int useCount() {
    return uses.size();
  }

  /**
   * One deduction seen so far.
   *
   * @param id the deduction's id
   * @return the deduction, or empty if never seen
   * @throws NullPointerException if the id is null
   */
  public Optional<LedgerDeduction> deduction(String id) {
    LedgerLine line = deductions.get(Args.notNull(id, "id"));
    return line == null ? Optional.empty() : Optional.of(line.toDeduction(currency));
  }

  /**
   * Every deduction seen so far, by date and id.
   *
   * @return the deductions
   */
  public List<LedgerDeduction> deductions() {
    return sorted(deductions);
  }

  /**
   * The deductions with an amount still at stake (disputed or unresolved) or awaiting a complement,
   * by date and id.
   *
   * @return the open deductions
   */
  public List<LedgerDeduction> openDeductions() {
    return sorted(open);
  }

  /**
   * The open deductions as columns, in the order of {@link #openDeductions()}: the figures of each
   * without a {@link LedgerDeduction} built per line.
   *
   * @return the columns
   */
  public LedgerColumns openDeductionColumns() {
    return new LedgerColumns(currency, LedgerRows.byDate(open, block, true));
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
    LedgerRows rows = deductionsByDate();
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
    UseRows rows = usesById();
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
    return new LedgerColumns(currency, deductionsByDate());
  }

  /**
   * Every authorization listed so far as columns, in the order of {@link #authorizationUses()}: the
   * figures of each without an {@link AuthorizationUse} built per line.
   *
   * @return the columns
   */
  public UseColumns useColumns() {
    return new UseColumns(currency, usesById());
  }

  /**
   * What the ledger knows of one authorization.
   *
   * @param authorizationId the authorization's id
   * @return its amount and consumptions, or empty if never listed
   * @throws NullPointerException if the id is null
   */
  public Optional<AuthorizationUse> authorizationUse(String authorizationId) {
    UseLine line = uses.get(Args.notNull(authorizationId, "authorizationId"));
    return line == null ? Optional.empty() : Optional.of(line.toUse(currency));
  }

  /**
   * Every authorization listed so far, by id.
   *
   * @return the uses
   */
  public List<AuthorizationUse> authorizationUses() {
    UseRows rows = usesById();
    List<AuthorizationUse> all = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      all.add(rows.line(r).toUse(currency));
    }
    return all;
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
    ExactSum[] sums = new ExactSum[buckets.size()];
    for (int b = 0; b < sums.length; b++) {
      sums[b] = new ExactSum();
    }
    long day = asOf.toEpochDay();
    open.forEach((id, d) -> sums[buckets.bucketOf(Math.max(0, day - d.date))].add(d.open()));
    List<Money> totals = new ArrayList<>(sums.length);
    int minorDigits = Monies.minorDigits(currency);
    for (ExactSum sum : sums) {
      totals.add(sum.money(currency, minorDigits));
    }
    return totals;
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
    long last = asOf.toEpochDay();
    long first = last - (periodDays - 1L);
    ExactSum deducted = new ExactSum();
    ExactSum stillOpen = new ExactSum();
    deductions.forEach((id, d) -> {
      if (d.date >= first && d.date <= last) {
        deducted.add(d.amount);
      }
    });
    open.forEach((id, d) -> stillOpen.add(d.open()));
    BigInteger period = deducted.value();
    if (period.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(stillOpen.value().multiply(BigInteger.valueOf(periodDays)))
        .divide(new BigDecimal(period), 1, RoundingMode.HALF_UP));
  }

  /**
   * Applies a person's decision, or a step of a dispute, to a deduction.
   *
   * @param decision the decision
   * @return the ledger with the decision applied; this ledger is unchanged
   * @throws IllegalArgumentException if the deduction is unknown, the decision does not fit its state
   *     (nothing open to decide, an amount beyond what is disputed, an unknown authorization or one
   *     with less left than the amount), or an amount is in another currency
   * @throws NullPointerException if the decision is null
   */
  public DeductionLedger apply(DeductionDecision decision) {
    Args.notNull(decision, "decision");
    LedgerLine d = deductions.get(decision.deductionId());
    if (d == null) {
      throw Args.invalid("decision", "name a deduction in the ledger", "'" + decision.deductionId() + "'");
    }
    return new Decisions(this, d.toDeduction(currency), decision).apply();
  }

  // ---------------------------------------------------------------- for the matcher and decisions

  boolean hasDeduction(String id) {
    return deductions.get(id) != null;
  }

  String claimOrNull(ClaimKey key) {
    return claims.get(key);
  }

  /** What the ledger knows of an authorization, or null. */
  UseLine useOrNull(String authorizationId) {
    return uses.get(authorizationId);
  }

  /** The public value of what the ledger knows of an authorization, or null. */
  AuthorizationUse useValueOrNull(String authorizationId) {
    UseLine line = uses.get(authorizationId);
    return line == null ? null : line.toUse(currency);
  }

  /** Calls the action for each open deduction that awaits a complement, in no particular order. */
  void forEachAwaiting(Consumer<LedgerLine> action) {
    open.forEach((id, d) -> {
      if (d.awaitsComplement()) {
        action.accept(d);
      }
    });
  }

  /** The next version after a person's decision: the changed deduction and changed uses. */
  DeductionLedger next(LedgerDeduction changed, Map<String, AuthorizationUse> changedUses) {
    HashMap<String, UseLine> lines = new HashMap<>();
    changedUses.forEach((id, use) -> lines.put(id, UseLine.of(use)));
    HashMap<String, LedgerLine> deduction = new HashMap<>();
    deduction.put(changed.id(), LedgerLine.of(changed));
    return nextTaking(deduction, new HashMap<>(), lines);
  }

  /**
   * The claim text (normalised reference) of the line when it owns its claim in this ledger, else null:
   * what a ledger rebuilt as columns must keep for it.
   */
  String ownedClaimText(LedgerLine line) {
    String text = line.reference == null ? "" : References.normalise(line.reference);
    return !text.isEmpty() && line.id.equals(claims.get(claimKey(line.accountId, line.type, text, line.amount)))
        ? text : null;
  }

  /** Calls the action for every deduction, in no particular order. */
  void forEachLine(Consumer<LedgerLine> action) {
    deductions.forEach((id, line) -> action.accept(line));
  }

  /** Calls the action for every authorization's use, in no particular order. */
  void forEachUse(Consumer<UseLine> action) {
    uses.forEach((id, line) -> action.accept(line));
  }

  /**
   * The next version: changed or new deductions, new claims and changed uses, the maps taken as the
   * new layers (the caller must not keep them).
   */
  DeductionLedger nextTaking(HashMap<String, LedgerLine> changed, HashMap<ClaimKey, String> newClaims,
      HashMap<String, UseLine> changedUses) {
    HashMap<String, LedgerLine> openChanges = new HashMap<>();
    for (LedgerLine d : changed.values()) {
      boolean isOpen = d.isOpen();
      if (isOpen || open.get(d.id) != null) {
        openChanges.put(d.id, isOpen ? d : null);
      }
    }
    return new DeductionLedger(currency, deductions.plusTaking(changed), open.plusTaking(openChanges),
        claims.plusTaking(newClaims), uses.plusTaking(changedUses), block, useBlock);
  }

  /** The key under which a claim is remembered: account, type, normalised reference and amount. */
  static ClaimKey claimKey(String accountId, int type, String normalisedReference, long minorUnits) {
    return new ClaimKey(accountId, type, normalisedReference, minorUnits);
  }

  /** A claim: account, type ordinal (or -1), normalised reference and amount in minor units. */
  record ClaimKey(String accountId, int type, String reference, long minorUnits) {}

  private List<LedgerDeduction> sorted(LayeredMap<String, LedgerLine> map) {
    LedgerRows rows = map == deductions ? deductionsByDate() : LedgerRows.byDate(map, block, true);
    List<LedgerDeduction> all = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      all.add(rows.line(r).toDeduction(currency));
    }
    return all;
  }

  private LedgerRows deductionsByDate() {
    LedgerRows sorted = byDate;
    if (sorted == null) {
      sorted = LedgerRows.byDate(deductions, block, false);
      byDate = sorted;
    }
    return sorted;
  }

  private UseRows usesById() {
    UseRows sorted = byId;
    if (sorted == null) {
      sorted = UseRows.byId(uses, useBlock);
      byId = sorted;
    }
    return sorted;
  }
}
