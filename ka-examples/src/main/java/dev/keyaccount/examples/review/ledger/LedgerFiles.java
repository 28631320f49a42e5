package dev.keyaccount.examples.review.ledger;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.examples.review.csv.CsvFiles;
import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.examples.review.csv.CsvRowSource;
import dev.keyaccount.examples.review.csv.InputException;
import dev.keyaccount.examples.review.report.CsvOutput;
import dev.keyaccount.examples.review.report.RowBlock;
import dev.keyaccount.examples.review.report.Background;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentHashMap;
import dev.keyaccount.receivables.deduction.AuthorizationUse;
import dev.keyaccount.receivables.deduction.Consumption;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.DeductionState;
import dev.keyaccount.receivables.deduction.LedgerColumns;
import dev.keyaccount.receivables.deduction.LedgerDeduction;
import dev.keyaccount.receivables.deduction.LedgerEvent;
import dev.keyaccount.receivables.deduction.ReasonType;
import dev.keyaccount.receivables.deduction.UseColumns;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.Monetary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;
/**
 * Writes the deduction desk's ledgers (one per currency) to a folder of CSV files and reads them back,
 * so that a review run with {@code --ledger DIR} continues from the state an earlier run wrote.
 *
 * <p>The folder holds five files, all UTF-8 with a header row:
 * <ul>
 *   <li>{@value #FORMAT_FILE}: the line {@value #FORMAT} (a folder without it is not a ledger), then
 *       {@code deductions N}, {@code events N} and {@code authorizations N}, the rows of three files below,
 *       checked on reading.</li>
 *   <li>{@value #DEDUCTIONS_FILE}: one row per deduction ever seen: {@code currency, deduction_id,
 *       account_id, type, reference, amount, date, state, matched, written_off, disputed, unresolved,
 *       recovered, loss_accepted, decided}. The six parts add up to {@code amount}.</li>
 *   <li>{@value #EVENTS_FILE}: each deduction's history, in order: {@code currency, deduction_id, date,
 *       kind, state, amount}; except that a deduction whose whole history is the one event a matching run
 *       implies ({@code MATCHED} on its date, in its state, for its whole amount, undecided) has no row:
 *       its reader implies that event again. Most deductions have none, so this file lists what happened
 *       after the first run.</li>
 *   <li>{@value #AUTHORIZATIONS_FILE}: every authorization consumed so far: {@code currency,
 *       authorization_id, amount}.</li>
 *   <li>{@value #CONSUMPTIONS_FILE}: what consumed it: {@code currency, authorization_id, deduction_id,
 *       amount, date}.</li>
 * </ul>
 * Amounts are plain decimals with the currency's minor digits ({@code 1234.50}); dates are ISO. Rows are
 * sorted by currency and id, so the same ledger always gives the same bytes.
 *
 * <p>A ledger of format {@value #FORMAT_1} (written by earlier versions: every event listed, the row counts
 * of {@value #FORMAT_FILE} absent or for two files only) is read as well.
 *
 * <p>These are state files, read back by this class, not reports: a text cell is written as it is,
 * except that a cell beginning with {@code = + - @ ' TAB CR} is prefixed with one {@code '} (so a
 * spreadsheet shows it as text) and the prefix is removed on reading; the encoding is reversible.
 * Reading checks everything {@link DeductionLedger#of} checks (parts adding up, consumptions naming known
 * deductions, no authorization over-consumed) and the same bounds as a remittance line; any violation
 * is an {@link InputException} naming the file, line and column.
 */
public final class LedgerFiles {

  /** The file naming the format. */
  public static final String FORMAT_FILE = "format.txt";
  /** The format this class writes and reads. */
  public static final String FORMAT = "ka-ledger 2";
  /** The earlier format, still read: every deduction's events listed. */
  public static final String FORMAT_1 = "ka-ledger 1";
  /** The format file's line giving the rows of {@value #DEDUCTIONS_FILE}. */
  private static final String DEDUCTION_ROWS = "deductions";
  /** The format file's line giving the rows of {@value #EVENTS_FILE}. */
  private static final String EVENT_ROWS = "events";
  /** The format file's line giving the rows of {@value #AUTHORIZATIONS_FILE}. */
  private static final String AUTHORIZATION_ROWS = "authorizations";
  private static final Pattern ROWS_LINE = Pattern.compile("(" + DEDUCTION_ROWS + "|" + EVENT_ROWS + "|"
      + AUTHORIZATION_ROWS + ") (0|[1-9][0-9]{0,17})");
  /** The deductions file. */
  public static final String DEDUCTIONS_FILE = "deductions.csv";
  /** The deductions' history file. */
  public static final String EVENTS_FILE = "events.csv";
  /** The consumed authorizations file. */
  public static final String AUTHORIZATIONS_FILE = "authorizations.csv";
  /** The consumptions file. */
  public static final String CONSUMPTIONS_FILE = "consumptions.csv";

