package dev.keyaccount.examples.bench;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.AuthorizationListing;
import dev.keyaccount.receivables.deduction.CompactAuthorizations;
import dev.keyaccount.receivables.deduction.CompactDeductions;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.DeductionState;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.deduction.MatchingResult;
import dev.keyaccount.receivables.deduction.ReasonType;
import dev.keyaccount.receivables.reconciliation.References;
import dev.keyaccount.receivables.testing.GeneratedRemittance;
import dev.keyaccount.receivables.testing.GenerationOptions;
import dev.keyaccount.receivables.testing.GroundTruth;
import dev.keyaccount.receivables.testing.RemittanceGenerator;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deduction matching at scale: ours against a naive all-pairs matcher and against the floor (a bare
 * hash join on pre-normalised references with amounts as long minor units), on remittances from the
 * ka-receivables ground-truth generator, plus the adversarial same-amount case. Prints one line per
 * figure, {@code name: value (target)}.
 *
 * <p>Run: {@code java -Xmx2g -cp ka-examples/target/ka-review.jar dev.keyaccount.examples.bench.MatchingBenchmark}
 * ({@code --quick} for N = 10,000 and 100,000 only). Times are medians of several runs in one JVM,
 * after warm-up runs; single-threaded.
 */
public final class MatchingBenchmark {

  private static final Logger MONETA_LOG = Logger.getLogger("org.javamoney.moneta");
  private static final long SEED = 20_261_122L;

  private final PrintStream out;
  private final MatchingPolicy policy = MatchingPolicy.standard(Currencies.CNY);
  private final DeductionMatcher matcher = new DeductionMatcher(policy);

  private MatchingBenchmark(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code --quick} for N = 10,000 and 100,000 only; {@code --realistic N} for the realistic
   *     generator at N lines only; {@code --weekly N} for the weekly runs against a ledger of N lines only
   */
  public static void main(String[] args) {
    MONETA_LOG.setLevel(Level.WARNING);
    boolean quick = Arrays.asList(args).contains("--quick");
    int realistic = Arrays.asList(args).indexOf("--realistic");
    if (realistic >= 0) {
      new MatchingBenchmark(new PrintStream(System.out, true, StandardCharsets.UTF_8))
          .realistic(Integer.parseInt(args[realistic + 1]));
      return;
    }
    int weekly = Arrays.asList(args).indexOf("--weekly");
    if (weekly >= 0) {
      int n = Integer.parseInt(args[weekly + 1]);
      new MatchingBenchmark(new PrintStream(System.out, true, StandardCharsets.UTF_8)).weekly(n, n / 100);
      return;
    }
    new MatchingBenchmark(new PrintStream(System.out, true, StandardCharsets.UTF_8)).run(quick);
  }

