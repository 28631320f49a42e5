package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.report.Formats.money;

import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.product.PortfolioRole;
import dev.keyaccount.examples.review.SectionInputs.AgreementLine;
import dev.keyaccount.examples.review.SectionInputs.AuditLine;
import dev.keyaccount.examples.review.SectionInputs.OrderLineRow;
import dev.keyaccount.examples.review.SectionInputs.SalesMonth;
import dev.keyaccount.examples.review.SectionInputs.SkuSales;
import dev.keyaccount.examples.review.SectionInputs.SpendQuarter;
import dev.keyaccount.examples.review.report.Chart;
import dev.keyaccount.examples.review.report.Formats;
import dev.keyaccount.examples.review.report.TextTable;
import dev.keyaccount.kpi.cadence.CadenceReport;
import dev.keyaccount.kpi.cadence.SalesCadence;
import dev.keyaccount.kpi.efficiency.Efficiency;
import dev.keyaccount.kpi.efficiency.EfficiencyRanking;
import dev.keyaccount.kpi.efficiency.EfficiencyChange;
import dev.keyaccount.kpi.efficiency.ExpenseEfficiency;
import dev.keyaccount.kpi.efficiency.SpendOutcome;
import dev.keyaccount.kpi.execution.ExecutionReport;
import dev.keyaccount.kpi.execution.StoreAudit;
import dev.keyaccount.kpi.execution.StoreExecution;
import dev.keyaccount.kpi.fill.FillRates;
import dev.keyaccount.kpi.fill.FillReport;
import dev.keyaccount.kpi.fill.Order;
import dev.keyaccount.kpi.profit.OperatingProfit;
import dev.keyaccount.kpi.profit.ProfitAndLoss;
import dev.keyaccount.kpi.profit.ProfitInput;
import dev.keyaccount.kpi.sales.ProfitMix;
import dev.keyaccount.kpi.sales.SalesKpis;
import dev.keyaccount.kpi.share.MarketShare;
import dev.keyaccount.kpi.share.ShareChange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.threeten.extra.YearQuarter;

/**
 * Section 2 of the review: the five KPIs and expense efficiency, per account, from
 * {@code monthly-sales.csv} (sales, share, monthly average, cadence), {@code sku-sales.csv} and
 * {@code agreements.csv} (profit-product mix), {@code store-audits.csv} and {@code agreements.csv}
 * (execution), {@code trade-spend.csv} (operating profit, efficiency) and {@code orders.csv} (fill
 * rates). A table whose file is absent says so; a figure the library cannot compute for an account
 * (a zero target, a zero last year) shows "-".
 */
final class KpiSection {

  private final ReviewInput input;
  private final ReviewPeriod period;
  private final Section section = new Section("2. The five KPIs and expense efficiency (五项指标)");

  private KpiSection(ReviewInput input, ReviewPeriod period) {
    this.input = input;
    this.period = period;
  }

  static Section build(ReviewInput input, ReviewPeriod period) {
    KpiSection kpis = new KpiSection(input, period);
    kpis.sales();
    kpis.execution();
    String elsewhere = input.sections.agreementsElsewhere(java.time.Year.of(period.quarter().getYear()),
        "so no mix requirement or commitments here");
    if (elsewhere != null) {
      kpis.section.note(elsewhere);
    }
    kpis.profit();
    kpis.fill();
    kpis.efficiency();
    kpis.cadence();
    return kpis.section;
  }

  /** The lines of a file grouped by account, in account order, keeping file order within an account. */
  private static <T> Map<String, List<T>> byAccount(List<T> lines, Function<T, String> account) {
    Map<String, List<T>> out = new TreeMap<>();
    lines.forEach(l -> out.computeIfAbsent(account.apply(l), k -> new ArrayList<>()).add(l));
    return out;
  }

  /** A figure, or "-" when the library rejects its inputs (a zero denominator). */
  private static String figure(Supplier<Object> value) {
    try {
      return String.valueOf(value.get());
    } catch (IllegalArgumentException | ArithmeticException e) {
      return "-";
    }
  }

