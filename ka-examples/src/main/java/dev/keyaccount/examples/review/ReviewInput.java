package dev.keyaccount.examples.review;

import dev.keyaccount.examples.review.csv.CsvFiles;
import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import dev.keyaccount.kpi.evaluation.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * The review's input: the built-in sample (from the resources of this module, read through the same
 * CSV path as the user's files) or the CSV files of a {@code --data} folder. Any file may be absent.
 * A well-formed line that the library rejects (a negative amount) is kept as a rejected line.
 */
final class ReviewInput {

  static final String ACCOUNTS = "accounts.csv";
  static final String AUTHORIZATIONS = "authorizations.csv";
  static final String DEDUCTIONS = "deductions.csv";

  static final List<String> ACCOUNT_COLUMNS = List.of("account_id", "name", "currency", "annual_sales",
      "growth_rate", "dso_days", "display_rate", "activity_rate", "listed_skus", "relationship");

  /** An account line: its display name and the scorecard facts. */
  record AccountLine(String name, AccountFacts facts) {}

  /** A line the library rejected, with the reason. */
  record RejectedLine(String file, long line, String id, String reason) {}

  final boolean builtIn;
  final Optional<List<AccountLine>> accounts;
  final Optional<List<CsvRow>> authorizationRows;
  final Optional<List<CsvRow>> deductionRows;
  final List<RejectedLine> rejected;

  private ReviewInput(boolean builtIn, Optional<List<AccountLine>> accounts, Optional<List<CsvRow>> authorizationRows,
      Optional<List<CsvRow>> deductionRows, List<RejectedLine> rejected) {
    this.builtIn = builtIn;
    this.accounts = accounts;
    this.authorizationRows = authorizationRows;
    this.deductionRows = deductionRows;
    this.rejected = rejected;
  }

  /** Loads the built-in sample data from this module's resources. */
  static ReviewInput builtIn(PrintStream progress) {
    return load(name -> {
      InputStream in = ReviewInput.class.getResourceAsStream("/dev/keyaccount/examples/sample/" + name);
      return in == null ? Optional.empty() : Optional.of(new InputStreamReader(in, StandardCharsets.UTF_8));
    }, progress, true);
  }

  /** Loads the user's CSV files from a folder. */
  static ReviewInput load(Path folder, PrintStream progress) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("--data " + folder + " is not a folder");
    }
    return load(name -> {
      Path file = folder.resolve(name);
      try {
        return Files.isRegularFile(file)
            ? Optional.of(Files.newBufferedReader(file, StandardCharsets.UTF_8)) : Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }, progress, false);
  }

  private static ReviewInput load(Function<String, Optional<Reader>> files, PrintStream progress, boolean builtIn) {
    List<RejectedLine> rejected = new ArrayList<>();
    Optional<List<AccountLine>> accounts = read(files, ACCOUNTS, ACCOUNT_COLUMNS, progress)
        .map(rows -> accounts(rows, rejected));
    Optional<List<CsvRow>> authorizations =
        read(files, AUTHORIZATIONS, ReceivablesInput.AUTHORIZATION_COLUMNS, progress);
    Optional<List<CsvRow>> deductions = read(files, DEDUCTIONS, ReceivablesInput.DEDUCTION_COLUMNS, progress);
    return new ReviewInput(builtIn, accounts, authorizations, deductions, rejected);
  }

  private static Optional<List<CsvRow>> read(Function<String, Optional<Reader>> files, String name,
      List<String> columns, PrintStream progress) {
    Optional<Reader> reader = files.apply(name);
    if (reader.isEmpty()) {
      return Optional.empty();
    }
    try (Reader r = reader.get()) {
      return Optional.of(CsvFiles.read(name, r, columns, progress));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }

  private static List<AccountLine> accounts(List<CsvRow> rows, List<RejectedLine> rejected) {
    List<AccountLine> result = new ArrayList<>();
    for (CsvRow row : rows) {
      String id = row.text("account_id");
      String name = row.text("name");
      CurrencyUnit currency = row.currency("currency");
      // Parse every cell first, so that a malformed cell stops the run (exit 2) ...
      var sales = row.decimal("annual_sales");
      var growth = row.rate("growth_rate");
      int dso = row.integer("dso_days");
      var display = row.rate("display_rate");
      var activity = row.rate("activity_rate");
      int skus = row.integer("listed_skus");
      Level relationship = row.enumValue("relationship", Level.class);
      // ... while a well-formed line the library rejects is reported and skipped.
      addOrReject(row, id, () -> new AccountLine(name, AccountFacts.builder()
          .accountId(id)
          .annualSales(Money.of(sales, currency))
          .growthRate(growth)
          .dsoDays(dso)
          .displayRate(display)
          .activityRate(activity)
          .listedSkus(skus)
          .relationship(relationship)
          .build()), result, rejected);
    }
    return result;
  }

  /**
   * Builds a value from a parsed line; when the library rejects it (a negative amount, another
   * currency), records the line as rejected instead, so that the rest of the file is still processed.
   */
  static <T> void addOrReject(CsvRow row, String id, Supplier<T> build, List<T> result, List<RejectedLine> rejected) {
    try {
      result.add(build.get());
    } catch (IllegalArgumentException e) {
      rejected.add(new RejectedLine(row.file(), row.line(), id, e.getMessage()));
    }
  }
}