  /** The five files, in the order {@link #contents} lists them. */
  public static final List<String> FILES = List.of(FORMAT_FILE, DEDUCTIONS_FILE, EVENTS_FILE, AUTHORIZATIONS_FILE,
      CONSUMPTIONS_FILE);

  static final List<String> DEDUCTION_COLUMNS = List.of("currency", "deduction_id", "account_id", "type",
      "reference", "amount", "date", "state", "matched", "written_off", "disputed", "unresolved", "recovered",
      "loss_accepted", "decided");
  static final List<String> EVENT_COLUMNS = List.of("currency", "deduction_id", "date", "kind", "state", "amount");
  static final List<String> AUTHORIZATION_COLUMNS = List.of("currency", "authorization_id", "amount");
  static final List<String> CONSUMPTION_COLUMNS = List.of("currency", "authorization_id", "deduction_id", "amount",
      "date");

  /** The longest amount cell read, in characters (sign, digits, point). */
  static final int MAX_AMOUNT_LENGTH = 24;

  /** Lines between two progress messages when reading. */
  static final int PROGRESS_EVERY = 100_000;

  /** Where the CSV reader's own progress goes: this class reports the ledger's lines as such. */
  private static final PrintStream QUIET = new PrintStream(java.io.OutputStream.nullOutputStream());
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
  /** The currencies met so far by code (valid ISO codes only, so at most a few hundred): looked up once each. */
  private static final Map<String, CurrencyUnit> KNOWN_CURRENCIES = new ConcurrentHashMap<>();

  private LedgerFiles() {}

