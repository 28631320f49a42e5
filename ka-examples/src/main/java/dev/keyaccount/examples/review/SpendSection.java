package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.report.Formats.money;

import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.spend.Accruals;
import dev.keyaccount.core.spend.SalesDay;
import dev.keyaccount.core.spend.SpendAccrual;
import dev.keyaccount.core.spend.SpendLine;
import dev.keyaccount.examples.review.report.Chart;
import dev.keyaccount.examples.review.report.CsvOutput;
import dev.keyaccount.examples.review.report.OutputFolder;
import dev.keyaccount.examples.review.report.TextTable;
import dev.keyaccount.planning.rebate.RebateAccruals;
import dev.keyaccount.planning.rebate.RebateCalculator;
import dev.keyaccount.planning.rebate.RebateMeasure;
import dev.keyaccount.planning.rebate.RebateScheme;
import dev.keyaccount.planning.rebate.RebateSettlement;
import dev.keyaccount.planning.rebate.RebateTier;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import dev.keyaccount.receivables.spend.AccrualAuthorizations;
import dev.keyaccount.receivables.spend.AccrualPosition;
import dev.keyaccount.receivables.spend.SettlementReport;
import dev.keyaccount.receivables.spend.SpendPayment;
import dev.keyaccount.receivables.spend.SpendSettlement;
import dev.keyaccount.receivables.spend.SpendTotals;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;
import org.threeten.extra.LocalDateRange;

/**
 * Section 7 of the review: trade spend from accrual to settlement (费用核销). The quarter's accruals of
 * the spend lines ({@link Accruals}, each line over its days in the quarter) and of the tiered rebates
 * ({@link RebateAccruals}, the interim and final settlements whose period overlaps the quarter) are
 * computed before section 6, so that their authorizations ({@link AccrualAuthorizations}) are matched
 * with the deductions there; then {@link SpendSettlement} reads what the deductions claimed from the
 * ledger section 6 leaves, adds our payments, and reports accrued, on the invoice, claimed, paid, open
 * and over-claimed per account and funding method, per currency. The console shows the totals, the
 * over-claims and the 50 largest accruals; {@value #POSITIONS} has every accrual.
 */
final class SpendSection {

  /** The file with one line per accrual of the quarter. */
  static final String POSITIONS = "trade-spend-positions.csv";

  private static final Comparator<CurrencyUnit> BY_CODE = Comparator.comparing(CurrencyUnit::getCurrencyCode);

  /** A rebate of the quarter: its scheme, the tier its base reaches, what it earned and what was settled. */
  record RebateLine(RebateScheme scheme, BigDecimal base, OptionalInt tier, Money earned, Money interimPaid,
      Optional<RebateSettlement> settlement) {}

  /** The quarter's accruals, the rebates behind some of them, the lines rejected and those outside the quarter. */
  record Accrued(List<SpendAccrual> accruals, List<RebateLine> rebates, List<ReviewInput.RejectedLine> rejected,
      int linesOutside, int rebatesOutside) {

    /** What the accruals authorize the retailers to deduct, for section 6's matching. */
    List<Authorization> authorizations() {
      return AccrualAuthorizations.DEFAULT.authorizations(accruals);
    }
  }

  private SpendSection() {}

