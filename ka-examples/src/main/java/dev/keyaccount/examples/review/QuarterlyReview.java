package dev.keyaccount.examples.review;

import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.examples.review.csv.InputException;
import dev.keyaccount.examples.review.report.Background;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import dev.keyaccount.examples.review.ledger.LedgerFiles;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import java.time.LocalDate;
import org.threeten.extra.YearQuarter;
import dev.keyaccount.examples.review.report.ConsoleText;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The quarterly key account review, the SDK's main job: account scorecards and quadrants, the five
 * KPIs and expense efficiency, the quarter's target decomposition, promotion economics and lead times,
 * the next quarter's expense-first budget, deduction matching with aging, DSO and credit exposure, and
 * the analytics: promotion baseline and lift, forecast accuracy, key-account selection and the visit plan.
 *
 * <p>Without options it runs on the built-in sample data (the four accounts A–D of seed 003), which is
 * a set of CSV files in this module's resources read by the same code as {@code --data DIR}, the
 * user's files. {@code --quarter} and {@code --as-of} set the period (by default the latest quarter in
 * the data and its last day). {@code --out DIR} also writes the results as
 * CSV files, a self-contained {@code review.html} with inline SVG charts, and {@code review.xlsx}
 * (one sheet per section). Each input file may be an {@code .xlsx} workbook instead ({@code X.xlsx}
 * for {@code X.csv}, its first sheet with the same columns). A malformed input file stops the run with exit
 * status 2 and one message naming the file, line, column and value, leaving the output folder as it
 * was; any other failure (output that cannot be written, running out of memory) is one line and exit
 * status 1. Nothing from the input reaches the terminal as a control character.
 */
@Command(name = "ka-review", mixinStandardHelpOptions = true, version = "ka-review 0.1.0-SNAPSHOT",
    sortOptions = false,
    description = {"Runs the quarterly key account review on the built-in sample data or on your CSV files.",
        "Files read from --data (each optional, UTF-8, header row required): accounts.csv, monthly-sales.csv, "
            + "sku-sales.csv, agreements.csv, store-audits.csv, orders.csv, trade-spend.csv, promotions.csv, "
            + "store-forecast.csv, plan.csv, open-items.csv, authorizations.csv, deductions.csv, weekly-sales.csv, "
            + "volume-forecast.csv, reps.csv, stores.csv, visit-log.csv, spend-lines.csv, spend-sales.csv, "
            + "rebates.csv, spend-payments.csv (schemas in the README). Any of them may be an .xlsx workbook instead (X.xlsx for X.csv, first sheet, same"
            + " columns; not both).",
        "Exit status: 0 on success, 2 on input it cannot read (malformed, not UTF-8, missing or unreadable),"
            + " 3 when the heap is too small for the input, 1 on output it cannot write and other errors (one line"
            + " on stderr; --debug adds the stack trace)."})
public final class QuarterlyReview implements Callable<Integer> {

  /** Exit status when the heap is too small for the input. */
  public static final int EXIT_OUT_OF_MEMORY = 3;

  /**
   * Heap to suggest per byte of input: 1,000,000 authorizations and 1,000,000 deductions (140 MB of
   * CSV, 1.4 GB live at the peak) ran out of memory in 1 GB and ran in 2 GB (BENCHMARKS.md); 16 times
   * the input suggests 3 GB for them, a margin over the 2 GB they need.
   */
  static final int HEAP_PER_INPUT_BYTE = 16;

  /** Exit status for malformed input. */
  public static final int EXIT_BAD_INPUT = 2;

  @Option(names = "--data", paramLabel = "DIR", converter = FolderConverter.class,
      description = "Read the input CSV files from this folder instead of the built-in sample; a section whose file"
          + " is absent says so and the rest runs.")
  private Path data;

