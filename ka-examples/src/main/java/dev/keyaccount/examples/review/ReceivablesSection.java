package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.report.Formats.money;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.examples.review.report.Formats;
import dev.keyaccount.examples.review.report.OutputFolder;
import dev.keyaccount.examples.review.report.TextTable;
import dev.keyaccount.receivables.aging.AgingCalculator;
import dev.keyaccount.receivables.aging.AgingReport;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.AuthorizationBalance;
import dev.keyaccount.receivables.deduction.AuthorizationMatch;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.DeductionResult;
import dev.keyaccount.receivables.deduction.DeductionState;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.deduction.MatchingResult;
import dev.keyaccount.receivables.deduction.MatchingSummary;
import dev.keyaccount.receivables.deduction.ReasonType;
import dev.keyaccount.receivables.deduction.RejectedLine;
import dev.keyaccount.receivables.dso.DsoCalculator;
import dev.keyaccount.receivables.dso.SalesPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;

/** Section 6 of the review: deduction matching, aging and DSO. */
final class ReceivablesSection {

  /** The customers' reason codes in the sample remittance, mapped to ours; our own type names map too. */
  static final Map<String, ReasonType> REASON_CODES = Map.of(
      "PRM", ReasonType.PROMOTION, "DSP", ReasonType.DISPLAY_FEE, "LST", ReasonType.LISTING_FEE,
      "RBT", ReasonType.REBATE, "SHT", ReasonType.INVOICE, "DMG", ReasonType.CREDIT_NOTE);

  private ReceivablesSection() {}

  /** The review's matching policy: the standard one, the sample's reason codes, small shortages written off. */
  static MatchingPolicy policy(CurrencyUnit currency) {
    return MatchingPolicy.builder()
        .from(MatchingPolicy.standard(currency))
        .putAllReasonCodes(REASON_CODES)
        .putWriteOffThresholds(ReasonType.INVOICE, Monies.of(new java.math.BigDecimal("50"), currency))
        .putWriteOffThresholds(ReasonType.CREDIT_NOTE, Monies.of(new java.math.BigDecimal("50"), currency))
        .build();
  }

  static Section build(ReviewInput input, OutputFolder files) {
    Section section = new Section("6. Deductions, aging and DSO (扣款与应收)");
    if (input.deductionRows.isEmpty()) {
      section.note("Deduction matching skipped: no deductions.csv.");
    } else {
      matching(input, files, section);
    }
    if (input.builtIn) {
      aging(section);
    } else {
      section.note("Aging and DSO skipped: --data has no invoice file (run without --data to see them on the sample).");
    }
    return section;
  }

