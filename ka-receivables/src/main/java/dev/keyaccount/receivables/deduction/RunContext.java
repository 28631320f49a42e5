package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * What every part of one matching run shares: the policy in minor units, the ledger it continues, the
 * dictionaries that turn a line's account, reason code and reference into small integers, the lines
 * rejected so far, and the money values the outcome is built from. Confined to the run's thread until
 * the result is published; read-only afterwards.
 */
final class RunContext {

  /** The state of a deduction no pass has decided yet. */
  static final byte PENDING = -1;
  static final DeductionState[] STATES = DeductionState.values();
  static final MatchPass[] PASSES = MatchPass.values();
  static final ReasonType[] TYPES = ReasonType.values();
  static final int TYPE_COUNT = TYPES.length;
  /** The name of the deductions' input in failure items. */
  static final String DEDUCTIONS = "deductions";
  /** The name of the authorizations' input in failure items. */
  static final String AUTHORIZATIONS = "authorizations";
  private static final long MIN_DAY = DeductionMatcher.MIN_DATE.toEpochDay();
  private static final long MAX_DAY = DeductionMatcher.MAX_DATE.toEpochDay();
  private static final BigDecimal MAX_MINOR = BigDecimal.valueOf(DeductionMatcher.MAX_MINOR_UNITS);

  final MatchingPolicy policy;
  final DeductionLedger ledger;
  final boolean hasLedger;
  /** Whether only the authorizations of the accounts this run concerns are loaded (see DeductionMatcher). */
  final boolean concernedOnly;
  final CurrencyUnit currency;
  final int minorDigits;
  final long dateWindowDays;
  final long splitPartnerDays;
  final long absoluteTolerance;
  final long combinationTolerance;
  final boolean combine;
  final boolean triples;
  final int maxCandidates;
  private final BigDecimal relativeTolerance;
  private final long[] writeOffThreshold = new long[TYPE_COUNT + 1];
  /** The lines the run could not use, as failure items of the input named {@link #DEDUCTIONS} or {@link #AUTHORIZATIONS}. */
  final List<FailureItem> rejected = new ArrayList<>();
  /** The accounts of the run, by the small integer every table uses for them. */
  final List<String> accounts = new ArrayList<>();
  private IndexTable accountIndex = new IndexTable(64);
  private String probedAccount;
  private final IndexTable.SameKey sameAccount = (other, probe) -> accounts.get(other).equals(probedAccount);
  private final Map<String, Integer> reasonTypes = new HashMap<>();
  ReferenceTable references;
  /**
   * The zero of the currency, shared by the results and ledger lines built from this run: most of a
   * million lines' parts are zero, and a value per part was most of the ledger's memory.
   */
  private volatile Money zero;

  RunContext(MatchingPolicy policy, DeductionLedger ledger, boolean concernedOnly) {
    this.policy = policy;
    this.ledger = ledger;
    this.concernedOnly = concernedOnly;
    this.hasLedger = ledger.deductionCount() > 0 || ledger.useCount() > 0;
    this.currency = policy.currency();
    this.minorDigits = Monies.minorDigits(currency);
    this.dateWindowDays = policy.dateWindowDays();
    this.splitPartnerDays = policy.splitPartnerDays();
    this.absoluteTolerance = Monies.toMinorUnits(policy.absoluteTolerance(), RoundingMode.FLOOR);
    this.combinationTolerance = Monies.toMinorUnits(policy.combinationTolerance(), RoundingMode.FLOOR);
    this.relativeTolerance = policy.relativeTolerance().signum() == 0 ? null : policy.relativeTolerance();
    this.combine = policy.maxCombinationSize() >= 2;
    this.triples = policy.maxCombinationSize() >= 3;
    this.maxCandidates = policy.maxCombinationCandidates();
    for (ReasonType type : TYPES) {
      writeOffThreshold[type.ordinal()] =
          Monies.toMinorUnits(policy.writeOffThreshold(Optional.of(type)), RoundingMode.FLOOR);
    }
    writeOffThreshold[TYPE_COUNT] = Monies.toMinorUnits(policy.defaultWriteOffThreshold(), RoundingMode.FLOOR);
  }

  /** Sizes the reference dictionary: about one per line of the larger side, plus the other side's variants. */
  void expect(int deductions, int authorizations) {
    int authorizationsLoaded = concernedOnly ? Math.min(authorizations, 4 * deductions + 64) : authorizations;
    references = new ReferenceTable(Math.max(deductions, authorizationsLoaded)
        + Math.min(deductions, authorizationsLoaded) / 4);
  }

  /** Drops the dictionaries only loading needed. */
  void release() {
    accountIndex = null;
  }

  /** The number of (account, type) groups. */
  int groupCount() {
    return accounts.size() * TYPE_COUNT;
  }

  /** The (account, type) group of a line. */
  static int group(int account, int type) {
    return account * TYPE_COUNT + type;
  }

  /** Whether a deduction of this run (new or carried) is of the account. */
  boolean knownAccount(String accountId) {
    probedAccount = accountId;
    return accountIndex.find(-1, accountId.hashCode(), sameAccount) >= 0;
  }

