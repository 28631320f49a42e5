package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.aging.AgingBuckets;
import dev.keyaccount.receivables.reconciliation.References;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>A new version shares what did not change with the version it came from (see the layered maps
 * below), so a run costs about the size of its remittance, not of the ledger. Consistency is checked on
 * every construction from parts ({@link #of}): each deduction's matched part equals its consumptions,
 * no authorization is consumed beyond its amount, one currency throughout. This class is immutable and
 * thread-safe.
 */
public final class DeductionLedger {

  private final CurrencyUnit currency;
  private final LayeredMap<String, LedgerDeduction> deductions;
  private final LayeredMap<String, LedgerDeduction> open;
  private final LayeredMap<String, String> claims;
  private final LayeredMap<String, AuthorizationUse> uses;

  private DeductionLedger(CurrencyUnit currency, LayeredMap<String, LedgerDeduction> deductions,
      LayeredMap<String, LedgerDeduction> open, LayeredMap<String, String> claims,
      LayeredMap<String, AuthorizationUse> uses) {
    this.currency = currency;
    this.deductions = deductions;
    this.open = open;
    this.claims = claims;
    this.uses = uses;
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
        LayeredMap.empty(), LayeredMap.empty());
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
    Args.notNull(currency, "currency");
    Args.notNull(deductions, "deductions");
    Args.notNull(authorizationUses, "authorizationUses");
    Map<String, LedgerDeduction> byId = new HashMap<>();
    Map<String, LedgerDeduction> openById = new HashMap<>();
    Map<String, String> claimMap = new HashMap<>();
    int i = 0;
    for (LedgerDeduction d : deductions) {
      Args.notNull(d, "deductions[" + i++ + "]");
      Args.sameCurrency(d.amount(), currency, "deductions '" + d.id() + "' amount");
      Args.check(byId.put(d.id(), d) == null, "deductions", "have unique ids", "'" + d.id() + "' (repeated)");
      if (isOpen(d)) {
        openById.put(d.id(), d);
      }
      claimKey(d).ifPresent(key -> claimMap.putIfAbsent(key, d.id()));
    }
    Map<String, AuthorizationUse> useMap = new HashMap<>();
    Map<String, Money> consumedBy = new HashMap<>();
    i = 0;
    for (AuthorizationUse use : authorizationUses) {
      Args.notNull(use, "authorizationUses[" + i++ + "]");
      Args.sameCurrency(use.amount(), currency, "authorizationUses '" + use.authorizationId() + "' amount");
      Args.check(useMap.put(use.authorizationId(), use) == null, "authorizationUses", "have unique ids",
          "'" + use.authorizationId() + "' (repeated)");
      for (Consumption c : use.consumptions()) {
        Args.check(byId.containsKey(c.deductionId()), "authorizationUses", "name known deductions",
            "'" + c.deductionId() + "' in '" + use.authorizationId() + "'");
        consumedBy.merge(c.deductionId(), c.amount(), Money::add);
      }
    }
    for (LedgerDeduction d : byId.values()) {
      Money consumed = consumedBy.getOrDefault(d.id(), Monies.zero(currency));
      Args.check(consumed.isEqualTo(d.matched()), "deductions", "have a matched part equal to their consumptions "
          + consumed, "'" + d.id() + "' matched " + d.matched());
    }
    return new DeductionLedger(currency, LayeredMap.<String, LedgerDeduction>empty().plus(byId),
        LayeredMap.<String, LedgerDeduction>empty().plus(openById),
        LayeredMap.<String, String>empty().plus(claimMap),
        LayeredMap.<String, AuthorizationUse>empty().plus(useMap));
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
    return Optional.ofNullable(deductions.get(Args.notNull(id, "id")));
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
   * What the ledger knows of one authorization.
   *
   * @param authorizationId the authorization's id
   * @return its amount and consumptions, or empty if never listed
   * @throws NullPointerException if the id is null
   */
  public Optional<AuthorizationUse> authorizationUse(String authorizationId) {
    return Optional.ofNullable(uses.get(Args.notNull(authorizationId, "authorizationId")));
  }

  /**
   * Every authorization listed so far, by id.
   *
   * @return the uses
   */
  public List<AuthorizationUse> authorizationUses() {
    List<AuthorizationUse> all = new ArrayList<>(uses.size());
    uses.forEach((id, use) -> all.add(use));
    all.sort((a, b) -> a.authorizationId().compareTo(b.authorizationId()));
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
    List<Money> totals = new ArrayList<>();
    for (int b = 0; b < buckets.size(); b++) {
      totals.add(Monies.zero(currency));
    }
    open.forEach((id, d) -> {
      long age = Math.max(0, ChronoUnit.DAYS.between(d.date(), asOf));
      int bucket = buckets.bucketOf(age);
      totals.set(bucket, Monies.add(totals.get(bucket), d.open()));
    });
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
    LocalDate first = asOf.minusDays(periodDays - 1L);
    BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
    deductions.forEach((id, d) -> {
      if (!d.date().isBefore(first) && !d.date().isAfter(asOf)) {
        sums[0] = sums[0].add(Monies.decimal(d.amount()));
      }
    });
    open.forEach((id, d) -> sums[1] = sums[1].add(Monies.decimal(d.open())));
    if (sums[0].signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(sums[1].multiply(BigDecimal.valueOf(periodDays)).divide(sums[0], 1, RoundingMode.HALF_UP));
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
    LedgerDeduction d = deductions.get(decision.deductionId());
    Args.check(d != null, "decision", "name a deduction in the ledger", "'" + decision.deductionId() + "'");
    return new Decisions(this, d, decision).apply();
  }

  // ---------------------------------------------------------------- for the matcher and decisions

  LedgerDeduction deductionOrNull(String id) {
    return deductions.get(id);
  }

  String claimOrNull(String key) {
    return claims.get(key);
  }

  AuthorizationUse useOrNull(String authorizationId) {
    return uses.get(authorizationId);
  }

  void forEachOpen(java.util.function.Consumer<LedgerDeduction> action) {
    open.forEach((id, d) -> action.accept(d));
  }

  /** The next version: changed or new deductions, new claims and changed uses. */
  DeductionLedger next(Map<String, LedgerDeduction> changed, Map<String, String> newClaims,
      Map<String, AuthorizationUse> changedUses) {
    Map<String, LedgerDeduction> openChanges = new HashMap<>();
    for (LedgerDeduction d : changed.values()) {
      boolean isOpen = isOpen(d);
      if (isOpen || open.get(d.id()) != null) {
        openChanges.put(d.id(), isOpen ? d : null);
      }
    }
    return new DeductionLedger(currency, deductions.plus(changed), open.plus(openChanges), claims.plus(newClaims),
        uses.plus(changedUses));
  }

  /** The key under which a claim is remembered: account, type, normalised reference and amount. */
  static String claimKey(String accountId, int type, String normalisedReference, long minorUnits) {
    return accountId + '\u001F' + type + '\u001F' + normalisedReference + '\u001F' + minorUnits;
  }

  private static Optional<String> claimKey(LedgerDeduction d) {
    String reference = d.reference().map(References::normalise).orElse("");
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(claimKey(d.accountId(), d.type().map(Enum::ordinal).orElse(-1), reference,
        Monies.toMinorUnits(d.amount())));
  }

  private static boolean isOpen(LedgerDeduction d) {
    return !d.open().isZero() || d.awaitsComplement();
  }

  private static List<LedgerDeduction> sorted(LayeredMap<String, LedgerDeduction> map) {
    List<LedgerDeduction> all = new ArrayList<>(map.size());
    map.forEach((id, d) -> all.add(d));
    // A plain comparator: a million deductions sort several times faster than with comparing().thenComparing().
    all.sort((a, b) -> {
      int byDate = a.date().compareTo(b.date());
      return byDate != 0 ? byDate : a.id().compareTo(b.id());
    });
    return all;
  }
}