  private void run(boolean quick) {
    out.println("# deduction matching, single thread, max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, " + (quick ? "quick" : "full") + " mode");
    int[] sizes = quick ? new int[] {10_000, 100_000} : new int[] {10_000, 100_000, 1_000_000};
    // Warm the JIT on a mid-size run first, so that no size is measured on colder code than another.
    GeneratedRemittance warmUp = RemittanceGenerator.generate(SEED + 1, 100_000, policy);
    for (int i = 0; i < 5; i++) {
      matcher.match(warmUp.deductions(), warmUp.authorizations());
    }
    Map<Integer, Double> ours = new HashMap<>();
    for (int n : sizes) {
      GeneratedRemittance remittance = RemittanceGenerator.generate(SEED, n, policy);
      int runs = n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : 11;
      int warmups = n >= 1_000_000 ? 1 : 3;
      MatchingResult[] last = new MatchingResult[1];
      double ms = medianMillis(warmups, runs,
          () -> last[0] = matcher.match(remittance.deductions(), remittance.authorizations()));
      ours.put(n, ms);
      GroundTruth.Evaluation quality = remittance.truth().evaluate(last[0]);
      String label = label(n);
      line("match." + label + ".ms", fmt(ms), n == 1_000_000 ? "< 5000" : "report");
      line("match." + label + ".settled_correctly_vs_truth",
          String.format(Locale.ROOT, "%.2f%% (%d of %d)", 100.0 * quality.correct() / quality.total(),
              quality.correct(), quality.total()), ">= 95%");
      line("match." + label + ".wrong_matches", String.valueOf(quality.wrongMatches()), "0");
      line("match." + label + ".matched_by_count (valid or partly valid)",
          last[0].summary().matchRateByCount().toString(), "report");
      line("match." + label + ".auto_settled_by_count (not unresolved)",
          last[0].summary().autoMatchRateByCount().toString(), "report");
      FloorInput floor = prepareFloor(remittance);
      double floorMs = medianMillis(warmups, runs, () -> floorJoin(floor));
      line("match." + label + ".floor_hash_join.ms", fmt(floorMs), "report");
      line("match." + label + ".ours_over_floor", fmt(ms / floorMs) + "x", "<= 5x");
      if (n == 10_000) {
        double naiveMs = medianMillis(1, 3, () -> naive(remittance));
        line("match." + label + ".naive_all_pairs.ms", fmt(naiveMs), "report");
        line("match." + label + ".naive_over_ours", fmt(naiveMs / ms) + "x", ">= 100x");
      }
    }
    if (ours.containsKey(1_000_000)) {
      line("match.growth.1m_over_100k", fmt(ours.get(1_000_000) / ours.get(100_000)), "<= 12");
    } else {
      line("match.growth.100k_over_10k", fmt(ours.get(100_000) / ours.get(10_000)), "<= 12");
    }
    realistic(quick ? 100_000 : 1_000_000);
    weekly(quick ? 100_000 : 1_000_000, quick ? 1_000 : 10_000);
    GeneratedRemittance adversarial = RemittanceGenerator.adversarial(10_000, policy);
    MatchingResult[] result = new MatchingResult[1];
    double adversarialMs = medianMillis(0, 1,
        () -> result[0] = matcher.match(adversarial.deductions(), adversarial.authorizations()));
    line("match.adversarial.n10k.ms", fmt(adversarialMs), "< 10000");
    line("match.adversarial.n10k.unresolved", String.valueOf(result[0].summary().count(DeductionState.UNRESOLVED)),
        "10000 (all ambiguous)");
  }

  /**
   * The realistic generator: retailer-formatted references, large accounts, split claims without
   * reference, ties and bad lines; time, the share of decisions right by the truth, the share of claims
   * with a true answer that were found, and wrong matches.
   */
  private void realistic(int n) {
    // The account structure: hundreds of accounts, of which one in a hundred large, each with
    // hundreds of open authorizations per type (30% of the lines); then the stress case of two accounts
    // holding those 30% between them (tens of thousands of open authorizations per type at 1M).
    realistic(n, GenerationOptions.realistic().withLargeAccounts(Math.max(2, n / 10_000), 30), "realistic.");
    realistic(n, GenerationOptions.realistic(), "realistic_two_giant_accounts.");
  }

