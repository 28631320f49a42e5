package dev.keyaccount.examples.review;

import dev.keyaccount.examples.review.csv.InputException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The quarterly key account review, the SDK's main job: account scorecards and quadrants, the five
 * KPIs and expense efficiency, the Q2 target decomposition, promotion economics and lead times, the
 * expense-first budget, and deduction matching with aging and DSO.
 *
 * <p>Without options it runs on the built-in sample data (the four accounts A–D of seed 003).
 * {@code --data DIR} reads the user's CSV files instead; {@code --out DIR} also writes the results as
 * CSV files and a self-contained {@code review.html}. A malformed input file stops the run with exit
 * status 2 and one message naming the file, line, column and value, leaving no output files behind.
 */
@Command(name = "ka-review", mixinStandardHelpOptions = true, version = "ka-review 0.1.0-SNAPSHOT",
    sortOptions = false,
    description = {"Runs the quarterly key account review on the built-in sample data or on your CSV files.",
        "Files read from --data (each optional, UTF-8, header row required): accounts.csv, "
            + "authorizations.csv, deductions.csv (schemas in the README).",
        "Exit status: 0 on success, 2 on malformed input, 1 on other errors."})
public final class QuarterlyReview implements Callable<Integer> {

  /** Exit status for malformed input. */
  public static final int EXIT_BAD_INPUT = 2;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Read accounts.csv, authorizations.csv and deductions.csv from this folder instead of the "
          + "built-in sample.")
  private Path data;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write account-evaluations.csv, deduction-results.csv and review.html to this folder.")
  private Path out;

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
   * @param args the command line: {@code [--data DIR] [--out DIR] [--help] [--version]}
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
    CommandLine commandLine = new CommandLine(new QuarterlyReview(stdout, stderr));
    commandLine.setOut(new PrintWriter(stdout, true));
    commandLine.setErr(new PrintWriter(stderr, true));
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      if (e instanceof InputException) {
        stderr.println("Malformed input: " + e.getMessage());
        return EXIT_BAD_INPUT;
      }
      if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
        stderr.println("Error: " + e.getMessage());
        return 1;
      }
      throw e;
    });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() {
    ReviewInput input = data == null ? ReviewInput.builtIn(stderr) : ReviewInput.load(data, stderr);
    Review review = new Review(input).run();
    if (out != null) {
      review.files().commit(out);
    }
    stdout.print(review.console());
    if (out != null) {
      stdout.println();
      stdout.println("Wrote " + String.join(", ", review.files().names()) + " to " + out.toAbsolutePath());
    }
    return 0;
  }
}
