package dev.keyaccount.examples.bench;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.examples.review.ReviewMatchingPolicy;
import dev.keyaccount.examples.review.report.CsvOutput;
import dev.keyaccount.examples.spark.DeductionMatchingJob;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.DeductionState;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.deduction.MatchingResult;
import dev.keyaccount.receivables.testing.GeneratedRemittance;
import dev.keyaccount.receivables.testing.RemittanceGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark matching job against the single JVM on the same generated remittance. The remittance is
 * generated in chunks of a million authorizations and about as many deductions (each chunk its own
 * accounts, ids and accounts prefixed {@code c<k>-}) and written to {@code authorizations.csv} and
 * {@code deductions.csv}; then, in this JVM, the single-JVM figure: one {@link DeductionMatcher} run per
 * chunk over its values in memory (chunks share no account, so this is the run over all of them, account
 * by account), timing the matcher only; then the Spark job end to end (read the files, group, match,
 * write the three outputs) in a local session. Per-state counts of both are compared. Each phase is
 * timed on the wall clock and in this process's CPU time, which a machine shared with other work
 * disturbs less.
 *
 * <p>Run (from the repository root, after {@code ./mvnw package}; the Spark jars as in BENCHMARKS.md):
 * {@code java -Xmx8g <add-opens flags> -cp ka-examples/target/ka-spark.jar:$SPARK_JARS
 * dev.keyaccount.examples.bench.SparkBenchmark --lines 10000000 --dir /tmp/ka-spark-bench --master local[2]}.
 */
public final class SparkBenchmark {

  private static final long SEED = 20_261_206L;
  private static final int CHUNK = 1_000_000;

