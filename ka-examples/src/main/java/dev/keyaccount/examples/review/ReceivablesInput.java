package dev.keyaccount.examples.review;

import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.CompactAuthorizations;
import dev.keyaccount.receivables.deduction.CompactDeductions;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.ReasonType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The receivables CSV schemas and their conversion to ka-receivables values. Every cell is parsed
 * first (a malformed cell stops the run); a well-formed line that the library rejects is kept as a
 * rejected line. Each row goes into the file's columns as it is read; no row or value is kept. An authorization's {@code end_date} is the date deductions are matched against (the
 * promotion's end, the fee's period end).
 */
final class ReceivablesInput {

  static final List<String> AUTHORIZATION_COLUMNS = List.of("authorization_id", "account_id", "type", "reference",
      "start_date", "end_date", "amount", "currency");
  static final List<String> DEDUCTION_COLUMNS = List.of("deduction_id", "account_id", "date", "reason_code",
      "reference", "amount", "currency");

  private ReceivablesInput() {}

  static void authorization(CsvRow row, InputFile<Authorization> file, AuthorizationColumns columns) {
    String id = row.text("authorization_id");
    String account = file.shared(row.optionalText("account_id"));
    ReasonType type = file.type(row, "type");
    String reference = row.optionalText("reference");
    LocalDate start = file.date(row, "start_date");
    LocalDate end = file.date(row, "end_date");
    BigDecimal amount = row.decimal("amount");
    CurrencyUnit currency = file.currency(row, "currency");
    if (end.isBefore(start)) {
      throw row.error("end_date", end.toString(), "the end date is before the start date " + start);
    }
    ReviewInput.addToColumnsOrReject(row, id, () -> columns.builder.add(id, account, type,
        reference.isEmpty() ? Optional.empty() : Optional.of(reference), amount, currency, end), file);
  }

  static void deduction(CsvRow row, InputFile<Deduction> file, DeductionColumns columns) {
    String id = row.text("deduction_id");
    String account = file.shared(row.optionalText("account_id"));
    LocalDate date = file.date(row, "date");
    String reasonCode = file.shared(row.text("reason_code"));
    String reference = row.optionalText("reference");
    BigDecimal amount = row.decimal("amount");
    CurrencyUnit currency = file.currency(row, "currency");
    ReviewInput.addToColumnsOrReject(row, id, () -> {
      columns.builder.add(id, account, date, reasonCode, reference.isEmpty() ? Optional.empty()
          : Optional.of(reference), amount, currency);
      if (columns.latest == null || date.isAfter(columns.latest)) {
        columns.latest = date;
      }
    }, file);
  }

  /**
   * The authorizations read, as a {@link CompactAuthorizations}: each line goes into the columns by its
   * fields, with no value built for it (the library rejects the same lines as when building the value).
   */
  static final class AuthorizationColumns implements InputFile.Compactor<Authorization> {
    private final CompactAuthorizations.Builder builder = CompactAuthorizations.builder();

    @Override
    public List<Authorization> build() {
      return builder.build();
    }
  }

  /** The deductions read, as a {@link CompactDeductions}, as {@link AuthorizationColumns}; and their latest date. */
  static final class DeductionColumns implements InputFile.Compactor<Deduction> {
    private final CompactDeductions.Builder builder = CompactDeductions.builder();
    private LocalDate latest;

    @Override
    public List<Deduction> build() {
      return builder.build();
    }

    @Override
    public LocalDate latestDate() {
      return latest;
    }
  }
}
