package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.report.Formats.money;

import dev.keyaccount.core.money.Monies;
import dev.keyaccount.examples.review.ledger.LedgerFiles;
import dev.keyaccount.examples.review.report.CsvOutput;
import dev.keyaccount.examples.review.report.OutputFolder;
import dev.keyaccount.examples.review.report.TextTable;
import dev.keyaccount.receivables.aging.AgingBuckets;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import dev.keyaccount.receivables.deduction.DeductionResult;
import dev.keyaccount.receivables.deduction.LedgerColumns;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import com.google.common.base.Suppliers;

/**
 * The deduction desk's ledger in the review: what carries into the next run ({@code OUT/ledger/}), the
 * open deductions with their age as of the review's date ({@code open-deductions.csv}), and on the console the open amounts by
 * age and the days deductions outstanding per currency.
 */
final class LedgerSection {

  /** The file with every open deduction and its age. */
  static final String OPEN = "open-deductions.csv";
  /** The folder of the output holding the ledger, read back with {@code --ledger}. */
  static final String FOLDER = "ledger";
  /** The aging of open deductions: current (up to 30 days), 31–60, 61–90, over 90 days since the deduction. */
  static final AgingBuckets BUCKETS = AgingBuckets.of(31, 61, 91);
  /** The period of the days-deductions-outstanding figure. */
  static final int DDO_DAYS = 90;

  private LedgerSection() {}

  /**
   * Adds the ledger's files under {@code ledger/}, their content made from the ledgers when first
   * written (a file waits for the ledgers until they are built).
   */
  static void write(Supplier<Map<String, DeductionLedger>> ledgers, OutputFolder files) {
    Supplier<Map<String, LedgerFiles.Content>> contents = Suppliers.memoize(() -> LedgerFiles.contents(
        ledgers.get().values()));
    for (String name : LedgerFiles.FILES) {
      files.add(FOLDER + "/" + name, out -> contents.get().get(name).writeTo(out));
    }
  }

  /** The ledger's files under {@code ledger/}, largest first: the order to write them ahead in. */
  static List<String> largestFirst() {
    return List.of(FOLDER + "/" + LedgerFiles.DEDUCTIONS_FILE, FOLDER + "/" + LedgerFiles.CONSUMPTIONS_FILE,
        FOLDER + "/" + LedgerFiles.EVENTS_FILE, FOLDER + "/" + LedgerFiles.AUTHORIZATIONS_FILE,
        FOLDER + "/" + LedgerFiles.FORMAT_FILE);
  }

  /**
   * Reports the ledgers after this run: earlier deductions this run changed, and per currency the open
   * amounts by age and the DDO as of the review's date; adds {@code open-deductions.csv}.
   */
  static void report(Map<String, DeductionLedger> ledgers, List<DeductionResult> earlier, LocalDate asOf,
      Section section, OutputFolder files) {
    if (!earlier.isEmpty()) {
      section.note(earlier.size() + " deduction(s) of earlier remittances changed state in this run "
          + "(listed in deduction-results.csv with remittance = earlier).");
    }
    List<String> columns = new ArrayList<>(List.of("currency", ">open deductions"));
    BUCKETS.labels().forEach(label -> columns.add(">" + label));
    columns.add(">DDO (" + DDO_DAYS + " days)");
    TextTable table = new TextTable("Open deductions by days since the deduction (扣款账龄) as of " + asOf,
        columns.toArray(new String[0])).detailIn(OPEN);
    // Each ledger's open deductions as columns, sorted once by the library: counted here and written to
    // the file row by row, without a LedgerDeduction per line.
    List<LedgerColumns> open = new ArrayList<>();
    ledgers.forEach((code, ledger) -> {
      LedgerColumns openDeductions = ledger.openDeductionColumns();
      open.add(openDeductions);
      List<Object> row = new ArrayList<>();
      row.add(code);
      row.add(openDeductions.size());
      ledger.agedOpenAmounts(asOf, BUCKETS).forEach(a -> row.add(money(a)));
      Optional<java.math.BigDecimal> ddo = ledger.daysDeductionsOutstanding(asOf, DDO_DAYS);
      row.add(ddo.map(java.math.BigDecimal::toPlainString).orElse("n/a"));
      table.row(row.toArray());
    });
    section.table(table);
    List<DeductionLedger> inOrder = List.copyOf(ledgers.values());
    files.add(OPEN, out -> writeOpen(out, inOrder, open, asOf));
  }

  private static void writeOpen(Writer writer, List<DeductionLedger> ledgers, List<LedgerColumns> open,
      LocalDate asOf) throws IOException {
    try (CsvOutput csv = new CsvOutput(writer, "deduction_id", "currency", "account_id", "type", "reference",
        "date", "age_days", "age_bucket", "state", "open_amount", "disputed_amount", "unresolved_amount",
        "awaits_complement", "decided")) {
      for (int l = 0; l < ledgers.size(); l++) {
        String code = ledgers.get(l).currency().getCurrencyCode();
        int digits = Monies.minorDigits(ledgers.get(l).currency());
        LedgerColumns d = open.get(l);
        for (int i = 0; i < d.size(); i++) {
          LocalDate date = d.date(i);
          long age = Math.max(0, ChronoUnit.DAYS.between(date, asOf));
          csv.text(d.id(i)).text(code).text(d.accountId(i))
              .text(d.type(i).map(Enum::name).orElse("")).text(d.reference(i).orElse("")).date(date)
              .number(age).text(BUCKETS.labels().get(BUCKETS.bucketOf(age)))
              .text(d.state(i).name()).exactMinorUnits(d.openMinorUnits(i), digits)
              .exactMinorUnits(d.disputedMinorUnits(i), digits).exactMinorUnits(d.unresolvedMinorUnits(i), digits)
              .text(String.valueOf(d.awaitsComplement(i))).text(String.valueOf(d.decided(i))).endRow();
        }
      }
    }
  }
}
