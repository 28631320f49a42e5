package dev.keyaccount.examples.review;

import dev.keyaccount.examples.review.csv.CsvFiles;
import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.examples.review.csv.InputException;
import dev.keyaccount.examples.review.csv.XlsxFiles;
import dev.keyaccount.examples.review.report.Background;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import dev.keyaccount.kpi.evaluation.Level;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * The review's input: the built-in sample (CSV files in the resources of this module, read through the
 * same CSV path as the user's files) or the CSV files of a {@code --data} folder (each may be an
 * {@code .xlsx} workbook instead, {@code X.xlsx} for {@code X.csv}, read by {@link XlsxFiles}; both in
 * the folder is an {@link InputException}), each read row by row
 * straight into the library's values: accounts, authorizations and deductions here, the files of
 * sections 2 to 6 in {@link SectionInputs}. Any file may be absent; a folder where a file should be, a file
 * that cannot be read, or a {@code --data} folder that is missing or unreadable is an
 * {@link InputException}. A well-formed line that the library rejects (a negative amount) is kept as a
 * rejected line of its file.
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

  /** Reads one input file row by row; returns false when the file is absent. */
  interface Source {
    boolean read(String name, List<String> columns, PrintStream progress, Consumer<CsvRow> rows);
  }

  final boolean builtIn;
  final Optional<InputFile<AccountLine>> accounts;
  final Optional<InputFile<Authorization>> authorizations;
  final Optional<InputFile<Deduction>> deductions;
  /** The inputs of sections 2 to 6 besides deduction matching. */
  final SectionInputs sections;
  /** The inputs of the analytics sections (weekly sales, volume forecasts, reps, stores, visit log). */
  final AnalyticsInputs analytics;
  /** The inputs of the trade-spend section. */
  final SpendInputs spend;
  /** Where the files come from, for the messages about an absent file: the folder, or the built-in sample. */
  final String where;

  private ReviewInput(Source files, PrintStream progress, boolean builtIn, String where) {
    this.builtIn = builtIn;
    this.where = where;
    // The deductions are read on a second thread while this one reads the accounts and authorizations
    // (the two large files on the two cores), reported as if the deductions were read afterwards.
    var read = Background.alongside(
        () -> new Background.Both<>(read(files, ACCOUNTS, ACCOUNT_COLUMNS, progress, ReviewInput::account),
            readAuthorizations(files, progress)),
        "ka-review-reader", held -> readDeductions(files, held), progress);
    this.accounts = read.first().first();
    this.authorizations = read.first().second();
    this.deductions = read.second();
    this.sections = new SectionInputs(files, progress);
    this.analytics = new AnalyticsInputs(files, progress);
    this.spend = new SpendInputs(files, progress);
  }

  /**
   * The note of a section, or a part of one, whose file is absent.
   *
   * @param file the file's name
   * @return the note
   */
  String skipped(String file) {
    return "Skipped: no " + file + " in " + where + ".";
  }

  /** Loads the built-in sample data from this module's resources. */
  static ReviewInput builtIn(PrintStream progress) {
    return new ReviewInput((name, columns, out, rows) -> {
      InputStream in = ReviewInput.class.getResourceAsStream("/dev/keyaccount/examples/sample/" + name);
      if (in == null) {
        return false;
      }
      CsvFiles.read(name, in, columns, out, rows);
      return true;
    }, progress, true, "the built-in sample");
  }

  /** Loads the user's CSV files (or workbooks in their place) from a folder. */
  static ReviewInput load(Path folder, PrintStream progress) {
    String shown = "--data " + folder;
    if (!Files.exists(folder)) {
      throw new InputException(shown, "no such folder");
    }
    if (!Files.isDirectory(folder)) {
      throw new InputException(shown, "not a folder");
    }
    if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
      throw new InputException(shown, "the folder cannot be read: permission denied");
    }
    return new ReviewInput((name, columns, out, rows) -> {
      Path file = folder.resolve(name);
      String workbookName = workbook(name);
      Path workbook = folder.resolve(workbookName);
      boolean csv = Files.exists(file) || Files.isSymbolicLink(file);
      boolean xlsx = Files.exists(workbook) || Files.isSymbolicLink(workbook);
      if (csv && xlsx) {
        throw new InputException(name + " and " + workbookName, "both are in " + folder
            + "; keep one of them, so that the review reads the file you mean");
      }
      if (xlsx) {
        XlsxFiles.read(workbook, columns, out, rows);
      } else if (csv) {
        CsvFiles.read(file, columns, out, rows);
      }
      return csv || xlsx;
    }, progress, false, folder.toString());
  }

  /** The workbook that may stand in for a CSV file: {@code X.xlsx} for {@code X.csv}. */
  static String workbook(String csvName) {
    return csvName.substring(0, csvName.length() - ".csv".length()) + ".xlsx";
  }

  static <T> Optional<InputFile<T>> read(Source files, String name, List<String> columns,
      PrintStream progress, BiConsumer<CsvRow, InputFile<T>> convert) {
    return read(files, name, columns, progress, convert, null);
  }

  /** As {@link #read(Source, String, List, PrintStream, BiConsumer)}, the values kept as columns. */
  static <T> Optional<InputFile<T>> read(Source files, String name, List<String> columns,
      PrintStream progress, BiConsumer<CsvRow, InputFile<T>> convert, InputFile.Compactor<T> compactor) {
    InputFile<T> file = new InputFile<>(name, compactor);
    if (!files.read(name, columns, progress, row -> {
      if (!file.file.equals(row.file())) {
        file.file = row.file(); // the workbook read in the CSV's place names the lines the library rejects
      }
      convert.accept(row, file);
    })) {
      return Optional.empty();
    }
    file.finish();
    return Optional.of(file);
  }

  /** {@code authorizations.csv}, kept as columns. */
  private static Optional<InputFile<Authorization>> readAuthorizations(Source files, PrintStream progress) {
    ReceivablesInput.AuthorizationColumns columns = new ReceivablesInput.AuthorizationColumns();
    return read(files, AUTHORIZATIONS, ReceivablesInput.AUTHORIZATION_COLUMNS, progress,
        (row, file) -> ReceivablesInput.authorization(row, file, columns), columns);
  }

  /** {@code deductions.csv}, kept as columns. */
  private static Optional<InputFile<Deduction>> readDeductions(Source files, PrintStream progress) {
    ReceivablesInput.DeductionColumns columns = new ReceivablesInput.DeductionColumns();
    return read(files, DEDUCTIONS, ReceivablesInput.DEDUCTION_COLUMNS, progress,
        (row, file) -> ReceivablesInput.deduction(row, file, columns), columns);
  }

  private static void account(CsvRow row, InputFile<AccountLine> file) {
    String id = row.id("account_id");
    String name = row.text("name");
    CurrencyUnit currency = row.currency("currency");
    // Parse every cell first, so that a malformed cell stops the run (exit 2) ...
    // Bounded like every amount; a negative one is left to the library (a rejected line, as documented).
    var sales = row.signedAmount("annual_sales", currency);
    var growth = row.rate("growth_rate");
    int dso = row.count("dso_days", CsvRow.MAX_WHOLE_NUMBER);
    var display = row.rate("display_rate");
    var activity = row.rate("activity_rate");
    int skus = row.count("listed_skus", CsvRow.MAX_WHOLE_NUMBER);
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
        .build()), file);
  }

  /**
   * Builds a value from a parsed line; when the library rejects it (a negative amount, another
   * currency), records the line as rejected instead, so that the rest of the file is still processed.
   */
  static <T> void addOrReject(CsvRow row, String id, Supplier<T> build, InputFile<T> file) {
    try {
      file.add(build.get(), row.line());
    } catch (IllegalArgumentException e) {
      file.rejected.add(new RejectedLine(row.file(), row.line(), id, e.getMessage()));
    }
  }

  /**
   * Adds a parsed line to the file's columns; when the library rejects it, records the line as rejected
   * instead, as {@link #addOrReject(CsvRow, String, Supplier, InputFile)} does.
   */
  static void addToColumnsOrReject(CsvRow row, String id, Runnable addToColumns, InputFile<?> file) {
    try {
      addToColumns.run();
      file.added(row.line());
    } catch (IllegalArgumentException e) {
      file.rejected.add(new RejectedLine(row.file(), row.line(), id, e.getMessage()));
    }
  }
}