  /** One file's content, written when asked. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out where to write it
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes ledgers to a folder, creating it if needed and replacing the five files.
   *
   * @param folder the folder
   * @param ledgers the ledgers, at most one per currency
   * @throws IllegalArgumentException if two ledgers share a currency
   * @throws NullPointerException if an argument or a ledger is null
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void write(Path folder, Collection<DeductionLedger> ledgers) {
    Objects.requireNonNull(folder, "folder");
    Map<String, Content> files = contents(ledgers);
    try {
      Files.createDirectories(folder);
      for (Map.Entry<String, Content> file : files.entrySet()) {
        try (Writer out = Files.newBufferedWriter(folder.resolve(file.getKey()), StandardCharsets.UTF_8)) {
          file.getValue().writeTo(out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the ledger to " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * The five files of ledgers by name, each written when asked (for a transactional output folder).
   *
   * @param ledgers the ledgers, at most one per currency
   * @return the files by name, in a fixed order
   * @throws IllegalArgumentException if two ledgers share a currency
   * @throws NullPointerException if the collection or a ledger is null
   */
  public static Map<String, Content> contents(Collection<DeductionLedger> ledgers) {
    Map<String, DeductionLedger> byCurrency = new TreeMap<>();
    for (DeductionLedger ledger : Objects.requireNonNull(ledgers, "ledgers")) {
      Objects.requireNonNull(ledger, "ledgers element");
      String code = ledger.currency().getCurrencyCode();
      if (byCurrency.put(code, ledger) != null) {
        throw new IllegalArgumentException("ledgers must have one ledger per currency, but " + code + " repeats");
      }
    }
    // Each file reads the ledger's columns (deductionColumns, useColumns) row by row: a million
    // deductions are written without a LedgerDeduction, an event or a Money built for each.
    Collection<DeductionLedger> sorted = List.copyOf(byCurrency.values());
    // Each ledger's columns are made once (a sort of every deduction, or of every authorization), by
    // whichever of two files written at the same time asks first; the other waits for them.
    Map<DeductionLedger, Supplier<LedgerColumns>> deductionColumns = new IdentityHashMap<>();
    Map<DeductionLedger, Supplier<UseColumns>> useColumns = new IdentityHashMap<>();
    for (DeductionLedger ledger : sorted) {
      deductionColumns.put(ledger, Suppliers.memoize(ledger::deductionColumns));
      useColumns.put(ledger, Suppliers.memoize(ledger::useColumns));
    }
    Map<String, Content> files = new LinkedHashMap<>();
    // The format, then the rows of three files: a file cut at a row's end, or emptied to its header, is
    // then told from a ledger that holds fewer rows (events.csv too, whose deductions may have no row).
    files.put(FORMAT_FILE, out -> {
      long deductions = 0;
      long events = 0;
      long authorizations = 0;
      for (DeductionLedger ledger : sorted) {
        deductions += ledger.deductionCount();
        LedgerColumns d = deductionColumns.get(ledger).get();
        for (int i = 0; i < d.size(); i++) {
          events += d.impliedHistory(i) ? 0 : d.eventCount(i);
        }
        authorizations += useColumns.get(ledger).get().size();
      }
      out.write(FORMAT + "\n" + DEDUCTION_ROWS + " " + deductions + "\n" + EVENT_ROWS + " " + events + "\n"
          + AUTHORIZATION_ROWS + " " + authorizations + "\n");
    });
    files.put(DEDUCTIONS_FILE, out -> {
      try (CsvOutput csv = new CsvOutput(out, DEDUCTION_COLUMNS.toArray(new String[0]))) {
        for (DeductionLedger ledger : sorted) {
          String code = ledger.currency().getCurrencyCode();
          int digits = Monies.minorDigits(ledger.currency());
          LedgerColumns d = deductionColumns.get(ledger).get();
          RowBlocks.Deductions b = new RowBlocks.Deductions();
          for (int from = 0; from < d.size(); from += RowBlock.SIZE) {
            int count = Math.min(RowBlock.SIZE, d.size() - from);
            b.fill(d, from, count);
            for (int j = 0; j < count; j++) {
              csv.verbatim(code).verbatim(text(b.id[j])).verbatim(text(b.accountId[j])).verbatim(b.type[j])
                  .verbatim(text(b.reference[j])).exactMinorUnits(b.amount[j], digits).date(b.date[j])
                  .verbatim(b.state[j]).exactMinorUnits(b.matched[j], digits).exactMinorUnits(b.writtenOff[j], digits)
                  .exactMinorUnits(b.disputed[j], digits).exactMinorUnits(b.unresolved[j], digits)
                  .exactMinorUnits(b.recovered[j], digits).exactMinorUnits(b.lossAccepted[j], digits)
                  .verbatim(String.valueOf(b.decided[j])).endRow();
            }
          }
        }
      }
    });
    files.put(EVENTS_FILE, out -> {
      try (CsvOutput csv = new CsvOutput(out, EVENT_COLUMNS.toArray(new String[0]))) {
        for (DeductionLedger ledger : sorted) {
          String code = ledger.currency().getCurrencyCode();
          int digits = Monies.minorDigits(ledger.currency());
          LedgerColumns d = deductionColumns.get(ledger).get();
          for (int i = 0; i < d.size(); i++) {
            if (d.impliedHistory(i)) {
              continue; // implied again on reading
            }
            String id = text(d.id(i));
            for (int e = 0; e < d.eventCount(i); e++) {
              csv.verbatim(code).verbatim(id).date(d.eventDate(i, e)).verbatim(d.eventKind(i, e).name())
                  .verbatim(d.eventState(i, e).name()).exactMinorUnits(d.eventAmountMinorUnits(i, e), digits)
                  .endRow();
            }
          }
        }
      }
    });
    files.put(AUTHORIZATIONS_FILE, out -> {
      try (CsvOutput csv = new CsvOutput(out, AUTHORIZATION_COLUMNS.toArray(new String[0]))) {
        for (DeductionLedger ledger : sorted) {
          String code = ledger.currency().getCurrencyCode();
          int digits = Monies.minorDigits(ledger.currency());
          UseColumns u = useColumns.get(ledger).get();
          RowBlocks.Uses b = new RowBlocks.Uses();
          for (int from = 0; from < u.size(); from += RowBlock.SIZE) {
            int count = Math.min(RowBlock.SIZE, u.size() - from);
            b.fill(u, from, count, false);
            for (int j = 0; j < count; j++) {
              csv.verbatim(code).verbatim(text(b.id[j])).exactMinorUnits(b.amount[j], digits).endRow();
            }
          }
        }
      }
    });
    files.put(CONSUMPTIONS_FILE, out -> {
      try (CsvOutput csv = new CsvOutput(out, CONSUMPTION_COLUMNS.toArray(new String[0]))) {
        for (DeductionLedger ledger : sorted) {
          String code = ledger.currency().getCurrencyCode();
          int digits = Monies.minorDigits(ledger.currency());
          UseColumns u = useColumns.get(ledger).get();
          RowBlocks.Uses b = new RowBlocks.Uses();
          for (int from = 0; from < u.size(); from += RowBlock.SIZE) {
            int count = Math.min(RowBlock.SIZE, u.size() - from);
            b.fill(u, from, count, true);
            for (int j = 0; j < count; j++) {
              if (b.consumptionCount[j] == 0) {
                continue;
              }
              String id = text(b.id[j]);
              csv.verbatim(code).verbatim(id).verbatim(text(b.firstDeductionId[j])).exactMinorUnits(b.firstAmount[j], digits)
                  .date(b.firstDate[j]).endRow();
              int i = from + j;
              for (int c = 1; c < b.consumptionCount[j]; c++) {
                csv.verbatim(code).verbatim(id).verbatim(text(u.consumptionDeductionId(i, c)))
                    .exactMinorUnits(u.consumptionAmountMinorUnits(i, c), digits).date(u.consumptionDate(i, c)).endRow();
              }
            }
          }
        }
      }
    });
    return files;
  }

