package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The rules of a matching run (核销规则), as data: amount tolerances, the date window, write-off
 * thresholds per reason type, the bounds of the combination search and the mapping of the retailer's
 * reason codes to ours.
 *
 * <p>The currency of the absolute tolerance is the currency of the run: deductions and authorizations
 * in another currency are rejected. {@link #standard(CurrencyUnit)} gives the defaults listed on each
 * attribute. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MatchingPolicy {

  MatchingPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The standard policy: tolerance 0.50 (absolute) and 0 (relative), exact combinations, a 90-day
   * window, combinations of up to 3 (three parts among at most 64
   * candidates), references up to 2 edits apart, no
   * write-off, no reason-code mapping beyond our own type names.
   *
   * @param currency the currency of the run
   * @return the standard policy
   * @throws NullPointerException if the currency is null
   */
  public static MatchingPolicy standard(CurrencyUnit currency) {
    Args.notNull(currency, "currency");
    return builder().absoluteTolerance(Monies.of(new BigDecimal("0.50"), currency)).build();
  }

  /**
   * The absolute amount tolerance: a deduction within this of an authorization matches it, and a
   * difference this small is written off rather than disputed. Its currency is the run's. Like every
   * amount of the policy, it is bounded: within the decimal bound and at most the matcher's largest line
   * ({@link DeductionMatcher#MAX_MINOR_UNITS} minor units); it is taken in whole minor units, rounded down.
   *
   * @return the tolerance, not negative
   */
  public abstract MonetaryAmount absoluteTolerance();

  /**
   * The relative amount tolerance as a fraction of the deduction; the larger of the two tolerances
   * applies. Default 0.
   *
   * @return a fraction in [0, 1)
   */
  @Value.Default
  public BigDecimal relativeTolerance() {
    return BigDecimal.ZERO;
  }

  /**
   * The tolerance for a combination (several authorizations for one deduction or several deductions
   * for one authorization). Default zero: combined amounts must add up exactly, because a loose sum
   * over several items matches by chance far more often than a single amount.
   *
   * @return the tolerance, not negative, in the run's currency
   */
  @Value.Default
  public MonetaryAmount combinationTolerance() {
    return Monies.zero(absoluteTolerance().getCurrency());
  }

  /**
   * How many days a deduction may lie before or after the date of what authorizes it (a January
   * promotion deducted in March still matches). Default 90.
   *
   * @return the window in days, between 0 and {@link #MAX_DATE_WINDOW_DAYS}
   */
  @Value.Default
  public int dateWindowDays() {
    return 90;
  }

  /**
   * Unmatched deductions up to this amount, per reason type, are written off (核销) instead of
   * disputed. Types not listed use {@link #defaultWriteOffThreshold()}.
   *
   * @return the thresholds, each not negative and in the run's currency
   */
  public abstract Map<ReasonType, MonetaryAmount> writeOffThresholds();

  /**
   * The write-off threshold for types not listed and for deductions whose reason code maps to no type.
   * Default zero (nothing is written off).
   *
   * @return the threshold, not negative, in the run's currency
   */
  @Value.Default
  public MonetaryAmount defaultWriteOffThreshold() {
    return Monies.zero(absoluteTolerance().getCurrency());
  }

  /**
   * The largest number of items combined in one match (1 turns combinations off, 2 allows pairs
   * only). Default 3.
   *
   * @return between 1 and 3
   */
  @Value.Default
  public int maxCombinationSize() {
    return 3;
  }

  /**
   * The most candidates a three-part combination search looks at. Two-part combinations are always
   * searched among every open authorization (or waiting deduction) of the account and type within the
   * window; three parts only when there are at most this many, which bounds each deduction's search
   * to about this number squared steps. A deduction with more candidates and no pair goes on to the
   * later passes (completing waiting deductions, near amount); if none decides it, three parts are
   * searched among up to 1,024 candidates still open, and it is left unresolved only if a combination
   * adds up among them (or there are more), else as any claim nothing adds up to (unauthorized, or
   * written off under its type's threshold). Default 64: searched among more, three that add up by
   * chance would make more true claims unresolved than they would settle.
   *
   * @return between 2 and 256
   */
  @Value.Default
  public int maxCombinationCandidates() {
    return 64;
  }

  /**
   * How unlikely a combination found by amount alone must be to have arisen by chance for it to be
   * accepted: a split (pass 3a or 3b) is matched only when the expected number of combinations that
   * the search would find among its candidates by coincidence is at most one in this many. The
   * estimate treats amounts as spread evenly up to the claim (3a) or up to the group's largest
   * authorization (3b): {@code C(n,2)/D} for pairs and {@code C(n,3)/(2D)} for triples among the
   * {@code n} candidates of a claim of {@code D} minor units (3a); {@code n·m/A} for pairs and
   * {@code C(n,2)·m/A} for triples of {@code n} waiting deductions against the {@code m}
   * authorizations of the group dated within the claim's window, the largest being {@code A} (3b).
   * Three authorizations for one claim (3a) are held to odds 100 times longer, as each part is a free
   * choice among the group's open authorizations. It counts sums equal to the minor unit: the
   * {@link #combinationTolerance()} is the allowance for a true split's rounding and does not count
   * against it. In an account with thousands of open authorizations of one type an exact pair is no
   * longer evidence, and the claim is left unresolved with its candidates rather than matched by
   * coincidence. Default 100 (at most one chance in a hundred per decision): on a generated
   * remittance of a million lines with a hundred large accounts of hundreds of open authorizations
   * per type it takes no wrong combination (99.999% of decisions right by its truth); with two accounts of
   * tens of thousands each, a longer 1,000 takes fewer wrong ones (4 instead of 66 of a million) at
   * the cost of true three-part splits left unresolved.
   *
   * @return between 1 and 1,000,000,000
   */
  @Value.Default
  public int coincidenceOdds() {
    return 100;
  }

  /**
   * How close in date the parts of a split must lie for the closer look of pass 3b. A claim without a
   * reference is first combined with the claims awaiting a complement dated at most this many days from
   * it (pairs, then three parts when all its partners are at most {@link #maxCombinationCandidates()},
   * as without the closer look). A single completion found among them is taken when it is unlikely by
   * chance over those close claims alone (the estimate of {@link #coincidenceOdds()} with their count),
   * when, for a pair, no other pair of the whole window completes the same authorization, and when the
   * same search over all partners within twice the {@link #dateWindowDays()} finds that completion and
   * no other (two ways are left to a person; a pair found there beats three close parts). Otherwise the
   * claim is decided by that search alone, as without the closer look. Retailers deduct the parts of one
   * accrual in consecutive remittances, so its parts lie close together, whereas a chance sum may pair
   * claims from anywhere in the window: in an account with hundreds of open authorizations of a type, a
   * split whose parts are weeks apart is then still found where among all the claims of the window a
   * pair that adds up would be no evidence. A date-based rule, so matching week by week decides as one
   * run does. 0 turns the closer look off, as does any value of at least twice the window (the closer
   * look would then search what the full search does). Default 28 (four weekly remittances). On two
   * independently written remittances with large accounts it settled more deductions right: 98.89% to
   * 99.24% of 100,694, with 33 wrong combinations instead of 19, and 98.73% to 99.35% of 12,591, with 8
   * wrong combinations as before. With it, {@code coincidenceOdds} 150 gave about as many right
   * decisions as odds 100 without it, and a quarter fewer wrong combinations.
   *
   * @return between 0 and twice {@link #MAX_DATE_WINDOW_DAYS}
   */
  @Value.Default
  public int splitPartnerDays() {
    return 28;
  }

  /**
   * How many edits (insertions, deletions, substitutions, adjacent transpositions) a quoted reference
   * may differ from an authorization's, after normalisation, for the two to match by amount: a keying
   * slip in letters or digits ({@code PMR-2026-3} or {@code PRM-2026-0000007} for {@code PRM-2026-0000003})
   * is forgiven, but two references with other symbols ({@code PRM-🍌} and {@code PRM-🍎}) or with the
   * same digits split at other places ({@code PRM-2026-11-0} and {@code PRM-2026-1-10}) name two
   * documents, however close. A deduction quoting a reference further away than this is never matched to
   * that authorization by amount alone. Default 2.
   *
   * @return not negative
   */
  @Value.Default
  public int maxReferenceEdits() {
    return 2;
  }

  /**
   * How many candidate authorizations an unresolved deduction reports at most. Default 10.
   *
   * @return between 2 and {@link #MAX_CANDIDATES_REPORTED}
   */
  @Value.Default
  public int maxCandidatesReported() {
    return 10;
  }

  /**
   * The retailer's reason codes mapped to our types (keys compared trimmed and upper-case). A code
   * not listed that is the name of a {@link ReasonType} (such as {@code "promotion"}) maps to it.
   *
   * @return the mapping
   */
  public abstract Map<String, ReasonType> reasonCodes();

  /**
   * The currency of the run.
   *
   * @return the currency of the absolute tolerance
   */
  public CurrencyUnit currency() {
    return absoluteTolerance().getCurrency();
  }

  /**
   * Maps a retailer's reason code to our type.
   *
   * @param reasonCode the code as the retailer wrote it
   * @return the type, or empty if the code is neither mapped nor one of our type names
   * @throws NullPointerException if the code is null
   */
  public Optional<ReasonType> reasonType(String reasonCode) {
    String key = Args.notNull(reasonCode, "reasonCode").trim().toUpperCase(Locale.ROOT);
    ReasonType mapped = normalisedCodes().get(key);
    if (mapped != null) {
      return Optional.of(mapped);
    }
    for (ReasonType type : ReasonType.values()) {
      if (type.name().equals(key)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * The write-off threshold that applies to a deduction of the given type.
   *
   * @param type the deduction's type, empty if its reason code maps to none
   * @return the threshold
   * @throws NullPointerException if the argument is null
   */
  public MonetaryAmount writeOffThreshold(Optional<ReasonType> type) {
    Args.notNull(type, "type");
    return type.map(writeOffThresholds()::get).orElse(defaultWriteOffThreshold());
  }

  @Value.Lazy
  Map<String, ReasonType> normalisedCodes() {
    Map<String, ReasonType> codes = new java.util.HashMap<>();
    reasonCodes().forEach((code, type) -> codes.put(code.trim().toUpperCase(Locale.ROOT), type));
    return codes;
  }

  /** The most candidates a result may report ({@link #maxCandidatesReported()}). */
  public static final int MAX_CANDIDATES_REPORTED = 1_000;

  /** The widest date window, in days ({@link #dateWindowDays()}): a hundred years. */
  public static final int MAX_DATE_WINDOW_DAYS = 36_525;

  @Value.Check
  void check() {
    boundedAmount(absoluteTolerance(), "absoluteTolerance");
    Args.notNegative(relativeTolerance(), "relativeTolerance");
    Args.bounded(relativeTolerance(), "relativeTolerance");
    if (relativeTolerance().compareTo(BigDecimal.ONE) >= 0) {
      throw Args.invalid("relativeTolerance", "be less than 1", relativeTolerance().toPlainString());
    }
    boundedAmount(combinationTolerance(), "combinationTolerance");
    Monies.requireSameCurrency(absoluteTolerance(), combinationTolerance(), "combinationTolerance");
    boundedAmount(defaultWriteOffThreshold(), "defaultWriteOffThreshold");
    Monies.requireSameCurrency(absoluteTolerance(), defaultWriteOffThreshold(), "defaultWriteOffThreshold");
    writeOffThresholds().forEach((type, threshold) -> {
      boundedAmount(threshold, "writeOffThresholds[" + type + "]");
      Monies.requireSameCurrency(absoluteTolerance(), threshold, "writeOffThresholds[" + type + "]");
    });
    Args.check(dateWindowDays() >= 0 && dateWindowDays() <= MAX_DATE_WINDOW_DAYS, "dateWindowDays",
        "be between 0 and " + MAX_DATE_WINDOW_DAYS, dateWindowDays());
    Args.check(splitPartnerDays() >= 0 && splitPartnerDays() <= 2 * MAX_DATE_WINDOW_DAYS, "splitPartnerDays",
        "be between 0 and " + 2 * MAX_DATE_WINDOW_DAYS, splitPartnerDays());
    Args.check(maxCombinationSize() >= 1 && maxCombinationSize() <= 3, "maxCombinationSize",
        "be between 1 and 3", maxCombinationSize());
    Args.check(maxCombinationCandidates() >= 2 && maxCombinationCandidates() <= 256, "maxCombinationCandidates",
        "be between 2 and 256", maxCombinationCandidates());
    Args.check(coincidenceOdds() >= 1 && coincidenceOdds() <= 1_000_000_000, "coincidenceOdds",
        "be between 1 and 1000000000", coincidenceOdds());
    Args.notNegative(maxReferenceEdits(), "maxReferenceEdits");
    Args.check(maxCandidatesReported() >= 2 && maxCandidatesReported() <= MAX_CANDIDATES_REPORTED,
        "maxCandidatesReported", "be between 2 and " + MAX_CANDIDATES_REPORTED, maxCandidatesReported());
    reasonCodes().keySet().forEach(code -> Args.notBlank(code, "reasonCodes key"));
  }

  /**
   * Checks an amount of the policy: not negative, within the decimal bound, and at most the matcher's
   * largest line ({@link DeductionMatcher#MAX_MINOR_UNITS} minor units), before any run converts it.
   */
  private static void boundedAmount(MonetaryAmount amount, String name) {
    Args.notNegative(amount, name);
    BigDecimal value = Args.bounded(Monies.decimal(amount), name);
    int digits = Math.max(0, amount.getCurrency().getDefaultFractionDigits());
    if (value.signum() != 0
        && value.movePointRight(digits).compareTo(BigDecimal.valueOf(DeductionMatcher.MAX_MINOR_UNITS)) > 0) {
      throw Args.invalid(name, "be at most " + Monies.ofMinorUnits(DeductionMatcher.MAX_MINOR_UNITS,
          amount.getCurrency()) + " (the matcher's largest line)", amount);
    }
  }

  /** Builds a {@link MatchingPolicy}; only the absolute tolerance is required. */
  public static final class Builder extends ImmutableMatchingPolicy.Builder {}
}