  /** Adds a table, or says that the file has no line for the quarter. */
  private void add(TextTable table, String file) {
    if (table.rowCount() > 0) {
      section.table(table);
    } else {
      section.note(table.title() + ": no line for " + period.quarter() + " in " + file + ".");
    }
  }

  private static Money sum(List<Money> amounts) {
    return Money.from(Monies.sum(amounts, amounts.get(0).getCurrency()));
  }

  private static Rate growth(Money now, Money before) {
    return Rate.ratio(now, before).minus(Rate.ONE);
  }

  private void sales() {
    if (input.sections.monthlySales.isEmpty()) {
      section.note("Sales, share, monthly average and cadence: " + input.skipped(SectionInputs.MONTHLY_SALES));
      return;
    }
    Map<String, List<SalesMonth>> months = byAccount(input.sections.monthlySales.get().values, SalesMonth::accountId);
    Map<String, AgreementLine> agreements = agreements();
    Map<String, List<SkuSales>> skus = input.sections.skuSales
        .map(f -> byAccount(f.values, SkuSales::accountId)).orElse(Map.of());
    TextTable sales = new TextTable("Sales (销量): " + period.quarter() + " achievement and profit-product mix",
        "account", ">target", ">actual", ">achievement", ">profit-product mix", ">required", "mix met");
    TextTable share = new TextTable("Market share (市场份额): our growth vs the account's, " + period.quarter()
        + " vs a year earlier", "account", ">our growth", ">account growth", ">share ratio", ">relative change",
        "outcome");
    YearMonth last = YearMonth.from(period.quarter().atEndOfQuarter());
    Chart achievement = Chart.bars("achievement", "Achievement against target (目标达成率) per account, "
        + period.quarter(), "% of the quarter's target").reference(100, "target 100%");
    TextTable average = new TextTable("Monthly average over active months, the 12 months to " + last, "account",
        ">active months", ">average");
    for (Map.Entry<String, List<SalesMonth>> entry : months.entrySet()) {
      String account = entry.getKey();
      List<SalesMonth> quarter = entry.getValue().stream().filter(m -> period.inQuarter(m.month())).toList();
      Map<YearMonth, BigDecimal> year = new TreeMap<>();
      for (int i = 11; i >= 0; i--) {
        year.put(last.minusMonths(i), BigDecimal.ZERO);
      }
      entry.getValue().forEach(m -> year.computeIfPresent(m.month(), (k, v) -> v.add(m.sales().getNumberStripped())));
      List<BigDecimal> series = new ArrayList<>(year.values());
      average.row(account, SalesKpis.DEFAULT.activeMonths(series), money(Money.of(
          SalesKpis.DEFAULT.monthlyAverage(series), entry.getValue().get(0).sales().getCurrency())));
      if (quarter.isEmpty()) {
        continue;
      }
      Money target = sum(quarter.stream().map(SalesMonth::target).toList());
      Money actual = sum(quarter.stream().map(SalesMonth::sales).toList());
      Map<PortfolioRole, Money> byRole = new EnumMap<>(PortfolioRole.class);
      for (SkuSales s : skus.getOrDefault(account, List.of())) {
        if (period.inQuarter(s.month())) {
          byRole.merge(s.role(), s.sales(), Monies::add);
        }
      }
      AgreementLine agreement = agreements.get(account);
      String mixShare = "-";
      String required = agreement == null ? "-" : agreement.requiredProfitMix().toString();
      String met = input.sections.skuSales.isEmpty() ? "no " + SectionInputs.SKU_SALES
          : agreement == null ? "no agreement" : "-";
      if (!byRole.isEmpty()) {
        mixShare = figure(() -> SalesKpis.DEFAULT.highMarginMix(byRole, Rate.ZERO).share());
        if (agreement != null) {
          met = figure(() -> {
            ProfitMix mix = SalesKpis.DEFAULT.highMarginMix(byRole, agreement.requiredProfitMix());
            return mix.meetsRequirement() ? "yes" : "no, " + mix.required().minus(mix.share()) + " short";
          });
        }
      }
      sales.row(account, money(target), money(actual), figure(() -> SalesKpis.DEFAULT.achievement(actual, target)),
          mixShare, required, met);
      try {
        Rate rate = SalesKpis.DEFAULT.achievement(actual, target);
        achievement.bar(account, rate.fraction().movePointRight(2).doubleValue(), rate.toString());
      } catch (IllegalArgumentException | ArithmeticException e) {
        // No target: the table shows "-", the chart has no bar.
      }
      Money before = sum(quarter.stream().map(SalesMonth::salesLastYear).toList());
      Money category = sum(quarter.stream().map(SalesMonth::categorySales).toList());
      Money categoryBefore = sum(quarter.stream().map(SalesMonth::categorySalesLastYear).toList());
      try {
        Rate ours = growth(actual, before);
        Rate theirs = growth(category, categoryBefore);
        ShareChange change = MarketShare.DEFAULT.change(ours, theirs);
        share.row(account, ours, theirs, change.ratio().setScale(4, RoundingMode.HALF_UP), change.relativeChange(),
            lower(change.outcome()));
      } catch (IllegalArgumentException | ArithmeticException e) {
        share.row(account, "-", "-", "-", "-", "no sales a year earlier");
      }
    }
    add(sales, SectionInputs.MONTHLY_SALES);
    section.chart(achievement);
    if (input.sections.skuSales.isEmpty()) {
      section.note("Profit-product mix: " + input.skipped(SectionInputs.SKU_SALES));
    }
    add(share, SectionInputs.MONTHLY_SALES);
    section.table(average);
  }