  /**
   * Reads the ledgers a {@link #write} left in a folder.
   *
   * @param folder the folder
   * @param progress where progress on long files is reported
   * @return the ledgers by currency code, sorted
   * @throws InputException if the folder is not a ledger of this format or a file is inconsistent
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Map<String, DeductionLedger> read(Path folder, PrintStream progress) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(progress, "progress");
    Path format = folder.resolve(FORMAT_FILE);
    if (!Files.exists(format, LinkOption.NOFOLLOW_LINKS) && !Files.exists(format)) {
      throw new InputException(FORMAT_FILE, 0, null, null,
          "not a ledger folder: " + folder + " has no " + FORMAT_FILE + " (write one with --out OUT; it is OUT/ledger)");
    }
    requireRegularFile(format, FORMAT_FILE, folder);
    Map<String, Long> rows = formatRows(format);
    boolean implied = !rows.containsKey(FORMAT_1);
    rows.remove(FORMAT_1);
    // One pass over each file, joined by order: the writer lists each deduction's events, and each
    // authorization's consumptions, right where it lists the deductions and authorizations (by currency,
    // then date and id, or id). Each value goes into the ledger's builder at once, so no file is held.
    // The deductions (with their events) are read on this thread while a second one reads the
    // authorizations (with their consumptions) into the same builders, which allow exactly that; the
    // second thread's progress lines are printed after this one's, and a failure of this thread's files
    // is reported first, as if the files were read one after the other.
    Map<String, CurrencyUnit> currencies = new ConcurrentSkipListMap<>();
    Map<String, DeductionLedger.Builder> builders = new ConcurrentHashMap<>();
    Background.Both<long[], Long> read = Background.alongside(
        () -> readDeductions(folder, progress, currencies, builders, implied), "ka-review-ledger-reader",
        held -> readUses(folder, held, currencies, builders), progress);
    checkRows(rows, DEDUCTION_ROWS, DEDUCTIONS_FILE, read.first()[0]);
    checkRows(rows, EVENT_ROWS, EVENTS_FILE, read.first()[1]);
    checkRows(rows, AUTHORIZATION_ROWS, AUTHORIZATIONS_FILE, read.second());
    Map<String, DeductionLedger> ledgers = new LinkedHashMap<>();
    for (String code : currencies.keySet()) {
      try {
        ledgers.put(code, builders.get(code).build());
      } catch (IllegalArgumentException e) {
        // The two checks that need both halves: each consumption names a deduction of the ledger, and each
        // deduction's matched part is what its consumptions add up to.
        throw new InputException(DEDUCTIONS_FILE + " and " + CONSUMPTIONS_FILE, 0, null, null, "disagree in " + code
            + ": " + e.getMessage() + " (a row of " + CONSUMPTIONS_FILE + " was deleted, changed or added, or the"
            + " files come from different runs)");
      }
    }
    return ledgers;
  }

  /**
   * The deductions and their events into the builders, by currency; returns how many rows it read of each
   * file. With {@code implied} (format 2), a deduction without events has the one a run implies.
   */
  private static long[] readDeductions(Path folder, PrintStream progress, Map<String, CurrencyUnit> currencies,
      Map<String, DeductionLedger.Builder> builders, boolean implied) {
    try (RowSource deductions = new RowSource(folder, DEDUCTIONS_FILE, DEDUCTION_COLUMNS, progress);
        RowSource events = new RowSource(folder, EVENTS_FILE, EVENT_COLUMNS, progress)) {
      Cells event = events.next();
      Amounts amounts = new Amounts();
      long count = 0;
      long eventRows = 0;
      for (Cells row = deductions.next(); row != null; row = deductions.next()) {
        count++;
        CurrencyUnit currency = row.currency("currency");
        String code = currency.getCurrencyCode();
        currencies.put(code, currency);
        String id = id(row, "deduction_id");
        LedgerDeduction.Builder b = deduction(row, id, currency, amounts);
        int eventCount = 0;
        DeductionState lastState = null;
        while (event != null && event.optionalText("currency").equals(code) && id(event, "deduction_id").equals(id)) {
          lastState = event.enumValue("state", DeductionState.class);
          b.addHistory(LedgerEvent.of(date(event, "date"), event.enumValue("kind", LedgerEvent.Kind.class),
              lastState, amounts.of(event, "amount", currency)));
          event = events.next();
          eventCount++;
        }
        eventRows += eventCount;
        DeductionState state = row.enumValue("state", DeductionState.class);
        if (eventCount == 0 && implied && !bool(row, "decided")) {
          // The one event a run implies: matched on the deduction's date, in its state, for its amount.
          b.addHistory(LedgerEvent.of(date(row, "date"), LedgerEvent.Kind.MATCHED, state,
              amounts.of(row, "amount", currency)));
          lastState = state;
        } else if (eventCount == 0) {
          // The writer lists the events of a decided deduction (of every deduction, in format 1), the last
          // in the deduction's state: a file cut short or edited by hand does not pass for a ledger.
          throw row.error("deduction_id", id, "no event of it where " + EVENTS_FILE + " should list them (one or more"
              + " per " + (implied ? "decided " : "") + "deduction, in the order of " + DEDUCTIONS_FILE
              + "): the file was cut short, reordered or edited");
        }
        if (lastState != state) {
          throw row.error("state", state.name(), "its last event in " + EVENTS_FILE + " says " + lastState
              + ": the files were edited");
        }
        LedgerDeduction d = build(row, b);
        try {
          builders.computeIfAbsent(code, c -> DeductionLedger.builder(currency)).addDeduction(d);
        } catch (IllegalArgumentException e) {
          throw row.error("deduction_id", id, e.getMessage());
        }
      }
      if (event != null) {
        throw event.error("deduction_id", event.optionalText("deduction_id"), "not in " + DEDUCTIONS_FILE
            + " for " + event.optionalText("currency") + ", or not next to its deduction's other events in the order of "
            + DEDUCTIONS_FILE);
      }
      return new long[] {count, eventRows};
    }
  }