  private SparkBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code --lines N} (authorizations, about as many deductions; default 10,000,000),
   *     {@code --dir DIR} (the files; default {@code /tmp/ka-spark-bench}), {@code --master URL}
   *     (default {@code local[2]}), {@code --partitions N} (shuffle partitions; default Spark's),
   *     {@code --reuse} (keep the files of an earlier run with the same {@code --lines} and {@code --dir})
   * @throws IOException if the files cannot be written
   */
  public static void main(String[] args) throws IOException {
    Logger.getLogger("org.javamoney.moneta").setLevel(Level.WARNING);
    List<String> list = List.of(args);
    int lines = Integer.parseInt(option(list, "--lines", "10000000"));
    Path dir = Path.of(option(list, "--dir", "/tmp/ka-spark-bench"));
    String master = option(list, "--master", "local[2]");
    String partitions = option(list, "--partitions", "");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    MatchingPolicy policy = ReviewMatchingPolicy.of(Currencies.CNY);
    int chunks = (lines + CHUNK - 1) / CHUNK;
    out.printf(Locale.ROOT, "# Spark vs single JVM: %,d authorizations in %d chunk(s), max heap %,d MiB, %d cores%n",
        lines, chunks, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

    Files.createDirectories(dir);
    if (list.contains("--reuse") && Files.exists(dir.resolve("authorizations.csv"))
        && Files.exists(dir.resolve("deductions.csv"))) {
      out.println("reusing the files in " + dir);
    } else {
      write(dir, lines, chunks, policy, out);
    }

    DeductionMatcher matcher = new DeductionMatcher(policy);
    Map<DeductionState, Long> single = new EnumMap<>(DeductionState.class);
    long matching = 0;
    long matchingCpu = 0;
    for (int k = 0; k < chunks; k++) {
      Chunk chunk = chunk(k, Math.min(CHUNK, lines - k * CHUNK), policy);
      long t = System.nanoTime();
      long cpu = processCpu();
      MatchingResult run = matcher.match(chunk.deductions(), chunk.authorizations());
      matching += System.nanoTime() - t;
      matchingCpu += processCpu() - cpu;
      for (DeductionState state : DeductionState.values()) {
        single.merge(state, (long) run.summary().count(state), Long::sum);
      }
    }
    out.printf(Locale.ROOT, "single JVM, matcher only (values in memory, one thread): %.1f s, process CPU %.1f s; %s%n",
        matching / 1e9, matchingCpu / 1e9, single);

    SparkSession.Builder builder = SparkSession.builder().master(master).appName("ka-spark-benchmark")
        .config("spark.ui.enabled", "false");
    if (!partitions.isEmpty()) {
      builder.config("spark.sql.shuffle.partitions", partitions);
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      long t = System.nanoTime();
      long cpu = processCpu();
      DeductionMatchingJob.Outcome outcome = DeductionMatchingJob.run(spark, dir.resolve("authorizations.csv").toString(),
          dir.resolve("deductions.csv").toString(), dir.resolve("out").toString(), "csv");
      double sparkSeconds = seconds(t);
      double sparkCpu = (processCpu() - cpu) / 1e9;
      Map<DeductionState, Long> counts = new EnumMap<>(DeductionState.class);
      List<Row> sums = spark.read().option("header", "true").csv(dir.resolve("out").resolve(DeductionMatchingJob.SUMMARY)
          .toString()).selectExpr(sumsOfStates()).collectAsList();
      for (DeductionState state : DeductionState.values()) {
        counts.put(state, sums.get(0).isNullAt(state.ordinal()) ? 0L : sums.get(0).getLong(state.ordinal()));
      }
      out.printf(Locale.ROOT, "Spark %s end to end (read CSV, group, match, write): %.1f s, process CPU %.1f s; "
          + "%,d results in %,d accounts; %s%n", master, sparkSeconds, sparkCpu, outcome.results(), outcome.accounts(),
          counts);
      out.printf(Locale.ROOT, "ratio Spark end to end / single-JVM matcher: %.1f in time, %.1f in CPU; per-state "
          + "counts %s%n", sparkSeconds / (matching / 1e9), sparkCpu / (matchingCpu / 1e9),
          counts.equals(single) ? "equal" : "DIFFER");
    } finally {
      spark.stop();
    }
  }

  /** Generates the chunks and writes them to the two files. */
  private static void write(Path dir, int lines, int chunks, MatchingPolicy policy, PrintStream out)
      throws IOException {
    long start = System.nanoTime();
    long deductions = 0;
    try (Writer a = Files.newBufferedWriter(dir.resolve("authorizations.csv"), StandardCharsets.UTF_8);
        Writer d = Files.newBufferedWriter(dir.resolve("deductions.csv"), StandardCharsets.UTF_8);
        CsvOutput as = new CsvOutput(a, "authorization_id", "account_id", "type", "reference", "start_date",
            "end_date", "amount", "currency");
        CsvOutput ds = new CsvOutput(d, "deduction_id", "account_id", "date", "reason_code", "reference", "amount",
            "currency")) {
      for (int k = 0; k < chunks; k++) {
        Chunk chunk = chunk(k, Math.min(CHUNK, lines - k * CHUNK), policy);
        for (Authorization x : chunk.authorizations()) {
          as.verbatim(x.id()).verbatim(x.accountId()).verbatim(x.type().name()).verbatim(x.reference().orElse(""))
              .verbatim(x.date().toString()).verbatim(x.date().toString()).amount(x.amount())
              .verbatim(x.amount().getCurrency().getCurrencyCode()).endRow();
        }
        for (Deduction x : chunk.deductions()) {
          ds.verbatim(x.id()).verbatim(x.accountId()).verbatim(x.date().toString()).verbatim(x.reasonCode())
              .verbatim(x.reference().orElse("")).amount(x.amount())
              .verbatim(x.amount().getCurrency().getCurrencyCode()).endRow();
        }
        deductions += chunk.deductions().size();
      }
    }
    out.printf(Locale.ROOT, "generated and written: %,d authorizations, %,d deductions, %,d MB in %.1f s%n", lines,
        deductions, (Files.size(dir.resolve("authorizations.csv")) + Files.size(dir.resolve("deductions.csv"))) >> 20,
        seconds(start));
  }

  /** A chunk's lines. */
  private record Chunk(List<Authorization> authorizations, List<Deduction> deductions) {}

  /** Chunk k: its own seed, ids and accounts prefixed {@code c<k>-}. */
  private static Chunk chunk(int k, int n, MatchingPolicy policy) {
    GeneratedRemittance r = RemittanceGenerator.generate(SEED + k, n, policy);
    String prefix = "c" + k + "-";
    return new Chunk(
        r.authorizations().stream().map(a -> Authorization.builder().from(a).id(prefix + a.id())
            .accountId(prefix + a.accountId()).build()).collect(Collectors.toList()),
        r.deductions().stream().map(d -> Deduction.builder().from(d).id(prefix + d.id())
            .accountId(prefix + d.accountId()).build()).collect(Collectors.toList()));
  }

  private static String[] sumsOfStates() {
    DeductionState[] states = DeductionState.values();
    String[] sums = new String[states.length];
    for (int i = 0; i < states.length; i++) {
      sums[i] = "sum(cast(" + states[i].name().toLowerCase(Locale.ROOT) + " as bigint))";
    }
    return sums;
  }

  private static String option(List<String> args, String name, String fallback) {
    int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : fallback;
  }

  /** The CPU time of this JVM's threads so far (all of them: Spark's tasks, the garbage collector, the JIT). */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

}
