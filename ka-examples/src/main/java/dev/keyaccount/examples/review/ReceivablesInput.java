package dev.keyaccount.examples.review;

import java.util.List;

/** The receivables CSV schemas: authorizations and deductions. */
final class ReceivablesInput {

  static final List<String> AUTHORIZATION_COLUMNS = List.of("authorization_id", "account_id", "type", "reference",
      "start_date", "end_date", "amount", "currency");
  static final List<String> DEDUCTION_COLUMNS = List.of("deduction_id", "account_id", "date", "reason_code",
      "reference", "amount", "currency");

  private ReceivablesInput() {}
}