  /** The authorizations' uses and their consumptions into the builders, by currency; returns how many rows it read. */
  private static long readUses(Path folder, PrintStream progress, Map<String, CurrencyUnit> currencies,
      Map<String, DeductionLedger.Builder> builders) {
    try (RowSource authorizations = new RowSource(folder, AUTHORIZATIONS_FILE, AUTHORIZATION_COLUMNS, progress);
        RowSource consumptions = new RowSource(folder, CONSUMPTIONS_FILE, CONSUMPTION_COLUMNS, progress)) {
      Cells consumption = consumptions.next();
      Amounts amounts = new Amounts();
      long count = 0;
      for (Cells row = authorizations.next(); row != null; row = authorizations.next()) {
        count++;
        CurrencyUnit currency = row.currency("currency");
        String code = currency.getCurrencyCode();
        currencies.put(code, currency);
        String id = id(row, "authorization_id");
        AuthorizationUse.Builder b = AuthorizationUse.builder().authorizationId(id)
            .amount(amounts.of(row, "amount", currency));
        while (consumption != null && consumption.optionalText("currency").equals(code)
            && id(consumption, "authorization_id").equals(id)) {
          b.addConsumptions(Consumption.of(id(consumption, "deduction_id"), amounts.of(consumption, "amount", currency),
              date(consumption, "date")));
          consumption = consumptions.next();
        }
        AuthorizationUse use;
        try {
          use = b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw row.error("amount", row.text("amount"), "inconsistent with " + CONSUMPTIONS_FILE + ": " + e.getMessage());
        }
        try {
          builders.computeIfAbsent(code, c -> DeductionLedger.builder(currency)).addAuthorizationUse(use);
        } catch (IllegalArgumentException e) {
          throw row.error("authorization_id", id, "repeated in " + code);
        }
      }
      if (consumption != null) {
        throw consumption.error("authorization_id", consumption.optionalText("authorization_id"), "not in "
            + AUTHORIZATIONS_FILE + " for " + consumption.optionalText("currency")
            + ", or not next to its authorization's other consumptions in the order of " + AUTHORIZATIONS_FILE);
      }
      return count;
    }
  }

