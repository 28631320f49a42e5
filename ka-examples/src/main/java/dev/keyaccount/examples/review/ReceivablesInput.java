package dev.keyaccount.examples.review;

import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.ReasonType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * The receivables CSV schemas and their conversion to ka-receivables values. Every cell is parsed
 * first (a malformed cell stops the run); a well-formed line that the library rejects is kept as a
 * rejected line. Each row becomes its value as it is read; no row is kept. An authorization's {@code end_date} is the date deductions are matched against (the
 * promotion's end, the fee's period end).
 */
final class ReceivablesInput {

  static final List<String> AUTHORIZATION_COLUMNS = List.of("authorization_id", "account_id", "type", "reference",
      "start_date", "end_date", "amount", "currency");
  static final List<String> DEDUCTION_COLUMNS = List.of("deduction_id", "account_id", "date", "reason_code",
      "reference", "amount", "currency");

  private ReceivablesInput() {}

  static void authorization(CsvRow row, InputFile<Authorization> file) {
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
    ReviewInput.addOrReject(row, id, () -> Authorization.builder().id(id).accountId(account).type(type)
        .reference(reference.isEmpty() ? Optional.empty() : Optional.of(reference))
        .amount(Money.of(amount, currency)).date(end).build(), file);
  }

  static void deduction(CsvRow row, InputFile<Deduction> file) {
    String id = row.text("deduction_id");
    String account = file.shared(row.optionalText("account_id"));
    LocalDate date = file.date(row, "date");
    String reasonCode = file.shared(row.text("reason_code"));
    String reference = row.optionalText("reference");
    BigDecimal amount = row.decimal("amount");
    CurrencyUnit currency = file.currency(row, "currency");
    ReviewInput.addOrReject(row, id, () -> Deduction.builder().id(id).accountId(account).date(date)
        .reasonCode(reasonCode).reference(reference.isEmpty() ? Optional.empty() : Optional.of(reference))
        .amount(Money.of(amount, currency)).build(), file);
  }
}