  /** The quarter's accruals of the spend lines and rebates, before any matching. */
  static Accrued accrue(ReviewInput input, ReviewPeriod period) {
    SpendInputs in = input.spend;
    LocalDateRange quarter = LocalDateRange.of(period.quarter().atDay(1), period.quarter().plusQuarters(1).atDay(1));
    List<SpendAccrual> accruals = new ArrayList<>();
    List<ReviewInput.RejectedLine> rejected = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int linesOutside = 0;
    if (in.lines.isPresent()) {
      InputFile<SpendInputs.LineRow> lines = in.lines.get();
      Map<String, List<SalesDay>> sales = sales(in, lines, rejected);
      Set<String> lineIds = new HashSet<>();
      for (int i = 0; i < lines.values.size(); i++) {
        SpendLine line = lines.values.get(i).line();
        if (!lineIds.add(line.id())) {
          rejected.add(new ReviewInput.RejectedLine(lines.file, lines.line(i), line.id(),
              "the line id is repeated; the first line with it is accrued"));
          continue;
        }
        if (!line.period().overlaps(quarter)) {
          linesOutside++;
          continue;
        }
        try {
          add(Accruals.accrue(line, quarter, sales.getOrDefault(line.id(), List.of())), accruals, ids, rejected,
              lines.file, lines.line(i));
        } catch (IllegalArgumentException e) {
          rejected.add(new ReviewInput.RejectedLine(lines.file, lines.line(i), line.id(), e.getMessage()));
        }
      }
    }
    List<RebateLine> rebates = new ArrayList<>();
    int rebatesOutside = 0;
    if (in.rebates.isPresent()) {
      InputFile<SpendInputs.RebateRow> file = in.rebates.get();
      for (int i = 0; i < file.values.size(); i++) {
        SpendInputs.RebateRow row = file.values.get(i);
        if (!row.scheme().period().overlaps(quarter)) {
          rebatesOutside++;
          continue;
        }
        try {
          rebates.add(rebate(row, quarter, accruals, ids, rejected, file.file, file.line(i)));
        } catch (IllegalArgumentException e) {
          rejected.add(new ReviewInput.RejectedLine(file.file, file.line(i), row.scheme().id(), e.getMessage()));
        }
      }
    }
    return new Accrued(accruals, rebates, rejected, linesOutside, rebatesOutside);
  }

  /** The sales records by line id; a record of no line is a rejected line of the sales file. */
  private static Map<String, List<SalesDay>> sales(SpendInputs in, InputFile<SpendInputs.LineRow> lines,
      List<ReviewInput.RejectedLine> rejected) {
    Map<String, List<SalesDay>> sales = new HashMap<>();
    if (in.sales.isEmpty()) {
      return sales;
    }
    Set<String> known = new HashSet<>();
    lines.values.forEach(l -> known.add(l.line().id()));
    InputFile<SpendInputs.SalesRow> file = in.sales.get();
    for (int i = 0; i < file.values.size(); i++) {
      SpendInputs.SalesRow row = file.values.get(i);
      if (!known.contains(row.lineId())) {
        rejected.add(new ReviewInput.RejectedLine(file.file, file.line(i), row.lineId(),
            "no line " + row.lineId() + " in " + SpendInputs.SPEND_LINES));
        continue;
      }
      sales.computeIfAbsent(row.lineId(), k -> new ArrayList<>()).add(row.day());
    }
    return sales;
  }

  /**
   * A rebate's interims up to the quarter's end, paid in order as the calculator computes them; its final
   * settlement when the period ends by the quarter's end; its accruals that overlap the quarter.
   */
  private static RebateLine rebate(SpendInputs.RebateRow row, LocalDateRange quarter, List<SpendAccrual> accruals,
      Set<String> ids, List<ReviewInput.RejectedLine> rejected, String file, long line) {
    RebateScheme scheme = row.scheme();
    RebateCalculator calc = RebateCalculator.DEFAULT;
    List<LocalDate> cuts = new ArrayList<>();
    List<Money> paid = new ArrayList<>();
    for (SpendInputs.Interim interim : row.interims()) {
      // An interim settles part of the period: it ends inside it, before its last day (which is the
      // final settlement's). One dated otherwise is a keying error, not a payment to leave out.
      if (!scheme.period().contains(interim.lastDay()) || !interim.lastDay().isBefore(scheme.period().getEndInclusive())) {
        throw new IllegalArgumentException("the interim ending " + interim.lastDay() + " is not within the rebate's"
            + " period " + scheme.period().getStart() + " to " + scheme.period().getEndInclusive()
            + " before its last day");
      }
    }
    for (SpendInputs.Interim interim : row.interims()) {
      if (interim.lastDay().isBefore(quarter.getEnd())) {
        paid.add(calc.interim(scheme, interim.toDate(), interim.baseline(), paid));
        cuts.add(interim.lastDay().plusDays(1));
      }
    }
    boolean over = !scheme.period().getEnd().isAfter(quarter.getEnd());
    Optional<RebateSettlement> settlement = over ? Optional.of(calc.settle(scheme, row.base(), row.baseline(), paid))
        : Optional.empty();
    Money earned = settlement.map(RebateSettlement::earned).orElseGet(() -> calc.earned(scheme, row.base(),
        row.baseline()));
    OptionalInt tier = calc.tierReached(scheme, row.base(), row.baseline());
    List<SpendAccrual> pieces = RebateAccruals.DEFAULT.accruals(scheme, cuts, paid, settlement);
    for (SpendAccrual piece : pieces) {
      if (piece.period().overlaps(quarter)) {
        add(piece, accruals, ids, rejected, file, line);
      }
    }
    BigDecimal base = scheme.measure() == RebateMeasure.VOLUME ? BigDecimal.valueOf(row.base().cases())
        : Monies.decimal(row.base().netSales());
    return new RebateLine(scheme, base, tier, earned, Monies.sum(paid, scheme.currency()), settlement);
  }