  /** The agreements of the reviewed quarter's year, by account. */
  private Map<String, AgreementLine> agreements() {
    return input.sections.agreementsOf(java.time.Year.of(period.quarter().getYear()));
  }

  private void execution() {
    if (input.sections.audits.isEmpty()) {
      section.note("Store execution: " + input.skipped(SectionInputs.STORE_AUDITS));
      return;
    }
    Map<String, AgreementLine> agreements = agreements();
    TextTable table = new TextTable("Store execution (门店执行), audits of " + period.quarter()
        + " against the agreement", "account", ">stores", ">display rate", ">activity rate", ">distribution",
        ">SKUs", ">display pts", ">vs commitment", ">activity pts", ">score");
    byAccount(input.sections.audits.get().values, AuditLine::accountId).forEach((account, lines) -> {
      // A store audited more than once in the quarter counts once, with its latest audit (the later line
      // on the same day).
      Map<String, AuditLine> latest = new java.util.LinkedHashMap<>();
      lines.stream().filter(l -> period.inQuarter(l.date()))
          .forEach(l -> latest.merge(l.audit().storeId(), l, (a, b) -> b.date().isBefore(a.date()) ? a : b));
      List<StoreAudit> audits = latest.values().stream().map(AuditLine::audit).toList();
      if (audits.isEmpty()) {
        return;
      }
      AgreementLine agreement = agreements.get(account);
      if (agreement == null) {
        table.row(account, audits.size(), "-", "-", "-", "-", "-", "no agreement", "-", "-");
        return;
      }
      try {
        ExecutionReport exec = StoreExecution.DEFAULT.measure(audits, agreement.listedSkus(), agreement.agreement());
        table.row(account, audits.size(), exec.displayRate(), exec.activityRate(), exec.distributionRate(),
            exec.skuCount(), exec.displayPoints(), exec.displayPointsAchievement().map(Rate::toString).orElse("-"),
            exec.activityPoints(), Formats.number(exec.score(), 1));
        exec.failures().forEach(f -> section.note("Store audit of " + account + " left out: " + f.message()));
      } catch (IllegalArgumentException e) {
        table.row(account, audits.size(), "-", "-", "-", "-", "-", "-", "-", "-");
      }
    });
    add(table, SectionInputs.STORE_AUDITS);
    if (input.sections.agreements.isEmpty()) {
      section.note("Commitments and listed SKUs: " + input.skipped(SectionInputs.AGREEMENTS));
    }
  }

