package dev.keyaccount.receivables.testing;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.deduction.ReasonType;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.reconciliation.References;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The ground-truth remittance generator: builds authorizations, then a retailer's deductions from them
 * with realistic noise, and records which authorizations truly explain each deduction, so that a
 * matcher (ours, or yours behind an integration) can be checked against the truth.
 *
 * <p>The mix, per authorization "bundle": about 58% single deductions quoting the reference (with
 * formatting noise: case, spaces, punctuation, leading zeros; some with a rounding difference within
 * the policy's absolute tolerance), 4% reference splits (two unequal parts), 3% reference claims taken
 * twice (a duplicate, later), 10% without a reference and 10% with a typo'd reference (one character
 * wrong or two swapped), 5% merged claims (one deduction without a reference for 2 or 3 authorizations
 * of the same account and type, exact sum), 3% split claims without a reference (two parts, exact sum),
 * 4% unknown claims (an unknown claim number, or a fine under a reason code the policy does not map) and
 * 3% authorizations never claimed. Deductions come up to 75 days (at most the policy's window) after
 * the authorization. Amounts run from 1,000.00 to 1,000,000.00 in the policy's currency; there are
 * {@code max(3, n / 100)} accounts. Ids are {@code "A<i>"} and {@code "D<i>"}.
 *
 * <p>{@link GenerationOptions} add what real remittances do (retailer-formatted references, large
 * accounts, ties, bad lines: see there) and, for edge tests, lines that only the matcher's last sort keys
 * tell apart and claims at or beyond the date window's edge; {@link #weeks} spreads the deductions over consecutive
 * weekly remittances. The truth stays honest by the documented matching rules: where the rules cannot
 * tell (a tie in amount, a reference misquoted beyond the allowed edits, a near amount that other
 * authorizations also add up to exactly) the deduction's {@link GroundTruth.Kind} says which outcomes
 * are acceptable.
 *
 * <p>Everything follows from the seed: the same seed, size and policy give the same remittance. A
 * million authorizations take a second or two. Stateless and thread-safe.
 */
public final class RemittanceGenerator {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final String[] PREFIX = {"PRM", "DSP", "LST", "RBT", "INV", "CRN"};
  private static final long MIN_AMOUNT = 1_000_00L;
  private static final long AMOUNT_RANGE = 999_000_00L;
  private static final long SPREAD = 2_654_435_761L;
  private static final String[] ACCENTED_PREFIX = {"PR\u00C9", "D\u00C9S", "L\u00CFS", "R\u00C9B", "F\u00C0C",
      "AV\u00D4"};

  private RemittanceGenerator() {}

  /**
   * Generates about {@code n} authorizations and as many deductions, with their true matches.
   *
   * @param seed the seed; the same seed gives the same remittance
   * @param n the number of authorizations, at least 1
   * @param policy the policy the matcher will apply: its currency, tolerance, window and reason codes
   *     shape the noise so that it stays within them
   * @return the remittance and its truth
   */
  public static GeneratedRemittance generate(long seed, int n, MatchingPolicy policy) {
    return generate(seed, n, policy, GenerationOptions.standard());
  }

  /**
   * Generates about {@code n} authorizations and as many deductions, with the noise the options ask
   * for, and their truth. With {@link GenerationOptions#standard()} this is
   * {@link #generate(long, int, MatchingPolicy)}.
   *
   * @param seed the seed; the same seed, size, policy and options give the same remittance
   * @param n the number of authorizations, at least 1
   * @param policy the policy the matcher will apply
   * @param options what to put into the remittance beyond the standard mix
   * @return the remittance and its truth
   */
  public static GeneratedRemittance generate(long seed, int n, MatchingPolicy policy, GenerationOptions options) {
    Args.positive(n, "n");
    Args.notNull(policy, "policy");
    Args.notNull(options, "options");
    Builder builder = new Builder(seed, n, policy, options, 0);
    builder.build();
    return new GeneratedRemittance(builder.authorizations, builder.deductions, builder.truth.build(),
        builder.noiseCounts());
  }

  /**
   * Generates about {@code n} authorizations and the deductions of {@code weeks} consecutive weekly
   * remittances claiming them (authorizations dated from 30 days before the first week to the last),
   * with their truth. Besides the options' noise, claims taken again come a week or two later
   * (duplicates across weeks) and the parts of split claims a week or two apart.
   *
   * @param seed the seed; the same arguments give the same remittances
   * @param n the number of authorizations, at least 1
   * @param weeks the number of weeks, at least 1
   * @param policy the policy the matcher will apply
   * @param options what to put into the remittances beyond the standard mix
   * @return the weekly remittances and their truth
   */
  public static WeeklyRemittances weeks(long seed, int n, int weeks, MatchingPolicy policy,
      GenerationOptions options) {
    Args.positive(n, "n");
    Args.positive(weeks, "weeks");
    Args.notNull(policy, "policy");
    Args.notNull(options, "options");
    Builder builder = new Builder(seed, n, policy, options, weeks);
    builder.build();
    List<List<Deduction>> byWeek = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      byWeek.add(new ArrayList<>());
    }
    Integer[] order = new Integer[builder.deductions.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(builder.lineDay.get(x), builder.lineDay.get(y)));
    for (int i : order) {
      byWeek.get(builder.week(builder.lineDay.get(i))).add(builder.deductions.get(i));
    }
    return new WeeklyRemittances(builder.authorizations, byWeek, builder.truth.build(), builder.noiseCounts());
  }

  /**
   * The worst case for a combination search: {@code n} authorizations and {@code n} deductions, all
   * of one account and type, with the same amount and date and no references. Every deduction is
   * truly ambiguous; the truth expects none to be matched.
   *
   * @param n the number of each, at least 1
   * @param policy the policy (its currency and reason codes are used)
   * @return the remittance
   */
  public static GeneratedRemittance adversarial(int n, MatchingPolicy policy) {
    Args.positive(n, "n");
    Args.notNull(policy, "policy");
    CurrencyUnit currency = policy.currency();
    String code = reasonCode(policy, ReasonType.PROMOTION);
    List<Authorization> authorizations = new ArrayList<>(n);
    List<Deduction> deductions = new ArrayList<>(n);
    GroundTruth.Recorder truth = new GroundTruth.Recorder(n);
    for (int i = 0; i < n; i++) {
      authorizations.add(Authorization.builder().id("A" + i).accountId("KA-ADVERSARY").type(ReasonType.PROMOTION)
          .amount(Monies.ofMinorUnits(1_000_00L, currency)).date(START).build());
      deductions.add(Deduction.builder().id("D" + i).accountId("KA-ADVERSARY").reasonCode(code)
          .amount(Monies.ofMinorUnits(1_000_00L, currency)).date(START).build());
      truth.ambiguous(i);
    }
    return new GeneratedRemittance(authorizations, deductions, truth.build());
  }

  /**
   * A QuickTheories generator of remittances of 1 to {@code maxSize} authorizations.
   *
   * @param maxSize the largest size, at least 1
   * @param policy the policy the matcher will apply
   * @return the generator
   */
  public static Gen<GeneratedRemittance> remittances(int maxSize, MatchingPolicy policy) {
    Args.positive(maxSize, "maxSize");
    Args.notNull(policy, "policy");
    return SourceDSL.longs().all().zip(SourceDSL.integers().between(1, maxSize),
        (seed, size) -> generate(seed, size, policy));
  }

  /** The reason code the retailer uses for a type: one the policy maps to it, else the type's name. */
  static String reasonCode(MatchingPolicy policy, ReasonType type) {
    for (Map.Entry<String, ReasonType> entry : policy.reasonCodes().entrySet()) {
      if (entry.getValue() == type) {
        return entry.getKey();
      }
    }
    return type.name().toLowerCase(Locale.ROOT);
  }

  private static final class Builder {
    private final SplittableRandom random;
    private final int n;
    private final MatchingPolicy policy;
    private final GenerationOptions options;
    private final CurrencyUnit currency;
    private final CurrencyUnit otherCurrency;
    private final long noise;
    private final int maxLate;
    private final int weeks;
    private final int span;
    private final String[] codes = new String[ReasonType.values().length];
    private final String fineCode;
    private final String[] accounts;
    private final String[] largeAccounts;
    private final LocalDate[] dates = new LocalDate[500];
    private final int[] serials = new int[ReasonType.values().length];
    private final int[] noiseCounts = new int[Noise.values().length];
    final List<Authorization> authorizations;
    final List<Deduction> deductions;
    final GroundTruth.Recorder truth;
    // Per deduction line: its day after START (the bundle's day for a bad date), for the weeks.
    final List<Integer> lineDay = new ArrayList<>();
    // Deductions whose truth the amount passes decide (no reference, or one naming nothing): checked for ties.
    private final List<Integer> byAmount = new ArrayList<>();
    private final List<Integer> typos = new ArrayList<>();
    private final List<Integer> noReferenceParts = new ArrayList<>();
    // Per part of a split without a reference: the split's first part.
    private final Map<Integer, Integer> splitOf = new HashMap<>();
    private final java.util.Set<Integer> contestedSplits = new java.util.HashSet<>();
    private final List<Integer> goodLines = new ArrayList<>();
    // Every authorization's amount in minor units, once they are all made (before that, empty).
    private long[] amounts = new long[0];

    Builder(long seed, int n, MatchingPolicy policy, GenerationOptions options, int weeks) {
      this.random = new SplittableRandom(seed);
      this.n = n;
      this.policy = policy;
      this.options = options;
      this.weeks = weeks;
      this.span = weeks == 0 ? 365 : 7 * weeks;
      this.currency = policy.currency();
      this.otherCurrency = currency.equals(Currencies.USD) ? Currencies.EUR : Currencies.USD;
      this.noise = Math.min(10, Monies.toMinorUnits(policy.absoluteTolerance(), RoundingMode.FLOOR));
      this.maxLate = Math.min(75, policy.dateWindowDays());
      for (ReasonType type : ReasonType.values()) {
        codes[type.ordinal()] = reasonCode(policy, type);
      }
      String fine = "OTIF-FINE";
      while (policy.reasonType(fine).isPresent()) {
        fine = fine + "-X";
      }
      this.fineCode = fine;
      this.accounts = new String[Math.max(3, n / 100)];
      for (int i = 0; i < accounts.length; i++) {
        accounts[i] = String.format(Locale.ROOT, "KA%05d", i);
      }
      this.largeAccounts = new String[options.largeAccounts()];
      for (int i = 0; i < largeAccounts.length; i++) {
        largeAccounts[i] = String.format(Locale.ROOT, "KL%03d", i);
      }
      for (int i = 0; i < dates.length; i++) {
        dates[i] = START.plusDays(i);
      }
      this.authorizations = new ArrayList<>(n + 3);
      this.deductions = new ArrayList<>(n + n / 8);
      this.truth = new GroundTruth.Recorder(n + n / 8);
    }

    void build() {
      while (authorizations.size() < n) {
        if (options.badLinesPerThousand() > 0 && random.nextInt(1000) < options.badLinesPerThousand()) {
          badLine();
        }
        if (options.sortTiesPerThousand() > 0 && random.nextInt(1000) < options.sortTiesPerThousand()) {
          sortTie();
        }
        if (options.windowEdgesPerThousand() > 0 && random.nextInt(1000) < options.windowEdgesPerThousand()) {
          windowEdge();
        }
        if (options.tiesPerThousand() > 0 && random.nextInt(1000) < options.tiesPerThousand()) {
          tie();
          continue;
        }
        int scenario = random.nextInt(100);
        boolean large = largeAccounts.length > 0 && random.nextInt(100) < options.largeAccountPercent();
        String account = large ? largeAccounts[random.nextInt(largeAccounts.length)]
            : accounts[random.nextInt(accounts.length)];
        ReasonType type = ReasonType.values()[random.nextInt(ReasonType.values().length)];
        int day = authorizationDay();
        if (scenario < 58) {
          int a = authorization(account, type, day);
          deduction(account, type, quoted(a, false), amount(a) + rounding(), late(day), a);
        } else if (scenario < 62) {
          int a = authorization(account, type, day);
          long first = amount(a) * (20 + random.nextInt(61)) / 100;
          if (first * 2 == amount(a)) {
            first++;
          }
          String firstReference = quoted(a, false);
          int one = late(day);
          deduction(account, type, firstReference, first, one, a);
          String secondReference = quoted(a, false);
          int two = weeks == 0 ? late(day) : later(day, one);
          deduction(account, type, secondReference, amount(a) - first, two, a);
          crossWeek(one, two, Noise.CROSS_WEEK_SPLIT);
        } else if (scenario < 65) {
          int a = authorization(account, type, day);
          String reference = quoted(a, true);
          int late = late(day);
          int original = deduction(account, type, reference, amount(a), late, a);
          String copyReference = quoted(a, true);
          int copyDay = weeks == 0 ? late + 1 + random.nextInt(30) : later(day, late);
          int copy = deduction(account, type, copyReference, amount(a), copyDay, -1);
          truth.duplicate(copy, original);
          crossWeek(late, copyDay, Noise.CROSS_WEEK_DUPLICATE);
        } else if (scenario < 75) {
          int a = authorization(account, type, day);
          byAmount.add(deduction(account, type, null, amount(a) + rounding(), late(day), a));
        } else if (scenario < 85) {
          int a = authorization(account, type, day);
          int d = deduction(account, type, typo(a), amount(a) + rounding(), late(day), a);
          typos.add(d);
          byAmount.add(d);
        } else if (scenario < 90) {
          int size = large ? 2 : 2 + random.nextInt(2);
          int[] members = new int[size];
          long sum = 0;
          for (int k = 0; k < size; k++) {
            members[k] = authorization(account, type, day);
            sum += amount(members[k]);
          }
          deduction(account, type, null, sum, late(day), members);
          count(large, Noise.LARGE_ACCOUNT_MERGE);
        } else if (scenario < 93) {
          int a = authorization(account, type, day);
          int parts = large && random.nextBoolean() ? 3 : 2;
          long first = amount(a) * (20 + random.nextInt(61)) / 100;
          long second = parts == 2 ? amount(a) - first : (amount(a) - first) * (20 + random.nextInt(61)) / 100;
          int one = late(day);
          noReferenceParts.add(deduction(account, type, null, first, one, a));
          int two = weeks == 0 ? late(day) : later(day, one);
          noReferenceParts.add(deduction(account, type, null, second, two, a));
          crossWeek(one, two, Noise.CROSS_WEEK_SPLIT);
          if (parts == 3) {
            noReferenceParts.add(deduction(account, type, null, amount(a) - first - second,
                weeks == 0 ? late(day) : later(day, two), a));
          }
          int firstPart = noReferenceParts.get(noReferenceParts.size() - parts);
          for (int k = noReferenceParts.size() - parts; k < noReferenceParts.size(); k++) {
            splitOf.put(noReferenceParts.get(k), firstPart);
          }
          count(large, parts == 2 ? Noise.LARGE_ACCOUNT_SPLIT_IN_TWO : Noise.LARGE_ACCOUNT_SPLIT_IN_THREE);
        } else if (scenario < 97) {
          boolean fine = random.nextBoolean();
          int d = fine
              ? deductionLine(account, fineCode, null, randomAmount(), late(day))
              : deductionLine(account, codes[type.ordinal()], "CLM-" + (100_000 + random.nextInt(900_000)),
                  randomAmount(), late(day));
          truth.unknown(d);
          goodLines.add(d);
        } else {
          authorization(account, type, day);
        }
      }
      classifyTypos();
      classifyTies();
    }

    private int authorizationDay() {
      return weeks == 0 ? random.nextInt(365) : random.nextInt(span + 30) - 30;
    }

    int week(int day) {
      return Math.max(0, Math.min(weeks - 1, Math.floorDiv(day, 7)));
    }

    private void crossWeek(int one, int two, Noise kind) {
      if (weeks > 0 && week(one) != week(two)) {
        noiseCounts[kind.ordinal()]++;
      }
    }

    private void count(boolean condition, Noise kind) {
      if (condition) {
        noiseCounts[kind.ordinal()]++;
      }
    }

    Map<Noise, Integer> noiseCounts() {
      Map<Noise, Integer> counts = new EnumMap<>(Noise.class);
      for (Noise kind : Noise.values()) {
        if (noiseCounts[kind.ordinal()] > 0) {
          counts.put(kind, noiseCounts[kind.ordinal()]);
        }
      }
      return counts;
    }

    /** A tie: two authorizations alike in account, type, date and amount, one claimed without a reference. */
    private void tie() {
      boolean large = largeAccounts.length > 0 && random.nextInt(100) < options.largeAccountPercent();
      String account = large ? largeAccounts[random.nextInt(largeAccounts.length)]
          : accounts[random.nextInt(accounts.length)];
      ReasonType type = ReasonType.values()[random.nextInt(ReasonType.values().length)];
      int day = authorizationDay();
      int a = authorization(account, type, day);
      int twin = authorization(account, type, day, amount(a));
      int d = deduction(account, type, null, amount(a), late(day), a);
      truth.tied(d, a, twin);
      noiseCounts[Noise.TIE.ordinal()]++;
    }

    /**
     * Lines that only the last keys of the matcher's order tell apart: two claims without a reference,
     * alike in account, type, date and amount, for two twin authorizations (their order comes down to
     * their ids, the twins' too); or an earlier line's id again, on the same date and for the same amount,
     * under another account, reason code or reference that sorts after the earlier one's (so which of the
     * two is kept comes down to those keys, and it is the earlier line).
     */
    private void sortTie() {
      if (goodLines.isEmpty() || random.nextBoolean()) {
        String account = accounts[random.nextInt(accounts.length)];
        ReasonType type = ReasonType.values()[random.nextInt(ReasonType.values().length)];
        int day = authorizationDay();
        int a = authorization(account, type, day);
        int twin = authorization(account, type, day, amount(a));
        int claimDay = late(day);
        int one = deduction(account, type, null, amount(a), claimDay, a);
        int two = deduction(account, type, null, amount(a), claimDay, twin);
        truth.tied(one, a, twin);
        truth.tied(two, twin, a);
        noiseCounts[Noise.TWIN_CLAIMS.ordinal()]++;
        return;
      }
      int original = goodLines.get(random.nextInt(goodLines.size()));
      Deduction earlier = deductions.get(original);
      Deduction.Builder copy = Deduction.builder().from(earlier);
      int key = random.nextInt(3);
      if (key == 0) {
        copy.accountId(earlier.accountId() + "~");
      } else if (key == 1) {
        copy.reasonCode(earlier.reasonCode() + "~");
      } else {
        copy.reference(earlier.reference().orElse("") + "~");
      }
      deductions.add(copy.build());
      lineDay.add(lineDay.get(original));
      truth.repeated(original);
      noiseCounts[Noise.REPEATED_ID_SAME_DATE_AND_AMOUNT.ordinal()]++;
    }

    /**
     * A claim without a reference for the exact amount of a new authorization, dated at the edge of the
     * policy's date window (before or after): on the edge it is a match; one day or more beyond, the
     * amount passes never see the authorization and the claim is explained by nothing.
     */
    private void windowEdge() {
      String account = accounts[random.nextInt(accounts.length)];
      ReasonType type = ReasonType.values()[random.nextInt(ReasonType.values().length)];
      int day = authorizationDay();
      int a = authorization(account, type, day);
      int sign = random.nextBoolean() ? 1 : -1;
      if (random.nextBoolean()) {
        byAmount.add(deduction(account, type, null, amount(a), day + sign * policy.dateWindowDays(), a));
        noiseCounts[Noise.AT_WINDOW_EDGE.ordinal()]++;
      } else {
        int beyond = random.nextBoolean() ? 1 : 1 + random.nextInt(30);
        int d = deductionLine(account, codes[type.ordinal()], null, amount(a),
            day + sign * (policy.dateWindowDays() + beyond));
        truth.unknown(d);
        goodLines.add(d);
        noiseCounts[Noise.OUT_OF_WINDOW.ordinal()]++;
      }
    }

    /** A line the matcher must reject: expected so in the truth. */
    private void badLine() {
      String account = accounts[random.nextInt(accounts.length)];
      ReasonType type = ReasonType.values()[random.nextInt(ReasonType.values().length)];
      int day = late(authorizationDay());
      int kind = random.nextInt(5);
      int index = deductions.size();
      Deduction.Builder line = Deduction.builder().id("D" + index).accountId(account)
          .reasonCode(codes[type.ordinal()]).amount(Monies.ofMinorUnits(randomAmount(), currency)).date(date(day));
      if (kind == 0) {
        line.amount(Monies.ofMinorUnits(DeductionMatcher.MAX_MINOR_UNITS + 1 + random.nextLong(1_000_000_000L),
            currency));
        noiseCounts[Noise.BAD_AMOUNT.ordinal()]++;
      } else if (kind == 1) {
        line.date(random.nextBoolean() ? DeductionMatcher.MIN_DATE.minusDays(1 + random.nextInt(1000))
            : DeductionMatcher.MAX_DATE.plusDays(1 + random.nextInt(1000)));
        noiseCounts[Noise.BAD_DATE.ordinal()]++;
      } else if (kind == 2) {
        line.id("D" + index + "-" + "X".repeat(DeductionMatcher.MAX_ID_LENGTH));
        noiseCounts[Noise.LONG_ID.ordinal()]++;
      } else if (kind == 3 && !goodLines.isEmpty()) {
        // The id of an earlier line, later and larger, so the earlier line is the one kept.
        int original = goodLines.get(random.nextInt(goodLines.size()));
        Deduction earlier = deductions.get(original);
        int earlierDay = lineDay.get(original);
        int repeatDay = Math.max(earlierDay, weeks == 0 ? earlierDay + random.nextInt(10)
            : Math.min(span - 1, earlierDay + random.nextInt(10)));
        deductions.add(Deduction.builder().from(earlier)
            .amount(Monies.add(earlier.amount(), Monies.ofMinorUnits(1 + random.nextInt(1000), currency)))
            .date(date(repeatDay)).build());
        lineDay.add(repeatDay);
        truth.repeated(original);
        noiseCounts[Noise.REPEATED_ID.ordinal()]++;
        return;
      } else {
        line.amount(Monies.ofMinorUnits(randomAmount(), otherCurrency));
        noiseCounts[Noise.OTHER_CURRENCY.ordinal()]++;
      }
      deductions.add(line.build());
      lineDay.add(day);
      truth.rejected(index);
    }

    private int authorization(String account, ReasonType type, int day) {
      return authorization(account, type, day, randomAmount());
    }

    private int authorization(String account, ReasonType type, int day, long amount) {
      int index = authorizations.size();
      authorizations.add(Authorization.builder()
          .id("A" + index)
          .accountId(account)
          .type(type)
          .reference(reference(index, type, day))
          .amount(Monies.ofMinorUnits(amount, currency))
          .date(date(day))
          .build());
      return index;
    }

    /** Ours: {@code PRM-<number>}, or with retailer references {@code PRM-2025-0000017} (one in ten accented). */
    private String reference(int index, ReasonType type, int day) {
      if (!options.retailerReferences()) {
        return PREFIX[type.ordinal()] + "-" + number(index);
      }
      String prefix = random.nextInt(10) == 0 ? ACCENTED_PREFIX[type.ordinal()] : PREFIX[type.ordinal()];
      int serial = ++serials[type.ordinal()];
      return prefix + "-" + date(day).getYear() + "-" + String.format(Locale.ROOT, "%07d", serial);
    }

    private long amount(int authorization) {
      if (authorization < amounts.length) {
        return amounts[authorization];
      }
      return Monies.toMinorUnits(authorizations.get(authorization).amount());
    }

    private int deduction(String account, ReasonType type, String reference, long amount, int day,
        int... truthAuthorizations) {
      int index = deductionLine(account, codes[type.ordinal()], reference, amount, day);
      goodLines.add(index);
      if (truthAuthorizations.length == 1 && truthAuthorizations[0] < 0) {
        return index;
      }
      truth.match(index, truthAuthorizations);
      return index;
    }

    private int deductionLine(String account, String code, String reference, long amount, int day) {
      int index = deductions.size();
      Deduction.Builder line = Deduction.builder()
          .id("D" + index)
          .accountId(account)
          .reasonCode(code)
          .amount(Monies.ofMinorUnits(amount, currency))
          .date(date(day));
      if (reference != null) {
        line.reference(reference);
      }
      deductions.add(line.build());
      lineDay.add(day);
      if (account.startsWith("KL")) {
        noiseCounts[Noise.LARGE_ACCOUNT_LINE.ordinal()]++;
      }
      return index;
    }

    private LocalDate date(int day) {
      return day >= 0 && day < dates.length ? dates[day] : START.plusDays(day);
    }

    private long randomAmount() {
      return MIN_AMOUNT + random.nextLong(AMOUNT_RANGE);
    }

    private long rounding() {
      if (noise == 0 || random.nextInt(5) != 0) {
        return 0;
      }
      long magnitude = 1 + random.nextLong(noise);
      return random.nextBoolean() ? magnitude : -magnitude;
    }

    private int late(int day) {
      int late = day + random.nextInt(maxLate + 1);
      return weeks == 0 ? late : Math.max(0, Math.min(span - 1, late));
    }

    /** A week or two after {@code from}, within the window of the authorization's day and the weeks. */
    private int later(int day, int from) {
      int later = Math.min(day + maxLate, from + 7 + random.nextInt(14));
      return Math.max(from, Math.min(span - 1, later));
    }

    private static long number(int index) {
      return Math.floorMod(index * SPREAD + 12_345_678L, 1_000_000_000L);
    }

    private String quoted(int a, boolean sameStrictForm) {
      return options.retailerReferences() ? retailerReference(a, sameStrictForm) : noisyReference(a);
    }

    private String noisyReference(int a) {
      String prefix = PREFIX[authorizations.get(a).type().ordinal()];
      long number = number(a);
      switch (random.nextInt(6)) {
        case 0:
          return prefix + "-" + number;
        case 1:
          return prefix.toLowerCase(Locale.ROOT) + "-" + number;
        case 2:
          return prefix + " " + number;
        case 3:
          return prefix + "-000" + number;
        case 4:
          return prefix + "/" + number + ".";
        default:
          return " " + prefix.charAt(0) + prefix.substring(1).toLowerCase(Locale.ROOT) + number;
      }
    }

    /**
     * Our reference as a retailer quotes it. {@code sameStrictForm} keeps its strict form (no removed
     * separators), so that a claim taken twice is recognisably the same claim.
     */
    private String retailerReference(int a, boolean sameStrictForm) {
      String[] parts = authorizations.get(a).reference().orElseThrow().split("-");
      String prefix = parts[0];
      String year = parts[1];
      String padded = parts[2];
      String bare = Integer.toString(Integer.parseInt(padded));
      String quoted;
      switch (random.nextInt(sameStrictForm ? 7 : 8)) {
        case 0:
          quoted = prefix + "-" + year + "-" + padded;
          break;
        case 1:
          quoted = prefix + "-" + year + "-" + bare;
          tally(Noise.ZEROS_DROPPED, bare, padded);
          break;
        case 2:
          quoted = prefix + "/" + year + "/" + padded;
          noiseCounts[Noise.SEPARATORS_CHANGED.ordinal()]++;
          break;
        case 3:
          quoted = prefix + " " + year + " " + bare;
          noiseCounts[Noise.SEPARATORS_CHANGED.ordinal()]++;
          tally(Noise.ZEROS_DROPPED, bare, padded);
          break;
        case 4:
          quoted = (prefix + "-" + year + "-" + bare).toLowerCase(Locale.ROOT);
          noiseCounts[Noise.LOWER_CASE.ordinal()]++;
          tally(Noise.ZEROS_DROPPED, bare, padded);
          break;
        case 5:
          quoted = fullWidth(prefix + "-" + year + "-" + bare);
          noiseCounts[Noise.FULL_WIDTH.ordinal()]++;
          tally(Noise.ZEROS_DROPPED, bare, padded);
          break;
        case 6:
          quoted = prefix.toLowerCase(Locale.ROOT) + "." + year + "." + padded;
          noiseCounts[Noise.LOWER_CASE.ordinal()]++;
          noiseCounts[Noise.SEPARATORS_CHANGED.ordinal()]++;
          break;
        default:
          quoted = prefix + year + padded;
          noiseCounts[Noise.SEPARATORS_REMOVED.ordinal()]++;
          break;
      }
      return decomposed(prefix, quoted);
    }

    private void tally(Noise kind, String bare, String padded) {
      if (bare.length() < padded.length()) {
        noiseCounts[kind.ordinal()]++;
      }
    }

    /** Half of the references holding accents are quoted decomposed (NFD). */
    private String decomposed(String prefix, String quoted) {
      if (prefix.chars().allMatch(c -> c < 0x80) || random.nextBoolean()) {
        return quoted;
      }
      noiseCounts[Noise.NFD_ACCENTS.ordinal()]++;
      return Normalizer.normalize(quoted, Normalizer.Form.NFD);
    }

    private static String fullWidth(String text) {
      StringBuilder out = new StringBuilder(text.length());
      for (char c : text.toCharArray()) {
        out.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : c);
      }
      return out.toString();
    }

    private String typo(int a) {
      return options.retailerReferences() ? retailerTypo(a) : numberTypo(a);
    }

    /** Two letters of the prefix swapped: one edit, and never another type's prefix. */
    private String retailerTypo(int a) {
      String[] parts = authorizations.get(a).reference().orElseThrow().split("-");
      char[] prefix = parts[0].toCharArray();
      int position = random.nextInt(prefix.length - 1);
      char swap = prefix[position];
      prefix[position] = prefix[position + 1];
      prefix[position + 1] = swap;
      String serial = random.nextBoolean() ? parts[2] : Integer.toString(Integer.parseInt(parts[2]));
      noiseCounts[Noise.TYPO.ordinal()]++;
      return decomposed(parts[0], new String(prefix) + "-" + parts[1] + "-" + serial);
    }

    private String numberTypo(int a) {
      String digits = Long.toString(number(a));
      char[] chars = digits.toCharArray();
      int position = random.nextInt(chars.length);
      if (random.nextBoolean() && chars.length > 1) {
        int next = position + 1 < chars.length ? position + 1 : position - 1;
        char swap = chars[position];
        chars[position] = chars[next];
        chars[next] = swap;
        if (chars[position] == chars[next] || chars[0] == '0') {
          chars = digits.toCharArray();
          chars[position] = letterFor(chars[position]);
        }
      } else {
        chars[position] = letterFor(chars[position]);
      }
      return PREFIX[authorizations.get(a).type().ordinal()] + "-" + new String(chars);
    }

    private static char letterFor(char digit) {
      switch (digit) {
        case '0':
          return 'O';
        case '1':
          return 'I';
        case '5':
          return 'S';
        case '8':
          return 'B';
        default:
          return 'X';
      }
    }

    /** A typo further from the true reference than the policy's edits is, by the rules, never matched by amount. */
    private void classifyTypos() {
      for (int d : typos) {
        int a = truth.authorizations(d)[0];
        String quoted = References.normalise(deductions.get(d).reference().orElseThrow());
        String ours = References.normalise(authorizations.get(a).reference().orElseThrow());
        if (quoted.length() > References.MAX_FUZZY_LENGTH || ours.length() > References.MAX_FUZZY_LENGTH
            || editDistance(quoted, ours) > policy.maxReferenceEdits()) {
          truth.misquoted(d);
        }
      }
    }

    /**
     * A deduction the amount passes decide ties with every other authorization of its account and
     * type within the window whose amount is as close by the rules (equal for an exact amount, within
     * the tolerance for a near one); a near amount ties too with any two that add up to it exactly,
     * since the combination pass comes first. Marked {@link GroundTruth.Kind#TIED}.
     */
    private void classifyTies() {
      amounts = new long[authorizations.size()];
      for (int a = 0; a < amounts.length; a++) {
        amounts[a] = Monies.toMinorUnits(authorizations.get(a).amount());
      }
      Map<String, List<Integer>> groups = new HashMap<>();
      for (int a = 0; a < authorizations.size(); a++) {
        Authorization auth = authorizations.get(a);
        groups.computeIfAbsent(auth.accountId() + "|" + auth.type(), k -> new ArrayList<>()).add(a);
      }
      Map<String, int[]> sorted = new HashMap<>();
      groups.forEach((key, members) -> sorted.put(key, members.stream().sorted((x, y) -> {
        int c = Long.compare(amount(x), amount(y));
        return c != 0 ? c : Integer.compare(x, y);
      }).mapToInt(Integer::intValue).toArray()));
      java.util.Set<Integer> contested = new java.util.HashSet<>();
      List<Integer> candidates = new ArrayList<>(byAmount);
      candidates.addAll(noReferenceParts);
      for (int d : candidates) {
        if (truth.kind(d) != GroundTruth.Kind.MATCH) {
          continue;
        }
        int a = truth.authorizations(d)[0];
        Authorization auth = authorizations.get(a);
        Deduction line = deductions.get(d);
        long x = Monies.toMinorUnits(line.amount());
        // A part of a split is never its authorization's amount: the near pass and the pairs apply.
        long tolerance = x == amount(a) && !splitOf.containsKey(d) ? 0 : tolerance(x);
        int[] group = sorted.get(auth.accountId() + "|" + auth.type());
        long day = line.date().toEpochDay();
        List<Integer> tied = new ArrayList<>();
        tied.add(a);
        // The group is sorted by amount: only the run within the tolerance of x is looked at.
        int lo = 0;
        int hi = group.length;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (amount(group[mid]) < x - tolerance) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        for (int k = lo; k < group.length && amount(group[k]) <= x + tolerance; k++) {
          int b = group[k];
          if (b != a && inWindow(b, day)) {
            tied.add(b);
          }
        }
        if (tolerance > 0) {
          addPairsSummingTo(x, group, day, tied);
        }
        if (tied.size() > 1) {
          truth.tied(d, tied.stream().mapToInt(Integer::intValue).toArray());
          contested.addAll(tied.subList(1, tied.size()));
          if (splitOf.containsKey(d)) {
            // The other parts of the split may then wait for a complement that never comes.
            contestedSplits.add(splitOf.get(d));
          }
        }
      }
      for (int d = 0; d < deductions.size(); d++) {
        if (truth.kind(d) == GroundTruth.Kind.MATCH
            && (Arrays.stream(truth.authorizations(d)).anyMatch(contested::contains)
                || contestedSplits.contains(splitOf.get(d)))) {
          truth.contested(d);
        }
      }
      // A part of a split beyond the three-part search that no later pass decides is left unresolved;
      // if it settles before the split's last date, it no longer waits and the later parts cannot
      // complete the split. A part on the last date, or a near amount, is decided by the later passes.
      Map<Integer, Long> lastDay = new HashMap<>();
      for (int d : noReferenceParts) {
        lastDay.merge(splitOf.get(d), deductions.get(d).date().toEpochDay(), Math::max);
      }
      java.util.Set<Integer> unsearchedSplits = new java.util.HashSet<>();
      for (int d : noReferenceParts) {
        if (truth.kind(d) == GroundTruth.Kind.MATCH
            && deductions.get(d).date().toEpochDay() < lastDay.get(splitOf.get(d)) && beyondSearch(d, sorted)) {
          unsearchedSplits.add(splitOf.get(d));
        }
      }
      for (int d : noReferenceParts) {
        if (truth.kind(d) == GroundTruth.Kind.MATCH && unsearchedSplits.contains(splitOf.get(d))) {
          truth.unsearched(d);
        }
      }
    }

    /** Whether more than the policy's three-part search bound of the group fit the deduction's window and amount. */
    private boolean beyondSearch(int d, Map<String, int[]> sorted) {
      Deduction line = deductions.get(d);
      Authorization auth = authorizations.get(truth.authorizations(d)[0]);
      long high = Monies.toMinorUnits(line.amount()) + Monies.toMinorUnits(policy.combinationTolerance(),
          RoundingMode.FLOOR);
      long day = line.date().toEpochDay();
      int count = 0;
      for (int b : sorted.get(auth.accountId() + "|" + auth.type())) {
        if (amount(b) > high) {
          break;
        }
        if (inWindow(b, day)) {
          count++;
        }
      }
      return count > policy.maxCombinationCandidates();
    }

    private void addPairsSummingTo(long x, int[] group, long day, List<Integer> tied) {
      int lo = 0;
      int hi = group.length - 1;
      while (lo < hi) {
        long sum = amount(group[lo]) + amount(group[hi]);
        if (sum < x) {
          lo++;
        } else if (sum > x) {
          hi--;
        } else {
          // Every pair with this sum: scan the equal run on the right for this left member.
          for (int k = hi; k > lo && amount(group[lo]) + amount(group[k]) == x; k--) {
            if (inWindow(group[lo], day) && inWindow(group[k], day)) {
              tied.add(group[lo]);
              tied.add(group[k]);
            }
          }
          lo++;
        }
      }
    }

    private boolean inWindow(int a, long day) {
      return Math.abs(authorizations.get(a).date().toEpochDay() - day) <= policy.dateWindowDays();
    }

    private long tolerance(long amount) {
      long absolute = Monies.toMinorUnits(policy.absoluteTolerance(), RoundingMode.FLOOR);
      BigDecimal relative = policy.relativeTolerance();
      return relative.signum() == 0 ? absolute
          : Math.max(absolute, BigDecimal.valueOf(amount).multiply(relative).setScale(0, RoundingMode.FLOOR)
              .longValueExact());
    }

    /** The optimal string alignment distance (edits and adjacent transpositions), as the matcher counts. */
    static int editDistance(String a, String b) {
      int[][] t = new int[a.length() + 1][b.length() + 1];
      for (int i = 0; i <= a.length(); i++) {
        t[i][0] = i;
      }
      for (int j = 0; j <= b.length(); j++) {
        t[0][j] = j;
      }
      for (int i = 1; i <= a.length(); i++) {
        for (int j = 1; j <= b.length(); j++) {
          int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
          int best = Math.min(Math.min(t[i - 1][j] + 1, t[i][j - 1] + 1), t[i - 1][j - 1] + cost);
          if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
            best = Math.min(best, t[i - 2][j - 2] + 1);
          }
          t[i][j] = best;
        }
      }
      return t[a.length()][b.length()];
    }
  }
}