  @Option(names = "--quarter", paramLabel = "QUARTER", converter = QuarterConverter.class,
      description = "The quarter to review, such as 2026-Q2 (default: the latest quarter with sales, audits, orders,"
          + " trade spend, open items or deductions in the data).")
  private YearQuarter quarter;

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
      description = "The date receivables are aged and DSO measured at, yyyy-MM-dd (default: the quarter's last"
          + " day).")
  private LocalDate asOf;

  /**
   * A folder's path, not empty: an empty {@code --out ""} would otherwise write the review into the
   * current folder, and an empty {@code --data ""} read it.
   */
  static final class FolderConverter implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new CommandLine.TypeConversionException("expected a folder, not an empty path (write . for the"
            + " current folder)");
      }
      try {
        return Path.of(value);
      } catch (java.nio.file.InvalidPathException e) {
        throw new CommandLine.TypeConversionException("expected a folder, not '" + value + "' (" + e.getReason() + ")");
      }
    }
  }

  /** Parses {@code yyyy-Qn}. */
  static final class QuarterConverter implements CommandLine.ITypeConverter<YearQuarter> {
    @Override
    public YearQuarter convert(String value) {
      if (!value.matches("[0-9]{4}-Q[1-4]")) {
        throw new CommandLine.TypeConversionException("expected a quarter such as 2026-Q2, not '" + value + "'");
      }
      YearQuarter quarter = YearQuarter.parse(value);
      if (quarter.atDay(1).isBefore(CsvRow.MIN_DATE) || quarter.atEndOfQuarter().isAfter(CsvRow.MAX_DATE)) {
        throw new CommandLine.TypeConversionException("expected a quarter from " + YearQuarter.from(CsvRow.MIN_DATE)
            + " to " + YearQuarter.from(CsvRow.MAX_DATE) + ", not '" + value + "'");
      }
      return quarter;
    }
  }

  /** Parses {@code yyyy-MM-dd}, within the dates a data file may hold. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      LocalDate date;
      try {
        date = value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? LocalDate.parse(value) : null;
      } catch (java.time.format.DateTimeParseException e) {
        date = null;
      }
      if (date == null) {
        throw new CommandLine.TypeConversionException("expected a date such as 2026-06-30, not '" + value + "'");
      }
      if (date.isBefore(CsvRow.MIN_DATE) || date.isAfter(CsvRow.MAX_DATE)) {
        throw new CommandLine.TypeConversionException("expected a date from " + CsvRow.MIN_DATE + " to "
            + CsvRow.MAX_DATE + ", not '" + value + "'");
      }
      return date;
    }
  }

  @Option(names = "--out", paramLabel = "DIR", converter = FolderConverter.class,
      description = "Also write account-evaluations.csv, deduction-results.csv, open-deductions.csv, review.html,"
          + " review.xlsx and the deduction ledger (ledger/, for --ledger next time) to this folder.")
  private Path out;

  @Option(names = "--ledger", paramLabel = "DIR", converter = FolderConverter.class,
      description = "Continue the deduction desk from the ledger an earlier run wrote (its OUT/ledger folder): "
          + "earlier consumptions, settled claims and open deductions carry into this run.")
  private Path ledger;

  @Option(names = "--debug", description = "On a failure, also print the stack trace.")
  private boolean debug;

  /** Moneta logs one INFO line on first use; the review's console is for the review. Held strongly. */
  private static final Logger MONETA_LOG = Logger.getLogger("org.javamoney.moneta");

  private final PrintStream stdout;
  private final PrintStream stderr;

  private QuarterlyReview(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /**
   * Runs the review and exits with its status when that is not 0.
   *
   * @param args the command line: {@code [--data DIR] [--quarter Q] [--as-of DATE] [--out DIR] [--debug] [--help]
   *     [--version]}
   */
  public static void main(String[] args) {
    int status = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8));
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the review with the given streams, without exiting: the entry point for tests and embedding.
   *
   * @param args the command line
   * @param stdout where the report goes
   * @param stderr where errors and progress go
   * @return the exit status: 0 on success, 2 on malformed input, 1 on other errors
   */
  public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
    MONETA_LOG.setLevel(Level.WARNING);
    QuarterlyReview review = new QuarterlyReview(stdout, stderr);
    CommandLine commandLine = new CommandLine(review);
    commandLine.setOut(new PrintWriter(stdout, true));
    commandLine.setErr(new PrintWriter(stderr, true));
    // A mistyped option gets one line: its reason, the nearest option names for a mistyped name, and a
    // pointer to --help, not the whole usage text.
    commandLine.setParameterExceptionHandler((e, given) -> {
      PrintWriter err = e.getCommandLine().getErr();
      List<String> nearest = e instanceof CommandLine.UnmatchedArgumentException
          ? ((CommandLine.UnmatchedArgumentException) e).getSuggestions() : List.of();
      err.println(ConsoleText.safe(e.getMessage().strip() + (nearest.isEmpty() ? "" : " (did you mean "
          + String.join(" or ", nearest) + "?)") + "; run ka-review --help for the options"));
      return CommandLine.ExitCode.USAGE;
    });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() {
    return guarded(this::review, stderr, debug, data, ledger);
  }

  private int review() {
    // The earlier ledger is read on a second thread while the input files are read (each of the two
    // reads uses two threads of its own); its progress lines come after the input's, and a failure of
    // the input is reported first, as if the ledger were read afterwards.
    ReviewInput input;
    Map<String, DeductionLedger> ledgers;
    if (ledger == null) {
      input = readInput();
      ledgers = Map.of();
    } else {
      var read = Background.alongside(this::readInput, "ka-review-ledger-files", held -> readLedger(ledger, held),
          stderr);
      input = read.first();
      ledgers = read.second();
    }
    Review review = new Review(input, ReviewPeriod.of(quarter, asOf, input, ledgers), ledgers);
    // With --out, the temporary folder is made first, so that a large file whose content is complete
    // can be written while the run goes on (deduction-results.csv, while the next ledger is built); a
    // failure before the commit deletes it, and the target is touched only by the commit.
    // A run stopped by Ctrl-C leaves no temporary folder either (unless it was already moving files in).
    Thread cleanup = out == null ? null : new Thread(review.files()::abandon, "ka-review-cleanup");
    if (cleanup != null) {
      Runtime.getRuntime().addShutdownHook(cleanup);
    }
    try {
      if (out != null) {
        review.files().stage(out);
      }
      review.run();
      if (out != null) {
        review.files().commit(out);
      }
    } finally {
      review.files().discard();
      if (cleanup != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
          // The hook is running or has run: nothing left to remove.
        }
      }
    }
    stdout.print(review.console());
    if (out != null) {
      stdout.println();
      stdout.println(ConsoleText.safe("Wrote " + String.join(", ", review.files().names()) + " to "
          + out.toAbsolutePath()));
    }
    return 0;
  }

  private ReviewInput readInput() {
    return data == null ? ReviewInput.builtIn(stderr) : ReviewInput.load(data, stderr);
  }

  private static Map<String, DeductionLedger> readLedger(Path folder, PrintStream progress) {
    if (!Files.isDirectory(folder)) {
      throw new InputException(folder.toString(), 0, null, null, "--ledger must name a folder an earlier run wrote"
          + " (OUT/ledger)");
    }
    try {
      return LedgerFiles.read(folder, progress);
    } catch (InputException e) {
      // Its files are named as input files are (deductions.csv): the message names the ledger folder first.
      throw e.within("ledger " + folder);
    }
  }

  /**
   * The out-of-memory line: the input's size (the {@code --data} folder's files and the {@code --ledger}
   * folder's), the heap it had, and a heap to try: from the input's size, and never less than twice the
   * heap it had when the size alone asked for no more (then a cell or a line far larger than the rest is
   * the likelier cause, and the line says so).
   */
  static String outOfMemory(Path data, Path ledger, long maxHeap) {
    long input = folderBytes(data) + folderBytes(ledger);
    long mib = 1024L * 1024;
    long gib = 1024 * mib;
    long fromInput = (input * HEAP_PER_INPUT_BYTE + gib - 1) / gib;
    long heapGib = (maxHeap + gib - 1) / gib;
    boolean sizeAsksNoMore = fromInput <= heapGib;
    long suggestGib = Math.max(2, sizeAsksNoMore ? 2 * heapGib : fromInput);
    // The built-in sample is not counted (it is small): with no --data, the ledger alone is named.
    String where = data == null && ledger == null ? ""
        : " on " + (input + mib - 1) / mib + " MB of input in " + (data == null ? "the ledger " + ledger
            : data + (ledger == null ? "" : " and the ledger " + ledger));
    return "Error: out of memory with a heap of " + maxHeap / mib + " MB" + where
        + "; run again with more, such as java -Xmx" + suggestGib + "g -jar ka-review.jar ..., or split the input"
        + " files" + (sizeAsksNoMore && input > 0 ? " (their size asks for no more than this heap: look for a cell or"
        + " a line far larger than the rest, such as a workbook cell that expands from a small file)" : "")
        + "; nothing was written";
  }

  /** The bytes of a folder's regular files, 0 for none or a folder that cannot be listed. */
  private static long folderBytes(Path folder) {
    if (folder == null) {
      return 0;
    }
    long bytes = 0;
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        bytes += Files.size(f);
      }
    } catch (java.io.IOException | UncheckedIOException e) {
      return 0;
    }
    return bytes;
  }

  /**
   * Runs the review's body and turns every failure into one terminal-safe line on stderr and an exit
   * status: 2 for input the review cannot read, 3 for running out of memory (the line names the input
   * and a heap to try), 1 for output that cannot be written or any other failure. With {@code debug},
   * the stack trace follows the line.
   *
   * @param body the review
   * @param stderr where the line goes
   * @param debug whether to print the stack trace too
   * @param data the input folder, or null for the built-in sample
   * @param ledger the earlier ledger's folder (counted as input by the out-of-memory line), or null
   * @return the body's status, or the failure's
   */
  static int guarded(IntSupplier body, PrintStream stderr, boolean debug, Path data, Path ledger) {
    Throwable failure;
    String line;
    int status;
    try {
      return body.getAsInt();
    } catch (InputException e) {
      failure = e;
      line = "Malformed input: " + e.getMessage();
      status = EXIT_BAD_INPUT;
    } catch (UncheckedIOException e) {
      failure = e;
      line = "Error: " + e.getMessage();
      status = 1;
    } catch (OutOfMemoryError e) {
      failure = e;
      line = outOfMemory(data, ledger, Runtime.getRuntime().maxMemory());
      status = EXIT_OUT_OF_MEMORY;
    } catch (RuntimeException | StackOverflowError e) {
      failure = e;
      line = "Error: unexpected failure (" + e.getClass().getSimpleName()
          + (e.getMessage() != null ? ": " + e.getMessage() : "") + ")" + (debug ? "" : "; run with --debug for details");
      status = 1;
    }
    stderr.println(ConsoleText.safe(line));
    if (debug) {
      failure.printStackTrace(stderr);
    }
    return status;
  }
}