  private void realistic(int n, GenerationOptions options, String prefix) {
    GeneratedRemittance remittance = RemittanceGenerator.generate(SEED + 3, n, policy, options);
    MatchingResult[] last = new MatchingResult[1];
    // The stress case runs once (tens of seconds at 1M); the structure is a median of three.
    boolean stress = !prefix.equals("realistic.");
    double ms = medianMillis(stress ? 0 : 1, stress ? 1 : 3,
        () -> last[0] = matcher.match(remittance.deductions(), remittance.authorizations()));
    GroundTruth.Evaluation e = remittance.truth().evaluate(last[0]);
    int lines = 0;
    int found = 0;
    for (GroundTruth.Kind kind : List.of(GroundTruth.Kind.MATCH, GroundTruth.Kind.CONTESTED,
        GroundTruth.Kind.UNSEARCHED)) {
      GroundTruth.Tally t = e.byKind().get(kind);
      if (t != null) {
        lines += t.lines();
        found += t.matched();
      }
    }
    String label = prefix + label(n);
    line(label + ".ms", fmt(ms), n == 1_000_000 && prefix.equals("realistic.") ? "<= 2000" : "report");
    line(label + ".decisions_right_by_truth", String.format(Locale.ROOT, "%.2f%%", 100 * e.rightShare()), ">= 99.5%");
    line(label + ".true_answers_found", String.format(Locale.ROOT, "%.2f%% (%d of %d)", 100.0 * found / lines, found,
        lines), ">= 99.5%");
    line(label + ".wrong_matches", String.valueOf(e.wrongMatches()), "0");
    if (!stress) {
      // The same lines held as columns, as a reader of large files (the review) gives them: the matcher
      // reads them as they are instead of copying the values into columns first. Same decisions.
      CompactDeductions deductions = CompactDeductions.copyOf(remittance.deductions());
      CompactAuthorizations authorizations = CompactAuthorizations.copyOf(remittance.authorizations());
      MatchingResult[] compact = new MatchingResult[1];
      double compactMs = medianMillis(1, 3, () -> compact[0] = matcher.match(deductions, authorizations));
      line(label + ".compact_input_ms", fmt(compactMs), "report");
      line(label + ".compact_input_same_decisions",
          String.valueOf(compact[0].deductionResults().equals(last[0].deductionResults())), "true");
    }
  }

  /**
   * A weekly run against a large ledger. The remittance's deductions sorted by date; the week is the
   * last {@code week} of them, either of every account ({@code all accounts}) or of the accounts of one
   * retailer group (every twentieth account, as a retailer remits for its own accounts); everything
   * else is matched first into a ledger, then the week against the same authorizations and that ledger.
   * Compared with one run over all {@code n}.
   */
  private void weekly(int n, int week) {
    GeneratedRemittance remittance = RemittanceGenerator.generate(SEED + 2, n, policy);
    List<Deduction> sorted = new java.util.ArrayList<>(remittance.deductions());
    sorted.sort(java.util.Comparator.comparing(Deduction::date).thenComparing(Deduction::id));
    DeductionLedger empty = DeductionLedger.empty(policy.currency());
    double fullMs = medianMillis(1, 3, () -> matcher.match(sorted, remittance.authorizations(), empty));
    String label = label(n);
    line("weekly." + label + ".full_run_with_ledger.ms", fmt(fullMs), "report");
    for (boolean group : new boolean[] {false, true}) {
      java.util.Set<Deduction> last = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (int i = sorted.size() - 1; i >= 0 && last.size() < week; i--) {
        Deduction d = sorted.get(i);
        if (!group || Math.floorMod(d.accountId().hashCode(), 20) == 0) {
          last.add(d);
        }
      }
      List<Deduction> weekLines = sorted.stream().filter(last::contains).toList();
      List<Deduction> earlier = sorted.stream().filter(d -> !last.contains(d)).toList();
      DeductionLedger ledger = matcher.match(earlier, remittance.authorizations(), empty).ledger();
      double weekMs = medianMillis(3, 7, () -> matcher.match(weekLines, remittance.authorizations(), ledger));
      String name = "weekly." + label + "." + label(weekLines.size()) + (group ? "_of_one_retailer_group" : "_of_all_accounts");
      line(name + ".against_ledger_of_" + ledger.deductionCount() + "_deductions.ms", fmt(weekMs), "report");
      line(name + ".week_over_full", String.format(Locale.ROOT, "%.1f%%", 100 * weekMs / fullMs),
          group ? "<= 5%" : "report");
      // The same week against the export indexed by account once (AuthorizationListing), as a desk
      // that keeps this week's export loaded would run it: the listing is built outside the timing.
      AuthorizationListing listing = AuthorizationListing.of(remittance.authorizations());
      double listedMs = medianMillis(3, 7, () -> matcher.match(weekLines, listing, ledger));
      line(name + ".against_listing.ms", fmt(listedMs), "report");
      line(name + ".against_listing.week_over_full", String.format(Locale.ROOT, "%.1f%%", 100 * listedMs / fullMs),
          group ? "<= 5%" : "report");
    }
  }

  private void line(String name, String value, String target) {
    out.println(name + ": " + value + " (target " + target + ")");
  }

