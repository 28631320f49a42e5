package dev.keyaccount.examples.bench;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.testing.GeneratedRemittance;
import dev.keyaccount.receivables.testing.RemittanceGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;

/**
 * The whole job as a user runs it: CSV files of N authorizations and N deductions written to a
 * temporary folder, then {@code java -XmxH -cp ka-review.jar …QuarterlyReview --data DIR --out OUT} run
 * as a separate process and timed from its start to its exit (the last file written), against the
 * matcher alone on the same lines in this JVM. Prints one line per figure, {@code name: value (target)}.
 *
 * <p>Run: {@code java -Xmx6g -cp ka-examples/target/ka-review.jar dev.keyaccount.examples.bench.ReviewBenchmark
 * [--n 1000000] [--heap 1g] [--runs 3] [--files DIR]}. The child is started with the same {@code java} and
 * the jar this class was loaded from; the temporary folders are deleted afterwards. With {@code --files DIR}
 * the two CSV files are written to {@code DIR} and kept, or reused when {@code DIR} already holds them (the
 * same {@code --n} gives the same files), so that old and new code can be timed on the same input.
 */
public final class ReviewBenchmark {

  private static final Logger MONETA_LOG = Logger.getLogger("org.javamoney.moneta");
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private ReviewBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code --n N} lines per file (default 1,000,000), {@code --heap H} the child's
   *     {@code -Xmx} (default 1g), {@code --runs R} timed runs (default 3, median reported), {@code --files
   *     DIR} where the input files are kept between runs
   * @throws Exception if the files cannot be written or the child cannot be started
   */
  public static void main(String[] args) throws Exception {
    MONETA_LOG.setLevel(Level.WARNING);
    List<String> list = Arrays.asList(args);
    int n = Integer.parseInt(option(list, "--n", "1000000"));
    String heap = option(list, "--heap", "1g");
    int runs = Integer.parseInt(option(list, "--runs", "3"));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    MatchingPolicy policy = MatchingPolicy.standard(Currencies.CNY);
    GeneratedRemittance remittance = RemittanceGenerator.generate(20_261_202L, n, policy);
    Path work = Files.createTempDirectory("ka-review-bench");
    try {
      String kept = option(list, "--files", null);
      Path data = Files.createDirectories(kept != null ? Path.of(kept) : work.resolve("data"));
      if (kept == null || !Files.isRegularFile(data.resolve("deductions.csv"))) {
        writeAuthorizations(data.resolve("authorizations.csv"), remittance.authorizations());
        writeDeductions(data.resolve("deductions.csv"), remittance.deductions());
      }
      out.println("# review end to end: " + remittance.authorizations().size() + " authorizations x "
          + remittance.deductions().size() + " deductions, child -Xmx" + heap + ", "
          + Runtime.getRuntime().availableProcessors() + " cores");
      out.println("input.authorizations_csv.bytes: " + Files.size(data.resolve("authorizations.csv")));
      out.println("input.deductions_csv.bytes: " + Files.size(data.resolve("deductions.csv")));
      DeductionMatcher matcher = new DeductionMatcher(policy);
      double matcherMs = MatchingBenchmark.medianMillis(1, runs,
          () -> matcher.match(remittance.deductions(), remittance.authorizations()));
      double[] times = new double[runs];
      int status = 0;
      Path outDir = work.resolve("out");
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        status = child(heap, data, outDir, work.resolve("child.log"));
        times[i] = (System.nanoTime() - start) / 1e6;
        if (status != 0) {
          break;
        }
      }
      Arrays.sort(times);
      double reviewMs = status == 0 ? times[runs / 2] : Double.NaN;
      out.println("review.exit_status: " + status + " (target 0)");
      if (status != 0) {
        out.println("review.stderr: " + Files.readString(work.resolve("child.log")).strip());
        return;
      }
      out.println(fmt("review.end_to_end.ms", reviewMs, "<= 6000 at 1M x 1M in -Xmx1g"));
      out.println(fmt("matcher_alone.ms", matcherMs, "report"));
      out.println(String.format(Locale.ROOT, "review_over_matcher: %.1fx (report)", reviewMs / matcherMs));
      out.println("output.review_html.bytes: " + Files.size(outDir.resolve("review.html")) + " (target < 2000000)");
      out.println("output.deduction_results_csv.bytes: " + Files.size(outDir.resolve("deduction-results.csv")));
      out.println("output.ledger_bytes: " + folderSize(outDir.resolve("ledger")));
    } finally {
      delete(work);
    }
  }

  private static int child(String heap, Path data, Path outDir, Path log) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = Path.of(ReviewBenchmark.class.getProtectionDomain().getCodeSource().getLocation().getPath())
        .toString();
    Process process = new ProcessBuilder(java, "-Xmx" + heap, "-cp", jar,
        "dev.keyaccount.examples.review.QuarterlyReview", "--data", data.toString(), "--out", outDir.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
    if (!process.waitFor(30, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }

  private static void writeAuthorizations(Path file, List<Authorization> authorizations) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CSV.printRecord(w, "authorization_id", "account_id", "type", "reference", "start_date", "end_date", "amount",
          "currency");
      for (Authorization a : authorizations) {
        CSV.printRecord(w, a.id(), a.accountId(), a.type().name(), a.reference().orElse(""), a.date().minusDays(30),
            a.date(), Monies.decimal(a.amount()).toPlainString(), a.amount().getCurrency().getCurrencyCode());
      }
    }
  }

  private static void writeDeductions(Path file, List<Deduction> deductions) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CSV.printRecord(w, "deduction_id", "account_id", "date", "reason_code", "reference", "amount", "currency");
      for (Deduction d : deductions) {
        CSV.printRecord(w, d.id(), d.accountId(), d.date(), d.reasonCode(), d.reference().orElse(""),
            Monies.decimal(d.amount()).toPlainString(), d.amount().getCurrency().getCurrencyCode());
      }
    }
  }

  private static String option(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }

  private static String fmt(String name, double ms, String target) {
    return String.format(Locale.ROOT, "%s: %.0f (target %s)", name, ms, target);
  }

  private static long folderSize(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      long total = 0;
      for (Path f : files.toList()) {
        total += Files.size(f);
      }
      return total;
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> all = new ArrayList<>(walk.toList());
      java.util.Collections.reverse(all);
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