  private static void matching(ReviewInput input, OutputFolder files, Section section) {
    List<ReviewInput.RejectedLine> rejectedLines = new ArrayList<>();
    List<Authorization> authorizations = input.authorizationRows
        .map(rows -> ReceivablesInput.authorizations(rows, rejectedLines)).orElse(List.of());
    List<Deduction> deductions = ReceivablesInput.deductions(input.deductionRows.get(), rejectedLines);
    if (input.authorizationRows.isEmpty()) {
      section.note("No authorizations.csv: every deduction is matched against nothing.");
    }
    CurrencyUnit currency = deductions.isEmpty() ? Currencies.CNY : deductions.get(0).amount().getCurrency();
    MatchingPolicy policy = policy(currency);
    MatchingResult result = new DeductionMatcher(policy).match(deductions, authorizations);
    MatchingSummary summary = result.summary();

    TextTable states = new TextTable("Deduction matching (扣款核对), run currency " + currency.getCurrencyCode(),
        "state", ">deductions", ">amount");
    for (DeductionState state : DeductionState.values()) {
      states.row(state, summary.count(state), money(summary.amount(state)));
    }
    states.row("total", summary.deductionCount(), money(summary.totalDeducted()));
    TextTable conservation = new TextTable("Conservation (to the minor unit)", "line", ">amount");
    conservation.row("matched", money(summary.matched()))
        .row("disputed", money(summary.disputed()))
        .row("written off", money(summary.writtenOff()))
        .row("unresolved", money(summary.unresolved()))
        .row("= total deducted", money(summary.totalDeducted()))
        .row("authorized: consumed", money(summary.consumed()))
        .row("authorized: remaining", money(summary.remaining()))
        .row("= total authorized", money(summary.totalAuthorized()));
    TextTable lines = new TextTable("Deductions", "deduction", "state", "pass", ">amount", ">matched", ">disputed",
        ">written off", ">unresolved", "authorizations / candidates");
    StringBuilder csv = new StringBuilder(
        "deduction_id,state,matched_amount,disputed_amount,written_off_amount,unresolved_amount,authorization_ids\n");
    List<DeductionResult> sorted = new ArrayList<>(result.deductionResults());
    sorted.sort(java.util.Comparator.comparing(DeductionResult::deductionId));
    for (DeductionResult r : sorted) {
      String ids = r.matches().stream().map(AuthorizationMatch::authorizationId).collect(Collectors.joining(";"));
      String shown = !ids.isEmpty() ? ids
          : !r.candidates().isEmpty() ? "candidates: " + String.join(";", r.candidates())
          : r.duplicateOf().map(d -> "duplicate of " + d).orElse("");
      lines.row(r.deductionId(), r.state(), r.pass(), money(r.amount()), money(r.matched()), money(r.disputed()),
          money(r.writtenOff()), money(r.unresolved()), shown);
      csv.append(r.deductionId()).append(',').append(r.state()).append(',').append(Formats.plain(r.matched()))
          .append(',').append(Formats.plain(r.disputed())).append(',').append(Formats.plain(r.writtenOff()))
          .append(',').append(Formats.plain(r.unresolved())).append(',').append(ids).append('\n');
    }
    TextTable open = new TextTable("Authorizations with a remaining balance", "authorization", ">amount",
        ">consumed", ">remaining");
    for (AuthorizationBalance b : result.openAuthorizations()) {
      open.row(b.authorizationId(), money(b.amount()), money(b.consumed()), money(b.remaining()));
    }
    section.table(states)
        .note("Auto-match rate: " + summary.autoMatchRateByCount() + " by count, " + summary.autoMatchRateByAmount()
            + " by amount.")
        .table(conservation).table(lines).table(open);
    Map<String, CsvRow> rowsById = new java.util.HashMap<>();
    input.authorizationRows.ifPresent(rows -> rows.forEach(r -> rowsById.put("A:" + r.text("authorization_id"), r)));
    input.deductionRows.get().forEach(r -> rowsById.put("D:" + r.text("deduction_id"), r));
    for (RejectedLine rejected : result.rejected()) {
      boolean isDeduction = rejected.source() == RejectedLine.Source.DEDUCTION;
      CsvRow row = rowsById.get((isDeduction ? "D:" : "A:") + rejected.id());
      rejectedLines.add(new ReviewInput.RejectedLine(
          row != null ? row.file() : isDeduction ? ReviewInput.DEDUCTIONS : ReviewInput.AUTHORIZATIONS,
          row != null ? row.line() : 0, rejected.id(), rejected.reason()));
    }
    if (!rejectedLines.isEmpty()) {
      TextTable table = new TextTable("Rejected lines (the rest was matched)", "file", ">line", "id", "reason");
      rejectedLines.forEach(r -> table.row(r.file(), r.line() == 0 ? "" : r.line(), r.id(), r.reason()));
      section.table(table);
    }
    files.add("deduction-results.csv", csv.toString());
  }

  private static void aging(Section section) {
    AgingReport aging = AgingCalculator.DEFAULT.age(SampleData.openItems(), SampleData.AS_OF, Currencies.CNY);
    List<String> columns = new ArrayList<>();
    columns.add("account");
    aging.labels().forEach(label -> columns.add(">" + label));
    columns.add(">total");
    TextTable table = new TextTable("Aging (账龄) as of " + aging.asOf(), columns.toArray(new String[0]));
    aging.byAccount().forEach((account, amounts) -> {
      List<Object> row = new ArrayList<>();
      row.add(account);
      amounts.forEach(a -> row.add(money(a)));
      row.add(money(Monies.sum(amounts, Currencies.CNY)));
      table.row(row.toArray());
    });
    List<Object> total = new ArrayList<>();
    total.add("total");
    aging.totals().forEach(a -> total.add(money(a)));
    total.add(money(aging.total()));
    table.row(total.toArray());

    TextTable dso = new TextTable("DSO (应收账款周转天数)", "account", "method", "inputs", ">days");
    dso.row("A", "standard", "receivables 150,000 / credit sales 1,800,000 × 365",
        DsoCalculator.DEFAULT.standard(SampleData.cny("150000"), SampleData.cny("1800000"), 365));
    dso.row("B", "countback", "receivables 212,000; sales 100,000 / 80,000 / 70,000 (newest first)",
        DsoCalculator.DEFAULT.countback(SampleData.cny("212000"), List.of(
            SalesPeriod.of(SampleData.cny("100000"), 30), SalesPeriod.of(SampleData.cny("80000"), 30),
            SalesPeriod.of(SampleData.cny("70000"), 30))));
    dso.row("B", "standard", "receivables 212,000 / credit sales 250,000 × 90",
        DsoCalculator.DEFAULT.standard(SampleData.cny("212000"), SampleData.cny("250000"), 90));
    section.table(table).table(dso);
  }
}