  private static void add(SpendAccrual accrual, List<SpendAccrual> accruals, Set<String> ids,
      List<ReviewInput.RejectedLine> rejected, String file, long line) {
    if (!ids.add(accrual.id())) {
      rejected.add(new ReviewInput.RejectedLine(file, line, accrual.id(), "the accrual id " + accrual.id()
          + " is already taken by a spend line or rebate"));
      return;
    }
    accruals.add(accrual);
  }

  /** The section, from the accruals and the ledgers section 6 left (by currency code). */
  static Section build(ReviewInput input, ReviewPeriod period, Accrued accrued, Map<String, DeductionLedger> ledgers,
      OutputFolder files, List<ReviewInput.RejectedLine> rejected) {
    Section section = new Section("7. Trade spend: accrued, claimed, paid, open (费用计提与核销)");
    SpendInputs in = input.spend;
    if (in.lines.isEmpty()) {
      section.note("Spend lines: " + input.skipped(SpendInputs.SPEND_LINES));
    } else if (in.sales.isEmpty()) {
      section.note("Sales of the spend lines: " + input.skipped(SpendInputs.SPEND_SALES)
          + " Only lump sums accrue.");
    }
    if (in.rebates.isEmpty()) {
      section.note("Rebates: " + input.skipped(SpendInputs.REBATES));
    }
    if (!in.any()) {
      return section;
    }
    if (in.payments.isEmpty()) {
      section.note("Payments: " + input.skipped(SpendInputs.SPEND_PAYMENTS) + " Nothing is counted as paid.");
    }
    if (input.deductions.isEmpty()) {
      section.note("Claims: " + input.skipped(ReviewInput.DEDUCTIONS)
          + " Only the claims of an earlier ledger count.");
    }
    section.note("Accrued in " + period.quarter() + ": " + accrued.accruals().size() + " accruals, each spend line"
        + " over its days in the quarter and each rebate settlement whose period overlaps it; "
        + accrued.linesOutside() + " spend lines and " + accrued.rebatesOutside()
        + " rebates outside the quarter are left out.");
    List<ReviewInput.RejectedLine> rejectedHere = new ArrayList<>();
    in.lines.ifPresent(f -> rejectedHere.addAll(f.rejected));
    in.sales.ifPresent(f -> rejectedHere.addAll(f.rejected));
    in.rebates.ifPresent(f -> rejectedHere.addAll(f.rejected));
    in.payments.ifPresent(f -> rejectedHere.addAll(f.rejected));
    rejectedHere.addAll(accrued.rejected());

    Map<CurrencyUnit, List<SpendAccrual>> accrualsBy = new TreeMap<>(BY_CODE);
    Map<CurrencyUnit, List<SpendPayment>> paymentsBy = new TreeMap<>(BY_CODE);
    accrued.accruals().forEach(a -> accrualsBy.computeIfAbsent(a.line().currency(), c -> new ArrayList<>()).add(a));
    Map<String, CurrencyUnit> accrualCurrency = new HashMap<>();
    accrued.accruals().forEach(a -> accrualCurrency.put(a.id(), a.line().currency()));
    in.payments.ifPresent(f -> {
      for (int i = 0; i < f.values.size(); i++) {
        SpendPayment p = f.values.get(i);
        CurrencyUnit of = accrualCurrency.get(p.accrualId());
        if (of != null && !of.equals(p.amount().getCurrency())) {
          // A payment of an accrual of the quarter in another currency is a keying error, not a payment
          // of no accrual: rejected, naming both currencies.
          rejectedHere.add(new ReviewInput.RejectedLine(f.file, f.line(i), p.accrualId(), "the payment is in "
              + p.amount().getCurrency().getCurrencyCode() + " but accrual " + p.accrualId() + " is in "
              + of.getCurrencyCode()));
          continue;
        }
        paymentsBy.computeIfAbsent(p.amount().getCurrency(), c -> new ArrayList<>()).add(p);
      }
    });
    List<SpendPayment> unknown = new ArrayList<>();
    paymentsBy.forEach((currency, list) -> {
      if (!accrualsBy.containsKey(currency)) {
        unknown.addAll(list);
      }
    });
    Map<CurrencyUnit, SettlementReport> reports = new TreeMap<>(BY_CODE);
    accrualsBy.forEach((currency, list) -> reports.put(currency, SpendSettlement.DEFAULT.settle(list,
        ledgers.getOrDefault(currency.getCurrencyCode(), DeductionLedger.empty(currency)),
        paymentsBy.getOrDefault(currency, List.of()))));
    List<AccrualPosition> all = new ArrayList<>();
    reports.forEach((currency, report) -> {
      String code = currency.getCurrencyCode();
      TextTable byAccount = totals("Trade spend per account (费用核销), " + code, "account");
      report.byAccount().forEach((account, t) -> row(byAccount, account, t));
      TextTable byMethod = totals("Per funding method (费用支付方式), " + code, "method");
      report.byMethod().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> row(byMethod, e.getKey(), e.getValue()));
      row(byMethod, "total", report.total());
      section.table(byAccount).table(byMethod).chart(chart(report.total(), code));
      List<AccrualPosition> over = new ArrayList<>(report.overClaimed());
      if (!over.isEmpty()) {
        over.sort(Comparator.comparing((AccrualPosition p) -> Monies.decimal(p.overClaim())).reversed()
            .thenComparing(p -> p.accrual().id()));
        TextTable flagged = new TextTable("Over-claimed (超额核销), " + code + ": settled beyond the accrual",
            "accrual", "account", "method", ">accrued", ">claimed", ">paid", ">over-claimed").detailIn(POSITIONS);
        over.forEach(p -> flagged.row(p.accrual().id(), p.accrual().accountId(), p.accrual().method(),
            money(p.accrued()), money(p.claimed()), money(p.paid()), money(p.overClaim())));
        section.table(flagged);
      }
      List<AccrualPosition> largest = new ArrayList<>(report.positions());
      largest.sort(Comparator.comparing((AccrualPosition p) -> Monies.decimal(p.accrued())).reversed()
          .thenComparing(p -> p.accrual().id()));
      TextTable lines = new TextTable("Accruals, largest first, " + code, "accrual", "account", "method", ">accrued",
          ">on invoice", ">claimed", ">paid", ">open", ">over-claimed").detailIn(POSITIONS);
      for (AccrualPosition p : largest) {
        if (!lines.hasRoom()) {
          lines.skipRows(largest.size() - lines.rowCount());
          break;
        }
        lines.row(p.accrual().id(), p.accrual().accountId(), p.accrual().method(), money(p.accrued()),
            money(p.onInvoice()), money(p.claimed()), money(p.paid()), money(p.open()), money(p.overClaim()));
      }
      section.table(lines);
      unknown.addAll(report.unknownPayments());
      all.addAll(report.positions());
    });
    if (!unknown.isEmpty()) {
      TextTable table = new TextTable("Payments naming no accrual of the quarter (not counted)", "accrual", "kind",
          "date", ">amount");
      unknown.forEach(p -> table.row(p.accrualId(), p.kind(), p.date(), money(p.amount())));
      section.table(table);
    }
    if (!accrued.rebates().isEmpty()) {
      section.table(rebates(accrued.rebates()));
    }
    if (!rejectedHere.isEmpty()) {
      TextTable table = new TextTable("Rejected lines (the rest was accrued)", "file", ">line", "id", "reason")
          .detailIn(Review.REJECTED);
      rejectedHere.forEach(r -> table.row(r.file(), r.line(), r.id(), r.reason()));
      section.table(table);
    }
    rejected.addAll(rejectedHere);
    files.add(POSITIONS, out -> writePositions(out, all));
    return section;
  }

  private static TextTable totals(String title, String first) {
    return new TextTable(title, first, ">accrued", ">on invoice", ">claimed", ">paid", ">open", ">over-claimed");
  }

  private static void row(TextTable table, Object label, SpendTotals t) {
    table.row(label, money(t.accrued()), money(t.onInvoice()), money(t.claimed()), money(t.paid()), money(t.open()),
        money(t.overClaim()));
  }

  private static Chart chart(SpendTotals t, String code) {
    Chart chart = Chart.bars("trade-spend-" + code, "Trade spend accrued and how it stands (费用核销), " + code, code);
    bar(chart, "accrued", t.accrued());
    bar(chart, "on invoice", t.onInvoice());
    bar(chart, "claimed by deduction", t.claimed());
    bar(chart, "paid", t.paid());
    bar(chart, "open", t.open());
    bar(chart, "over-claimed", t.overClaim());
    return chart;
  }

  private static void bar(Chart chart, String label, Money amount) {
    chart.bar(label, Monies.decimal(amount).doubleValue(), money(amount));
  }

  private static TextTable rebates(List<RebateLine> rebates) {
    TextTable table = new TextTable("Tiered rebates (阶梯返利): the tier reached and the settlements", "rebate",
        "account", "measure", "style", ">base", "tier reached", ">earned", ">interims paid", ">final", ">not recovered",
        "status");
    for (RebateLine r : rebates) {
      RebateScheme s = r.scheme();
      String tier = r.tier().isPresent() ? (r.tier().getAsInt() + 1) + " of " + s.tiers().size() + " (from "
          + threshold(s, s.tiers().get(r.tier().getAsInt())) + ")" : "none (below " + threshold(s, s.tiers().get(0)) + ")";
      String base = s.measure() == RebateMeasure.VOLUME ? r.base().toPlainString() + " cases"
          : money(Money.of(r.base(), s.currency()));
      table.row(s.id(), s.accountId(), s.measure(), s.style(), base, tier, money(r.earned()), money(r.interimPaid()),
          r.settlement().map(x -> money(x.finalPayment())).orElse("-"),
          r.settlement().map(x -> money(x.excessNotRecovered())).orElse("-"),
          r.settlement().isPresent() ? "settled" : "running: earned to date");
    }
    return table;
  }

  private static String threshold(RebateScheme scheme, RebateTier tier) {
    return scheme.measure() == RebateMeasure.VOLUME ? tier.threshold().toPlainString() + " cases"
        : money(Money.of(tier.threshold(), scheme.currency()));
  }

  private static void writePositions(Writer writer, List<AccrualPosition> positions) throws IOException {
    try (CsvOutput csv = new CsvOutput(writer, "accrual_id", "account_id", "line_id", "fee_type", "method",
        "start_date", "end_date", "currency", "accrued", "on_invoice", "claimed", "paid", "open", "over_claim")) {
      for (AccrualPosition p : positions) {
        SpendAccrual a = p.accrual();
        csv.text(a.id()).text(a.accountId()).text(a.line().id()).text(a.line().feeType().name()).text(a.method().name())
            .text(a.period().getStart().toString()).text(a.period().getEndInclusive().toString())
            .text(a.line().currency().getCurrencyCode()).amount(p.accrued()).amount(p.onInvoice()).amount(p.claimed())
            .amount(p.paid()).amount(p.open()).amount(p.overClaim()).endRow();
      }
    }
  }
}