  private Map<String, SpendQuarter> spend(YearQuarter quarter) {
    Map<String, SpendQuarter> out = new TreeMap<>();
    input.sections.tradeSpend.ifPresent(f -> f.values.stream().filter(s -> s.quarter().equals(quarter))
        .forEach(s -> out.merge(s.accountId(), s, KpiSection::add)));
    return out;
  }

  private static SpendQuarter add(SpendQuarter a, SpendQuarter b) {
    return new SpendQuarter(a.accountId(), a.quarter(), a.netSales().add(b.netSales()),
        a.costOfGoods().add(b.costOfGoods()), a.listingFee().add(b.listingFee()), a.displayFee().add(b.displayFee()),
        a.promotionCost().add(b.promotionCost()), a.cases() + b.cases());
  }

  private void profit() {
    if (input.sections.tradeSpend.isEmpty()) {
      section.note("Operating profit and expense efficiency: " + input.skipped(SectionInputs.TRADE_SPEND));
      return;
    }
    TextTable profit = new TextTable("Operating profit (经营利润), " + period.quarter(), "account", ">net sales",
        ">cost of goods", ">listing fee", ">display fee", ">promotion", ">contribution", ">margin", ">expense ratio");
    spend(period.quarter()).forEach((account, s) -> {
      ProfitAndLoss pnl = OperatingProfit.DEFAULT.statement(ProfitInput.builder().id(account).netSales(s.netSales())
          .costOfGoods(s.costOfGoods()).putFixedFees(FeeType.LISTING, s.listingFee())
          .putFixedFees(FeeType.DISPLAY, s.displayFee()).variablePromotionCost(s.promotionCost()).build());
      MonetaryAmount zero = Money.zero(s.netSales().getCurrency());
      profit.row(account, money(pnl.netSales()), money(pnl.costOfGoods()),
          money(pnl.fees().getOrDefault(FeeType.LISTING, zero)), money(pnl.fees().getOrDefault(FeeType.DISPLAY, zero)),
          money(pnl.variablePromotionCost()), money(pnl.contribution()),
          pnl.contributionMargin().map(Rate::toString).orElse("-"), pnl.expenseRatio().map(Rate::toString).orElse("-"));
    });
    add(profit, SectionInputs.TRADE_SPEND);
  }

  private void fill() {
    if (input.sections.orders.isEmpty()) {
      section.note("Order fill: " + input.skipped(SectionInputs.ORDERS));
      return;
    }
    YearQuarter previous = period.quarter().minusQuarters(1);
    Map<String, Order.Builder> orders = new LinkedHashMap<>();
    for (OrderLineRow row : input.sections.orders.get().values) {
      YearQuarter q = YearQuarter.from(row.dueDate());
      if (q.equals(period.quarter()) || q.equals(previous)) {
        orders.computeIfAbsent(row.orderId(), id -> Order.builder().orderId(id).accountId(row.accountId())
            .dueDate(row.dueDate())).addLines(row.line());
      }
    }
    Map<String, List<Order>> now = new TreeMap<>();
    Map<String, List<Order>> before = new TreeMap<>();
    for (Order.Builder builder : orders.values()) {
      Order order = builder.build();
      (YearQuarter.from(order.dueDate()).equals(previous) ? before : now)
          .computeIfAbsent(order.accountId(), k -> new ArrayList<>()).add(order);
    }
    TextTable fill = new TextTable("Order fill (订单满足率), orders due in " + period.quarter(), "account", ">orders",
        ">case fill", ">line fill", ">order fill", ">on-time-in-full", ">vs " + previous + " (points)");
    now.forEach((account, list) -> {
      FillReport q;
      try {
        q = FillRates.DEFAULT.measure(list);
      } catch (IllegalArgumentException e) {
        fill.row(account, list.size(), "-", "-", "-", "-", "-");
        section.note("Orders of " + account + " not measured: " + e.getMessage());
        return;
      }
      Optional<FillReport> p = earlierFill(before.get(account), account, previous);
      fill.row(account, q.orders(), q.caseFill(), q.lineFill(), q.orderFill(), q.onTimeInFull(),
          p.map(r -> signed(q.caseFillChangeInPoints(r))).orElse("-"));
      q.failures().forEach(f -> section.note("Order of " + account + " left out: " + f.message()));
    });
    add(fill, SectionInputs.ORDERS);
  }

