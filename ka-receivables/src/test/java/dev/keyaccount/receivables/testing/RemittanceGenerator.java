package dev.keyaccount.receivables.testing;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.deduction.ReasonType;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * <p>Everything follows from the seed: the same seed, size and policy give the same remittance. A
 * million authorizations take a second or two. Stateless and thread-safe.
 */
public final class RemittanceGenerator {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final String[] PREFIX = {"PRM", "DSP", "LST", "RBT", "INV", "CRN"};
  private static final long MIN_AMOUNT = 1_000_00L;
  private static final long AMOUNT_RANGE = 999_000_00L;
  private static final long SPREAD = 2_654_435_761L;

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
    Args.positive(n, "n");
    Args.notNull(policy, "policy");
    return new Builder(seed, n, policy).build();
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
    private final CurrencyUnit currency;
    private final long noise;
    private final int maxLate;
    private final String[] codes = new String[ReasonType.values().length];
    private final String fineCode;
    private final String[] accounts;
    private final LocalDate[] dates = new LocalDate[500];
    private final List<Authorization> authorizations;
    private final List<Deduction> deductions;
    private final GroundTruth.Recorder truth;

    Builder(long seed, int n, MatchingPolicy policy) {
      this.random = new SplittableRandom(seed);
      this.n = n;
      this.currency = policy.currency();
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
      for (int i = 0; i < dates.length; i++) {
        dates[i] = START.plusDays(i);
      }
      this.authorizations = new ArrayList<>(n + 3);
      this.deductions = new ArrayList<>(n + n / 8);
      this.truth = new GroundTruth.Recorder(n + n / 8);
    }

    GeneratedRemittance build() {
      while (authorizations.size() < n) {
        int scenario = random.nextInt(100);
        String account = accounts[random.nextInt(accounts.length)];
        ReasonType type = ReasonType.values()[random.nextInt(ReasonType.values().length)];
        int day = random.nextInt(365);
        if (scenario < 58) {
          int a = authorization(account, type, day);
          deduction(account, type, noisyReference(a), amount(a) + rounding(), late(day), a);
        } else if (scenario < 62) {
          int a = authorization(account, type, day);
          long first = amount(a) * (20 + random.nextInt(61)) / 100;
          if (first * 2 == amount(a)) {
            first++;
          }
          deduction(account, type, noisyReference(a), first, late(day), a);
          deduction(account, type, noisyReference(a), amount(a) - first, late(day), a);
        } else if (scenario < 65) {
          int a = authorization(account, type, day);
          String reference = noisyReference(a);
          int late = late(day);
          int original = deduction(account, type, reference, amount(a), late, a);
          int copy = deduction(account, type, noisyReference(a), amount(a), late + 1 + random.nextInt(30), -1);
          truth.duplicate(copy, original);
        } else if (scenario < 75) {
          int a = authorization(account, type, day);
          deduction(account, type, null, amount(a) + rounding(), late(day), a);
        } else if (scenario < 85) {
          int a = authorization(account, type, day);
          deduction(account, type, typo(a), amount(a) + rounding(), late(day), a);
        } else if (scenario < 90) {
          int size = 2 + random.nextInt(2);
          int[] members = new int[size];
          long sum = 0;
          for (int k = 0; k < size; k++) {
            members[k] = authorization(account, type, day);
            sum += amount(members[k]);
          }
          deduction(account, type, null, sum, late(day), members);
        } else if (scenario < 93) {
          int a = authorization(account, type, day);
          long first = amount(a) * (20 + random.nextInt(61)) / 100;
          deduction(account, type, null, first, late(day), a);
          deduction(account, type, null, amount(a) - first, late(day), a);
        } else if (scenario < 97) {
          boolean fine = random.nextBoolean();
          int d = fine
              ? deductionLine(account, fineCode, null, randomAmount(), late(day))
              : deductionLine(account, codes[type.ordinal()], "CLM-" + (100_000 + random.nextInt(900_000)),
                  randomAmount(), late(day));
          truth.unknown(d);
        } else {
          authorization(account, type, day);
        }
      }
      return new GeneratedRemittance(authorizations, deductions, truth.build());
    }

    private int authorization(String account, ReasonType type, int day) {
      int index = authorizations.size();
      authorizations.add(Authorization.builder()
          .id("A" + index)
          .accountId(account)
          .type(type)
          .reference(PREFIX[type.ordinal()] + "-" + number(index))
          .amount(Monies.ofMinorUnits(randomAmount(), currency))
          .date(date(day))
          .build());
      return index;
    }

    private long amount(int authorization) {
      return Monies.toMinorUnits(authorizations.get(authorization).amount());
    }

    private int deduction(String account, ReasonType type, String reference, long amount, int day,
        int... truthAuthorizations) {
      int index = deductionLine(account, codes[type.ordinal()], reference, amount, day);
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
      return index;
    }

    private LocalDate date(int day) {
      return day < dates.length ? dates[day] : START.plusDays(day);
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
      return day + random.nextInt(maxLate + 1);
    }

    private static long number(int index) {
      return Math.floorMod(index * SPREAD + 12_345_678L, 1_000_000_000L);
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

    private String typo(int a) {
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
  }
}
