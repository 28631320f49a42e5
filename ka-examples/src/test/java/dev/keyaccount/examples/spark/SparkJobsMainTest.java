package dev.keyaccount.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jobs' mains as spark-submit runs them, here with {@code --master local[2]}: each starts its own
 * session, reads the review's sample files, writes its folders of CSV part files and stops the session.
 */
class SparkJobsMainTest {

  private static Path sample(Path dir, String name) throws IOException {
    try (InputStream in = SparkJobsMainTest.class.getResourceAsStream("/dev/keyaccount/examples/sample/" + name)) {
      Files.copy(in, dir.resolve(name));
    }
    return dir.resolve(name);
  }

  /** The data lines of a folder of CSV part files, headers left out, sorted. */
  private static List<String> lines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted()
          .collect(Collectors.toList())) {
        List<String> all = Files.readAllLines(part, StandardCharsets.UTF_8);
        lines.addAll(all.subList(Math.min(1, all.size()), all.size()));
      }
    }
    lines.sort(null);
    return lines;
  }

  @Test
  void theMatchingJobsMainMatchesTheSampleRemittance(@TempDir Path dir) throws IOException {
    Path authorizations = sample(dir, "authorizations.csv");
    Path deductions = sample(dir, "deductions.csv");
    Path out = dir.resolve("out");
    DeductionMatchingJob.main(new String[] {"--master", "local[2]", "--partitions", "2", "--authorizations",
        authorizations.toString(), "--deductions", deductions.toString(), "--out", out.toString()});
    List<String> results = lines(out.resolve(DeductionMatchingJob.RESULTS));
    // Every deduction line but DD-15, whose negative amount makes it a rejected line (as in the review).
    assertEquals(Files.readAllLines(deductions).size() - 2, results.size(), results.toString());
    List<String> rejected = lines(out.resolve(DeductionMatchingJob.REJECTED));
    assertEquals(1, rejected.size(), rejected.toString());
    assertTrue(rejected.get(0).startsWith("deductions.csv,,DD-15,"), rejected.toString());
    assertTrue(results.contains("DD-01,CNY,VALID,2220.00,0.00,0.00,0.00,AU-01,A,REFERENCE,PROMOTION,2220.00,2220.00,,"),
        results.toString());
    assertTrue(lines(out.resolve(DeductionMatchingJob.SUMMARY)).stream().anyMatch(l -> l.startsWith("CNY,A,")));
  }

  @Test
  void thePortfolioJobsMainEvaluatesTheSampleAccounts(@TempDir Path dir) throws IOException {
    Path accounts = sample(dir, "accounts.csv");
    Path out = dir.resolve("out");
    StoreExecutionJob.main(new String[] {"--master", "local[2]", "--partitions", "2", "--accounts",
        accounts.toString(), "--out", out.toString()});
    List<String> evaluations = lines(out.resolve(StoreExecutionJob.EVALUATIONS));
    assertEquals(4, evaluations.size(), evaluations.toString());
    assertTrue(evaluations.stream().anyMatch(l -> l.startsWith("A,") && l.contains(",STAR,")), evaluations.toString());
  }

  @Test
  void aMainWithoutItsOptionsSaysWhatItNeeds() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeductionMatchingJob.main(new String[] {"--out", "x"}));
    assertTrue(e.getMessage().startsWith("Missing option '--"), e.getMessage());
    assertTrue(e.getMessage().contains(DeductionMatchingJob.USAGE), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> StoreExecutionJob.main(new String[] {"--out", "x"}));
    assertTrue(e.getMessage().startsWith("Give --accounts, --store-facts or both."), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> StoreExecutionJob.main(new String[] {"--out", "x",
        "--accounts", "a", "--format", "xlsx"}));
    assertTrue(e.getMessage().startsWith("Option '--format' must be csv or parquet but is 'xlsx'."), e.getMessage());
  }
}