  /**
   * The format file's check: its first line is {@value #FORMAT} (after a byte order mark, which an editor
   * may add) and the next give the rows of {@value #DEDUCTIONS_FILE}, {@value #EVENTS_FILE} and
   * {@value #AUTHORIZATIONS_FILE}; or it is {@value #FORMAT_1}, with the rows of the first and the last or
   * (a ledger written before they were added) none. Returns them by name, and {@value #FORMAT_1} for that
   * format.
   */
  private static Map<String, Long> formatRows(Path format) {
    List<String> lines;
    try {
      // A few short lines: anything much longer is no format file this version wrote, and is not read.
      long size = Files.size(format);
      if (size > MAX_FORMAT_BYTES) {
        throw new InputException(FORMAT_FILE, 0, null, null, size + " bytes where a ledger's format file holds a"
            + " few short lines (at most " + MAX_FORMAT_BYTES + " bytes): it was changed or replaced");
      }
      lines = Files.readAllLines(format, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InputException(FORMAT_FILE, 0, null, null, "is not UTF-8 text: it was changed or replaced");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + format + ": " + e.getMessage(), e);
    }
    String first = lines.isEmpty() ? "" : lines.get(0).replaceFirst("^\uFEFF", "").strip();
    boolean earlier = first.equals(FORMAT_1);
    if (!first.equals(FORMAT) && !earlier) {
      throw new InputException(FORMAT_FILE, 1, null, first.length() > 40 ? first.substring(0, 40) : first,
          "unknown ledger format; this version reads '" + FORMAT + "' and '" + FORMAT_1 + "'");
    }
    List<String> expected = earlier ? List.of(DEDUCTION_ROWS, AUTHORIZATION_ROWS)
        : List.of(DEDUCTION_ROWS, EVENT_ROWS, AUTHORIZATION_ROWS);
    String expectedText = "'" + String.join(" N', '", expected) + " N'";
    Map<String, Long> rows = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = ROWS_LINE.matcher(line);
      if (!m.matches() || !expected.contains(m.group(1)) || rows.put(m.group(1), Long.parseLong(m.group(2))) != null) {
        throw new InputException(FORMAT_FILE, i + 1, null, line.length() > 40 ? line.substring(0, 40) : line,
            "expected " + expectedText + ", each once");
      }
    }
    // All or (format 1 only) none: a format file cut after its second line must not leave a file unchecked.
    if (rows.size() != expected.size() && !(earlier && rows.isEmpty())) {
      throw new InputException(FORMAT_FILE, lines.size(), null, null, "records the rows of " + rows.size()
          + " file(s): expected " + expectedText + (earlier ? " (a ledger of an earlier version has none)" : ""));
    }
    if (earlier) {
      rows.put(FORMAT_1, 0L); // tells read that every deduction's events are listed
    }
    return rows;
  }

  /** The most bytes a format file may hold: its four lines take less than a hundred. */
  static final int MAX_FORMAT_BYTES = 4_096;

  /**
   * Refuses a ledger file that is there but is no regular file (a folder, a pipe, a device), with the reason
   * the review's input files get for the same.
   */
  private static void requireRegularFile(Path file, String name, Path folder) {
    CsvFiles.refuseNonFile(file, name, "a file of the ledger folder " + folder, " in the ledger folder " + folder);
    if (!Files.exists(file)) {
      throw new InputException(name, "is a link to nothing in the ledger folder " + folder);
    }
  }

  /** Refuses a file whose rows are not as many as the format file records, when it records them. */
  private static void checkRows(Map<String, Long> rows, String name, String file, long read) {
    Long expected = rows.get(name);
    if (expected != null && expected != read) {
      throw new InputException(file, 0, null, null, read + " rows where " + FORMAT_FILE + " records " + expected
          + ": rows were deleted or added, or the file was cut short or replaced");
    }
  }

  /** A deduction row's value, without its history. */
  private static LedgerDeduction.Builder deduction(Cells row, String id, CurrencyUnit currency, Amounts amounts) {
    String type = row.optionalText("type");
    String reference = unquote(row.optionalText("reference"));
    LedgerDeduction.Builder b = LedgerDeduction.builder()
        .id(id)
        .accountId(id(row, "account_id"))
        .amount(amounts.of(row, "amount", currency))
        .date(date(row, "date"))
        .state(row.enumValue("state", DeductionState.class))
        .matched(amounts.of(row, "matched", currency))
        .writtenOff(amounts.of(row, "written_off", currency))
        .disputed(amounts.of(row, "disputed", currency))
        .unresolved(amounts.of(row, "unresolved", currency))
        .recovered(amounts.of(row, "recovered", currency))
        .lossAccepted(amounts.of(row, "loss_accepted", currency))
        .decided(bool(row, "decided"));
    if (!type.isEmpty()) {
      b.type(row.enumValue("type", ReasonType.class));
    }
    if (!reference.isEmpty()) {
      if (reference.length() > DeductionMatcher.MAX_REFERENCE_LENGTH) {
        throw row.error("reference", reference, "longer than " + DeductionMatcher.MAX_REFERENCE_LENGTH + " characters");
      }
      b.reference(reference);
    }
    return b;
  }

  private static LedgerDeduction build(Cells row, LedgerDeduction.Builder b) {
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw row.error("amount", row.text("amount"), "inconsistent deduction: " + e.getMessage());
    }
  }

  /**
   * The data rows of one ledger file, read one at a time with the review's CSV reader; the header is
   * checked on opening.
   */
  private static final class RowSource implements java.io.Closeable {

    private final String name;
    private final PrintStream progress;
    private final CsvRowSource rows;
    private long count;
    /** The last date text this file's rows held, and its date (see {@link Cells#date}). */
    private String lastDateText;
    private LocalDate lastDate;

    RowSource(Path folder, String name, List<String> columns, PrintStream progress) {
      this.name = name;
      this.progress = progress;
      Path file = folder.resolve(name);
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
        throw new InputException(name, 0, null, null, "missing from the ledger folder " + folder);
      }
      requireRegularFile(file, name, folder);
      this.rows = CsvRowSource.open(file, columns, QUIET);
      if (!rows.header().equals(columns)) {
        rows.close();
        throw new InputException(name, 1, null, null, "expected the header " + String.join(",", columns));
      }
    }

    /** The next row, or null at the end. */
    Cells next() {
      CsvRow row = rows.next();
      if (row == null) {
        return null;
      }
      if (++count % PROGRESS_EVERY == 0) {
        progress.println("  read " + count + " lines of ledger " + name);
      }
      return new Cells(row, this);
    }

    @Override
    public void close() {
      rows.close();
    }
  }

  /**
   * One data row of a ledger file, its cells as written: the reader drops white space around an unquoted
   * cell only, and the writer quotes every cell with white space at either end.
   */
  private static final class Cells {
    private final CsvRow row;
    private final RowSource source;

    Cells(CsvRow row, RowSource source) {
      this.row = row;
      this.source = source;
    }

    String optionalText(String column) {
      return row.raw(column);
    }

    String text(String column) {
      String value = row.raw(column);
      if (value.isEmpty()) {
        throw error(column, value, "a value is required");
      }
      return value;
    }

    BigDecimal decimal(String column) {
      String value = text(column);
      if (!isPlainDecimal(value)) {
        throw error(column, value, "expected a plain decimal such as 1234.50");
      }
      return CsvRow.plainDecimal(value);
    }

    /**
     * An ISO date {@code yyyy-MM-dd}, four digits of year: the date of the row before in the same file when
     * the text is the same (the deductions are written by date, so most rows repeat the one before).
     */
    LocalDate date(String column) {
      String value = text(column);
      if (value.equals(source.lastDateText)) {
        return source.lastDate;
      }
      LocalDate date = CsvRow.isoDate(value);
      if (date == null) {
        throw error(column, value, "expected an ISO date yyyy-MM-dd");
      }
      source.lastDateText = value;
      source.lastDate = date;
      return date;
    }

    CurrencyUnit currency(String column) {
      String value = text(column);
      CurrencyUnit known = KNOWN_CURRENCIES.get(value);
      if (known != null) {
        return known;
      }
      if (!CURRENCY_CODE.matcher(value).matches() || !Monetary.isCurrencyAvailable(value)) {
        throw error(column, value, "expected an ISO 4217 currency code such as CNY");
      }
      CurrencyUnit currency = Monetary.getCurrency(value);
      KNOWN_CURRENCIES.putIfAbsent(value, currency);
      return currency;
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
      String value = text(column);
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value)) {
          return constant;
        }
      }
      throw error(column, value, "expected one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    InputException error(String column, String value, String problem) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      return new InputException(row.file(), row.line(), column, shown, problem);
    }
  }

  /**
   * Whether the text is a plain decimal as the writer writes one: an optional minus, 1 to 19 digits, then
   * optionally a point and 1 to 4 digits ({@code -?[0-9]{1,19}(\\.[0-9]{1,4})?}): the review's plain decimal
   * ({@link CsvRow#isPlainDecimal}) within the ledger's bounds.
   */
  static boolean isPlainDecimal(String text) {
    if (!CsvRow.isPlainDecimal(text) || text.charAt(0) == '+') {
      return false;
    }
    int point = text.indexOf('.');
    int whole = (point < 0 ? text.length() : point) - (text.charAt(0) == '-' ? 1 : 0);
    int decimals = point < 0 ? 0 : text.length() - point - 1;
    return whole <= 19 && decimals <= 4;
  }

  /** The reversible spreadsheet-safe form of a text cell: the report files' rule ({@link CsvOutput#neutralise}). */
  static String text(String value) {
    return CsvOutput.neutralise(value);
  }

  /** The inverse of {@link #text}. */
  static String unquote(String cell) {
    if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@'\t\r".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  private static String id(Cells row, String column) {
    String id = unquote(row.text(column));
    if (id.length() > DeductionMatcher.MAX_ID_LENGTH) {
      throw row.error(column, id, "longer than " + DeductionMatcher.MAX_ID_LENGTH + " characters");
    }
    return id;
  }

  /**
   * The amounts one reader has parsed last: a ledger line holds the same amount several times (its
   * amount and its matched part, and zero four or five times), and each parse builds a {@code Money}.
   * A text equal to the last one (or to the last zero) in the same currency is that same value. Not
   * thread-safe: one per reading thread.
   */
  private static final class Amounts {
    private String lastText;
    private CurrencyUnit lastCurrency;
    private Money last;
    private String zeroText;
    private CurrencyUnit zeroCurrency;
    private Money zero;

    Money of(Cells row, String column, CurrencyUnit currency) {
      String text = row.text(column);
      if (text.equals(zeroText) && currency.equals(zeroCurrency)) {
        return zero;
      }
      if (text.equals(lastText) && currency.equals(lastCurrency)) {
        return last;
      }
      Money value = money(row, column, currency);
      if (value.isZero()) {
        zeroText = text;
        zeroCurrency = currency;
        zero = value;
      } else {
        lastText = text;
        lastCurrency = currency;
        last = value;
      }
      return value;
    }
  }

  private static Money money(Cells row, String column, CurrencyUnit currency) {
    String text = row.text(column);
    if (text.length() > MAX_AMOUNT_LENGTH) {
      throw row.error(column, text, "longer than " + MAX_AMOUNT_LENGTH + " characters");
    }
    BigDecimal value = row.decimal(column);
    if (value.scale() > Monies.minorDigits(currency)) {
      throw row.error(column, text, "more decimals than " + currency.getCurrencyCode() + " has ("
          + Monies.minorDigits(currency) + ")");
    }
    if (value.abs().movePointRight(Monies.minorDigits(currency)).compareTo(BigDecimal.valueOf(DeductionMatcher.MAX_MINOR_UNITS)) > 0) {
      throw row.error(column, text, "beyond the bound of " + DeductionMatcher.MAX_MINOR_UNITS + " minor units");
    }
    return Monies.of(value, currency);
  }

  private static LocalDate date(Cells row, String column) {
    LocalDate date = row.date(column);
    if (date.isBefore(DeductionMatcher.MIN_DATE) || date.isAfter(DeductionMatcher.MAX_DATE)) {
      throw row.error(column, row.text(column), "outside " + DeductionMatcher.MIN_DATE + ".." + DeductionMatcher.MAX_DATE);
    }
    return date;
  }

  private static boolean bool(Cells row, String column) {
    String text = row.text(column);
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw row.error(column, text, "expected true or false");
    };
  }
}