  /** The fill of the account's orders of the quarter before, if any can be measured (else said why). */
  private Optional<FillReport> earlierFill(List<Order> orders, String account, YearQuarter previous) {
    if (orders == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(FillRates.DEFAULT.measure(orders));
    } catch (IllegalArgumentException e) {
      section.note("Orders of " + account + " in " + previous + " not measured: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static String signed(BigDecimal points) {
    return (points.signum() > 0 ? "+" : "") + points.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private void efficiency() {
    if (input.sections.tradeSpend.isEmpty()) {
      return;
    }
    YearQuarter previous = period.quarter().minusQuarters(1);
    Map<String, SpendQuarter> before = spend(previous);
    TextTable table = new TextTable("Expense efficiency (费用使用效率): cases per unit of trade spend, "
        + previous + " → " + period.quarter(), "account", ">spend before", ">cases before", ">spend now",
        ">cases now", ">cost/case before", ">cost/case now", ">efficiency", ">投产比 now");
    List<SpendOutcome> ranked = new ArrayList<>();
    spend(period.quarter()).forEach((account, s) -> {
      SpendQuarter b = before.get(account);
      SpendOutcome after;
      try {
        after = SpendOutcome.of(account, s.spend(), s.cases(), s.netSales());
      } catch (IllegalArgumentException e) {
        // No spend, no cases or no sales this quarter: nothing to measure or rank, said as such.
        table.row(account, b == null ? "-" : money(b.spend()), b == null ? "-" : b.cases(), money(s.spend()),
            s.cases(), "-", "-", "-", "-");
        section.note("Not measured or ranked: " + account + " in " + period.quarter() + ": " + e.getMessage());
        return;
      }
      ranked.add(after);
      if (b == null) {
        table.row(account, "-", "-", money(s.spend()), s.cases(), "-",
            figure(() -> Formats.number(ExpenseEfficiency.DEFAULT.measure(after).costPerCase(), 4)), "-",
            figure(() -> ExpenseEfficiency.DEFAULT.measure(after).inputOutputRatio()));
        return;
      }
      try {
        EfficiencyChange eff = ExpenseEfficiency.DEFAULT.change(SpendOutcome.of(account, b.spend(), b.cases(),
            b.netSales()), after);
        table.row(account, money(b.spend()), b.cases(), money(s.spend()), s.cases(),
            Formats.number(eff.before().costPerCase(), 4), Formats.number(eff.after().costPerCase(), 4),
            signed(eff.efficiencyChange()), eff.after().inputOutputRatio());
      } catch (IllegalArgumentException | ArithmeticException e) {
        table.row(account, money(b.spend()), b.cases(), money(s.spend()), s.cases(), "-", "-", "-", "-");
      }
    });
    TextTable ranking = new TextTable("Input/output ratio ranking (投产比 = spend / sales, lowest first), "
        + period.quarter(), ">rank", "account", ">投产比", ">cases per 100");
    try {
      int rank = 1;
      EfficiencyRanking result = ExpenseEfficiency.DEFAULT.rank(ranked);
      for (Efficiency e : result.ranked()) {
        ranking.row(rank++, e.outcome().id(), e.inputOutputRatio(), Formats.number(e.casesPerHundred(), 1));
      }
      result.failures().forEach(f -> section.note("Not ranked: " + f.message()));
    } catch (IllegalArgumentException | ArithmeticException e) {
      section.table(table).note("No ranking: " + e.getMessage());
      return;
    }
    add(table, SectionInputs.TRADE_SPEND);
    if (ranking.rowCount() > 0) {
      section.table(ranking);
    }
  }

  private static String signed(Rate rate) {
    return (rate.isNegative() || rate.fraction().signum() == 0 ? "" : "+") + rate;
  }

  private void cadence() {
    if (input.sections.monthlySales.isEmpty()) {
      return;
    }
    TextTable cadence = new TextTable("Sales cadence (销量均衡度), months of " + period.quarter(), "account",
        ">month 1", ">month 2", ">month 3", ">balance index", "last month flagged");
    byAccount(input.sections.monthlySales.get().values, SalesMonth::accountId).forEach((account, lines) -> {
      Map<YearMonth, BigDecimal> months = new TreeMap<>();
      YearMonth first = YearMonth.from(period.quarter().atDay(1));
      for (int i = 0; i < 3; i++) {
        months.put(first.plusMonths(i), BigDecimal.ZERO);
      }
      boolean any = false;
      for (SalesMonth m : lines) {
        if (months.containsKey(m.month())) {
          months.merge(m.month(), m.sales().getNumberStripped(), BigDecimal::add);
          any = true;
        }
      }
      if (!any) {
        return;
      }
      try {
        CadenceReport report = SalesCadence.DEFAULT.analyse(new ArrayList<>(months.values()));
        List<Object> row = new ArrayList<>();
        row.add(account);
        row.addAll(report.shares());
        row.add(report.balanceIndex());
        row.add(report.lastPeriodFlagged() ? "YES (over " + report.lastPeriodLimit() + ")" : "no");
        cadence.row(row.toArray());
      } catch (IllegalArgumentException | ArithmeticException e) {
        cadence.row(account, "-", "-", "-", "-", "no sales");
      }
    });
    add(cadence, SectionInputs.MONTHLY_SALES);
    monthlyChart();
  }

  /** Sales and target of all accounts per month, the 12 months to the quarter's end, one chart per currency. */
  private void monthlyChart() {
    YearMonth last = YearMonth.from(period.quarter().atEndOfQuarter());
    List<YearMonth> months = new ArrayList<>();
    for (int i = 11; i >= 0; i--) {
      months.add(last.minusMonths(i));
    }
    Map<String, Map<YearMonth, Money[]>> byCurrency = new TreeMap<>();
    for (SalesMonth m : input.sections.monthlySales.get().values) {
      if (m.month().isBefore(months.get(0)) || m.month().isAfter(last)) {
        continue;
      }
      Money zero = Money.zero(m.sales().getCurrency());
      Money[] sums = byCurrency.computeIfAbsent(m.sales().getCurrency().getCurrencyCode(), c -> new TreeMap<>())
          .computeIfAbsent(m.month(), k -> new Money[] {zero, zero});
      sums[0] = sums[0].add(m.sales());
      sums[1] = sums[1].add(m.target());
    }
    byCurrency.forEach((currency, sums) -> {
      Chart chart = Chart.lines("monthly-sales-" + currency, "Monthly sales cadence (销量节奏), all accounts, the 12"
          + " months to " + last + ", " + currency, currency, months.stream().map(YearMonth::toString).toList());
      Money zero = Money.zero(javax.money.Monetary.getCurrency(currency));
      List<Chart.Point> sales = new ArrayList<>();
      List<Chart.Point> targets = new ArrayList<>();
      for (YearMonth month : months) {
        Money[] sum = sums.getOrDefault(month, new Money[] {zero, zero});
        sales.add(new Chart.Point(month.toString(), sum[0].getNumberStripped().doubleValue(), money(sum[0])));
        targets.add(new Chart.Point(month.toString(), sum[1].getNumberStripped().doubleValue(), money(sum[1])));
      }
      section.chart(chart.series("sales", sales).series("target", targets));
    });
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