  private static String label(int n) {
    return n >= 1_000_000 ? "n" + n / 1_000_000 + "m" : "n" + n / 1_000 + "k";
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
  }

  /** Median wall time of {@code runs} runs after {@code warmups} unmeasured ones, in milliseconds. */
  static double medianMillis(int warmups, int runs, Runnable task) {
    for (int i = 0; i < warmups; i++) {
      task.run();
    }
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      task.run();
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(times);
    return times[runs / 2];
  }

  // The floor: a bare hash join on references normalised in advance, amounts as long minor units. --------

  /** The floor's input, prepared before the clock starts: normalised references and minor units. */
  private record FloorInput(String[] authorizationKeys, long[] authorizationAmounts, String[] deductionKeys,
      long[] deductionAmounts) {}

  private static FloorInput prepareFloor(GeneratedRemittance remittance) {
    List<Authorization> authorizations = remittance.authorizations();
    List<Deduction> deductions = remittance.deductions();
    FloorInput input = new FloorInput(new String[authorizations.size()], new long[authorizations.size()],
        new String[deductions.size()], new long[deductions.size()]);
    for (int i = 0; i < authorizations.size(); i++) {
      input.authorizationKeys()[i] = authorizations.get(i).reference().map(References::normalise).orElse("");
      input.authorizationAmounts()[i] = Monies.toMinorUnits(authorizations.get(i).amount());
    }
    for (int i = 0; i < deductions.size(); i++) {
      input.deductionKeys()[i] = deductions.get(i).reference().map(References::normalise).orElse("");
      input.deductionAmounts()[i] = Monies.toMinorUnits(deductions.get(i).amount());
    }
    return input;
  }

  /** Joins deductions to authorizations by normalised reference; counts exact-amount hits. */
  private static int floorJoin(FloorInput input) {
    String[] keys = input.authorizationKeys();
    Map<String, Integer> index = new HashMap<>(keys.length * 2);
    for (int i = 0; i < keys.length; i++) {
      if (!keys[i].isEmpty()) {
        index.put(keys[i], i);
      }
    }
    long[] remaining = input.authorizationAmounts().clone();
    int hits = 0;
    for (int d = 0; d < input.deductionKeys().length; d++) {
      Integer a = index.get(input.deductionKeys()[d]);
      if (a != null) {
        long amount = input.deductionAmounts()[d];
        long take = Math.min(amount, remaining[a]);
        remaining[a] -= take;
        if (take == amount) {
          hits++;
        }
      }
    }
    return hits;
  }

  // The naive matcher: every deduction compared with every authorization, no index. ------------------

  private int naive(GeneratedRemittance remittance) {
    List<Authorization> authorizations = remittance.authorizations();
    long[] remaining = new long[authorizations.size()];
    for (int i = 0; i < remaining.length; i++) {
      remaining[i] = Monies.toMinorUnits(authorizations.get(i).amount());
    }
    long tolerance = Monies.toMinorUnits(policy.absoluteTolerance());
    int matched = 0;
    for (Deduction deduction : remittance.deductions()) {
      long amount = Monies.toMinorUnits(deduction.amount());
      Optional<String> reference = deduction.reference().map(References::normalise);
      Optional<ReasonType> type = policy.reasonType(deduction.reasonCode());
      int found = -1;
      for (int a = 0; a < authorizations.size() && found < 0; a++) {
        Authorization authorization = authorizations.get(a);
        if (remaining[a] <= 0) {
          continue;
        }
        if (reference.isPresent() && authorization.reference().map(References::normalise).equals(reference)) {
          found = a;
        } else if (authorization.accountId().equals(deduction.accountId()) && type.isPresent()
            && type.get() == authorization.type()
            && Math.abs(ChronoUnit.DAYS.between(authorization.date(), deduction.date())) <= policy.dateWindowDays()
            && Math.abs(remaining[a] - amount) <= tolerance) {
          found = a;
        }
      }
      if (found >= 0) {
        remaining[found] -= Math.min(amount, remaining[found]);
        matched++;
      }
    }
    return matched;
  }
}
