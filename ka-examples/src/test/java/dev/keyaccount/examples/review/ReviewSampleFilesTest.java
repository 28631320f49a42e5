package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in sample is the shipped CSV files read through the {@code --data} path: one path, one review. */
class ReviewSampleFilesTest {

  /** Every file of the built-in sample, as shipped in the resources. */
  static final List<String> SAMPLE_FILES = List.of("accounts.csv", "authorizations.csv", "deductions.csv",
      SectionInputs.MONTHLY_SALES, SectionInputs.SKU_SALES, SectionInputs.AGREEMENTS, SectionInputs.STORE_AUDITS,
      SectionInputs.ORDERS, SectionInputs.TRADE_SPEND, SectionInputs.PROMOTIONS, SectionInputs.STORE_FORECAST,
      SectionInputs.PLAN, SectionInputs.OPEN_ITEMS, AnalyticsInputs.WEEKLY_SALES, AnalyticsInputs.VOLUME_FORECAST,
      AnalyticsInputs.REPS, AnalyticsInputs.STORES, AnalyticsInputs.VISIT_LOG, SpendInputs.SPEND_LINES,
      SpendInputs.SPEND_SALES, SpendInputs.REBATES, SpendInputs.SPEND_PAYMENTS);

  static Path copySample(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (String name : SAMPLE_FILES) {
      try (InputStream in = ReviewInput.class.getResourceAsStream("/dev/keyaccount/examples/sample/" + name)) {
        Files.copy(in, folder.resolve(name));
      }
    }
    return folder;
  }

  @Test
  void dataOnACopyOfTheSample_printsAndWritesTheSameReviewAsTheBuiltInRun(@TempDir Path tmp) throws IOException {
    Path data = copySample(tmp.resolve("data"));
    Run builtIn = review("--out", tmp.resolve("built-in").toString());
    Run fromFiles = review("--data", data.toString(), "--out", tmp.resolve("files").toString());
    assertEquals(0, builtIn.status(), builtIn.err());
    assertEquals(0, fromFiles.status(), fromFiles.err());
    Files.writeString(Path.of("target", "sample-review.txt"), builtIn.out());
    String wrote = "\nWrote ";
    assertEquals(builtIn.out().substring(0, builtIn.out().lastIndexOf(wrote)),
        fromFiles.out().substring(0, fromFiles.out().lastIndexOf(wrote)));
    assertTrue(!builtIn.out().contains("Skipped"), builtIn.out());
    List<String> names = names(tmp.resolve("built-in"));
    assertEquals(names, names(tmp.resolve("files")));
    assertTrue(names.contains("review.html") && names.contains("deduction-results.csv")
        && names.contains("ledger/deductions.csv") && names.contains("open-deductions.csv")
        && names.contains(SpendSection.POSITIONS), names.toString());
    for (String name : names) {
      if (name.endsWith(".xlsx")) {
        // A workbook's zip entries carry the time it was written; its cells are what must be the same.
        assertEquals(Workbooks.read(tmp.resolve("built-in").resolve(name)), Workbooks.read(tmp.resolve("files")
            .resolve(name)), name);
        continue;
      }
      assertEquals(Files.readString(tmp.resolve("built-in").resolve(name)),
          Files.readString(tmp.resolve("files").resolve(name)), name);
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted()
          .collect(Collectors.toList());
    }
  }
}