  /** The account's small integer, given on first sight. */
  int account(String accountId) {
    probedAccount = accountId;
    int known = accountIndex.putIfAbsent(accounts.size(), accountId.hashCode(), sameAccount);
    if (known >= 0) {
      return known;
    }
    accounts.add(accountId);
    return accounts.size() - 1;
  }

  /** The ordinal of the code's reason type, or -1 when the policy maps it to none. */
  int reasonType(String code) {
    Integer known = reasonTypes.get(code);
    if (known == null) {
      known = policy.reasonType(code).map(Enum::ordinal).orElse(-1);
      reasonTypes.put(code, known);
    }
    return known;
  }

  /** The near-amount tolerance for a deduction of this many minor units. */
  long tolerance(long amount) {
    if (relativeTolerance == null) {
      return absoluteTolerance;
    }
    long relative = BigDecimal.valueOf(amount).multiply(relativeTolerance)
        .setScale(0, RoundingMode.FLOOR).longValueExact();
    return Math.max(absoluteTolerance, relative);
  }

  /** What an unmatched deduction of the type (-1: none) may be written off up to. */
  long writeOffThreshold(int type) {
    return writeOffThreshold[type < 0 ? TYPE_COUNT : type];
  }

  /**
   * The amount in whole minor units, at most {@link DeductionMatcher#MAX_MINOR_UNITS}; compared before
   * it is converted, so no exponent costs more than an ordinary amount.
   */
  long minorUnits(MonetaryAmount amount) {
    // A Money's own decimal, without its trailing zeros (equal in value), costs no number conversion.
    BigDecimal value = amount instanceof Money ? ((Money) amount).getNumberStripped()
        : amount.getNumber().numberValue(BigDecimal.class);
    // In long: a scale near Integer.MIN_VALUE (1E+2147483647) would overflow the difference in int.
    BigDecimal minor = (long) value.precision() - value.scale() > 20 ? null : value.movePointRight(minorDigits);
    if (minor == null || minor.abs().compareTo(MAX_MINOR) > 0) {
      throw new IllegalArgumentException(Args.message("amount", "be at most "
          + DeductionMatcher.MAX_MINOR_UNITS + " minor units", amount));
    }
    if (minor.scale() > 0 && minor.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(Args.message("amount", "be a whole number of minor units", amount));
    }
    return minor.longValueExact();
  }

  /** The bounds every line is held to before any work: lengths and dates; null when within them. */
  static String lineProblem(String id, String accountId, String reference, long day) {
    if (id.length() > DeductionMatcher.MAX_ID_LENGTH) {
      return Args.message("id", "have at most " + DeductionMatcher.MAX_ID_LENGTH + " characters",
          id.length() + " characters");
    }
    if (accountId.isBlank()) {
      return Args.message("accountId", "not be blank", "'" + accountId + "'");
    }
    if (accountId.length() > DeductionMatcher.MAX_ID_LENGTH) {
      return Args.message("accountId", "have at most " + DeductionMatcher.MAX_ID_LENGTH + " characters",
          accountId.length() + " characters");
    }
    if (reference != null && reference.length() > DeductionMatcher.MAX_REFERENCE_LENGTH) {
      return Args.message("reference", "have at most " + DeductionMatcher.MAX_REFERENCE_LENGTH + " characters",
          reference.length() + " characters");
    }
    if (day < MIN_DAY || day > MAX_DAY) {
      return Args.message("date", "be between " + DeductionMatcher.MIN_DATE + " and " + DeductionMatcher.MAX_DATE,
          LocalDate.ofEpochDay(day));
    }
    return null;
  }

  /** Records a line the run cannot use: its input, position, id (cut to the id bound; null for a null line). */
  void reject(String input, int position, String id, FailureReason reason, String message) {
    String bounded = id == null || id.length() <= DeductionMatcher.MAX_ID_LENGTH ? id
        : id.substring(0, DeductionMatcher.MAX_ID_LENGTH) + "…";
    rejected.add(FailureItem.of(input, position, bounded, reason, message));
  }

  /** Records a null line. */
  void rejectNull(String input, int position) {
    reject(input, position, null, FailureReason.NULL_ITEM, Args.message(input + "[" + position + "]", "not be null",
        "null"));
  }

  /** Sorts the failure items: the deductions', then the authorizations', each in input order. */
  void sortRejected() {
    rejected.sort(Comparator.comparing((FailureItem f) -> !f.input().equals(DEDUCTIONS))
        .thenComparingInt(FailureItem::position));
  }

  /** The money of this many minor units; one shared zero per run. */
  Money money(long minorUnits) {
    if (minorUnits == 0) {
      Money shared = zero;
      if (shared == null) {
        shared = Monies.ofMinorUnits(0, currency);
        zero = shared; // a benign race: every thread builds an equal, immutable value
      }
      return shared;
    }
    return Monies.ofMinorUnits(minorUnits, currency);
  }

  /** The money of {@code minorUnits}: {@code same} when it is that many minor units, else a new value. */
  Money money(long minorUnits, long sameMinorUnits, Money same) {
    return minorUnits == sameMinorUnits ? same : money(minorUnits);
  }
}
