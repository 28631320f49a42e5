package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.report.Formats.money;

import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.examples.Wording;
import dev.keyaccount.examples.review.SectionInputs.AgreementLine;
import dev.keyaccount.examples.review.SectionInputs.PlanLine;
import dev.keyaccount.examples.review.SectionInputs.PromotionLine;
import dev.keyaccount.examples.review.report.Formats;
import dev.keyaccount.examples.review.report.Chart;
import dev.keyaccount.examples.review.report.TextTable;
import dev.keyaccount.planning.budget.BudgetAllocation;
import dev.keyaccount.planning.budget.BudgetAllocator;
import dev.keyaccount.planning.budget.BudgetRequest;
import dev.keyaccount.planning.budget.StoreAllocation;
import dev.keyaccount.planning.budget.StoreForecast;
import dev.keyaccount.planning.leadtime.LeadTime;
import dev.keyaccount.planning.leadtime.LeadTimeCheck;
import dev.keyaccount.planning.leadtime.LeadTimeReport;
import dev.keyaccount.planning.promotion.BreakEven;
import dev.keyaccount.planning.promotion.CaseEconomics;
import dev.keyaccount.planning.promotion.PostEventEvaluation;
import dev.keyaccount.planning.target.DecompositionCheck;
import dev.keyaccount.planning.target.DecompositionReport;
import dev.keyaccount.planning.target.MeasureCheck;
import dev.keyaccount.planning.target.MeasurePlan;
import dev.keyaccount.planning.target.TargetDecomposer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.threeten.extra.YearQuarter;

/**
 * Sections 3 to 5 of the review: the quarter's target decomposition checked against the plan
 * ({@code plan.csv}), promotion economics and lead times ({@code promotions.csv}), and the next
 * quarter's expense-first budget ({@code store-forecast.csv} with the expense ratio and fixed fees of
 * {@code agreements.csv}). Each works per account; a file that is absent is named in the section.
 */
final class PlanningSections {

  /** The most accounts whose tables sections 3 and 5 show; the console stays bounded at any input size. */
  static final int SHOWN_ACCOUNTS = 20;

  private PlanningSections() {}

  /** The first {@link #SHOWN_ACCOUNTS} entries of a map by account, and a note counting the rest. */
  private static <V> Map<String, V> shown(Map<String, V> byAccount, Section section, String what) {
    if (byAccount.size() <= SHOWN_ACCOUNTS) {
      return byAccount;
    }
    Map<String, V> first = new TreeMap<>();
    byAccount.entrySet().stream().limit(SHOWN_ACCOUNTS).forEach(e -> first.put(e.getKey(), e.getValue()));
    section.note("The first " + SHOWN_ACCOUNTS + " accounts of " + byAccount.size() + " with " + what + " are shown.");
    return first;
  }

  // 3. Target decomposition ---------------------------------------------------------------------------

  static Section decomposition(ReviewInput input, ReviewPeriod period) {
    Section section = new Section("3. " + period.quarter() + " target decomposition (目标分解)");
    if (input.sections.plan.isEmpty()) {
      return section.note(input.skipped(SectionInputs.PLAN));
    }
    Map<String, PlanLine> targets = new TreeMap<>();
    Map<String, Map<YearMonth, PlanLine>> months = new TreeMap<>();
    for (PlanLine line : input.sections.plan.get().values) {
      if (!line.quarter().equals(period.quarter())) {
        continue;
      }
      if (line.month() == null) {
        targets.putIfAbsent(line.accountId(), line);
      } else {
        months.computeIfAbsent(line.accountId(), k -> new TreeMap<>()).putIfAbsent(line.month(), line);
      }
    }
    // Monthly lines of an account without a target line are said, not passed over.
    List<String> untargeted = months.keySet().stream().filter(a -> !targets.containsKey(a)).collect(Collectors.toList());
    if (!untargeted.isEmpty()) {
      section.note(untargeted.size() + (untargeted.size() == 1 ? " account has" : " accounts have") + " monthly lines for "
          + period.quarter() + " but no target line (period " + period.quarter() + ") in " + SectionInputs.PLAN
          + ", not checked: " + Wording.firstNamed(untargeted, SHOWN_ACCOUNTS) + ".");
    }
    if (targets.isEmpty()) {
      return section.note("No targets for " + period.quarter() + " in " + SectionInputs.PLAN + " (a line with period "
          + period.quarter() + ").");
    }
    shown(targets, section, "targets in " + SectionInputs.PLAN).forEach((account, target) -> {
      List<PlanLine> plan = new ArrayList<>(months.getOrDefault(account, Map.of()).values());
      if (plan.isEmpty()) {
        section.note("Account " + account + ": no monthly plan for " + period.quarter() + " in " + SectionInputs.PLAN
            + ".");
        return;
      }
      if (plan.size() < 3) {
        // A level is read at the quarter's last month and a sum over its three: a partial plan gives neither.
        section.note("Account " + account + ": the plan covers " + plan.size() + " of the quarter's three months ("
            + plan.stream().map(l -> l.month().toString()).collect(Collectors.joining(", ")) + "), not checked.");
        return;
      }
      List<BigDecimal> sales = plan.stream().map(l -> l.sales().getNumberStripped()).collect(Collectors.toList());
      boolean noSales = sales.stream().allMatch(v -> v.signum() == 0);
      TextTable monthTable = new TextTable("Account " + account + ": " + period.quarter() + " sales target "
          + money(target.sales()) + " by month (weights: the plan's monthly sales)", "month", ">target",
          ">display points", ">SKUs", ">expense ratio");
      String unsplit = null;
      if (noSales) {
        unsplit = "the plan's monthly sales, its weights, are all zero";
      } else {
        try {
          Map<YearMonth, Money> split = new TreeMap<>(TargetDecomposer.DEFAULT.toMonths(target.sales(),
              period.quarter(), sales));
          for (PlanLine month : plan) {
            monthTable.row(month.month(), money(split.get(month.month())), month.displayPoints(), month.skus(),
                month.expenseRatio());
          }
        } catch (IllegalArgumentException e) {
          unsplit = e.getMessage();
        }
      }
      List<MeasurePlan> measures = new ArrayList<>(List.of(
          MeasurePlan.additive("sales", target.sales().getNumberStripped(), sales),
          MeasurePlan.level("display points", BigDecimal.valueOf(target.displayPoints()),
              plan.stream().map(l -> BigDecimal.valueOf(l.displayPoints())).collect(Collectors.toList())),
          MeasurePlan.level("SKUs", BigDecimal.valueOf(target.skus()),
              plan.stream().map(l -> BigDecimal.valueOf(l.skus())).collect(Collectors.toList()))));
      if (noSales) {
        // The quarter's expense ratio weighs the months by their sales: with none, it has no value.
        section.note("Account " + account + ": the plan's monthly sales are all zero, so its expense ratio for the"
            + " quarter has no value and is not checked.");
      } else {
        measures.add(MeasurePlan.ratioAtMost("expense ratio (%)", target.expenseRatio().percent().stripTrailingZeros(),
            plan.stream().map(l -> l.expenseRatio().percent().stripTrailingZeros()).collect(Collectors.toList()),
            sales));
      }
      DecompositionReport report = DecompositionCheck.DEFAULT.check(measures);
      TextTable checks = new TextTable("Account " + account + ": consistency check", "measure", "kind", ">target",
          ">plan gives", "result");
      for (MeasureCheck check : report.checks()) {
        checks.row(check.measure().name(), KpiSection.lower(check.measure().kind()),
            check.measure().target().toPlainString(),
            check.actual().setScale(1, RoundingMode.HALF_UP).toPlainString(), check.passed() ? "pass" : Wording.message(check));
      }
      if (unsplit == null) {
        section.table(monthTable);
      } else {
        section.note("Account " + account + ": the target is not split by month (" + unsplit + ").");
      }
      section.table(checks).note("Account " + account + ": the plan is "
          + (report.passed() ? "consistent" : "NOT consistent") + " with the " + period.quarter() + " targets.");
    });
    return section;
  }

  /** Cases: whole as they are, else to one decimal (half up). */
  private static String cases(BigDecimal cases) {
    return cases.stripTrailingZeros().scale() <= 0 ? cases.stripTrailingZeros().toPlainString()
        : Formats.number(cases, 1);
  }

  // 4. Promotion economics and lead time ---------------------------------------------------------------

  static Section promotion(ReviewInput input, ReviewPeriod period) {
    Section section = new Section("4. Promotion economics and lead time (促销)");
    if (input.sections.promotions.isEmpty()) {
      return section.note(input.skipped(SectionInputs.PROMOTIONS));
    }
    List<PromotionLine> lines = input.sections.promotions.get().values.stream()
        .filter(p -> period.inQuarter(p.promotion().period().getStart())).collect(Collectors.toList());
    if (lines.isEmpty()) {
      return section.note("No promotion in " + SectionInputs.PROMOTIONS + " starts in " + period.quarter() + ".");
    }
    TextTable be = new TextTable("Break-even (赢亏平衡点) of the promotions starting in " + period.quarter()
        + ", per case", "promotion", "account", ">regular price", ">unit cost", ">discount", ">fixed costs",
        ">baseline cases", ">break-even cases", ">required lift");
    TextTable after = new TextTable("After the event (promotions with the cases sold)", "promotion", ">cases sold",
        ">incremental cases", ">incremental margin", ">spend", ">gross ROI (margin/spend)",
        ">net ROI ((margin-spend)/spend)", ">cost per incremental case");
    List<String> verdicts = new ArrayList<>();
    for (PromotionLine line : lines) {
      Promotion p = line.promotion();
      try {
        CaseEconomics economics = CaseEconomics.of(p, line.unitCost());
        BreakEven breakEven = BreakEven.of(economics, line.baselineCases());
        be.row(p.id(), p.accountId(), money(economics.regularPrice()), money(economics.unitCost()),
            money(economics.discountPerCase()), money(economics.fixedCosts()), line.baselineCases(),
            breakEven.breakEvenCases().map(PlanningSections::cases).orElse("none"),
            breakEven.requiredLift().map(Rate::toString).orElse("-"));
        if (verdicts.size() < TextTable.CONSOLE_ROWS) {
          verdicts.add(p.id() + ": " + Wording.verdict(breakEven));
        }
        if (line.actualCases() >= 0) {
          PostEventEvaluation post = PostEventEvaluation.of(economics, line.baselineCases(), line.actualCases());
          after.row(p.id(), line.actualCases(), line.actualCases() - line.baselineCases(),
              money(post.incrementalMargin()), money(post.spend()), post.grossRoi().map(Rate::toString).orElse("-"),
              post.netRoi().map(Rate::toString).orElse("-"),
              post.costPerIncrementalCase().map(Formats::money).orElse("-"));
        }
      } catch (IllegalArgumentException e) {
        be.row(p.id(), p.accountId(), "-", "-", "-", "-", line.baselineCases(), "-", "-");
        verdicts.add(p.id() + ": " + e.getMessage());
      }
    }
    LeadTimeReport leadTimes = LeadTimeCheck.DEFAULT.check(lines.stream().map(PromotionLine::promotion)
        .collect(Collectors.toList()));
    TextTable lead = new TextTable("Lead time (submission to start), policy minimum "
        + leadTimes.policy().minimumDays() + " days", "promotion", "account", ">days", "late");
    for (LeadTime t : leadTimes.leadTimes()) {
      lead.row(t.promotionId(), t.accountId(), t.days(), t.late() ? "LATE" : "ok");
    }
    section.table(be);
    verdicts.forEach(section::note);
    if (after.rowCount() > 0) {
      section.table(after);
    }
    return section.table(lead).note("Late submissions: " + leadTimes.late().size() + " of "
        + leadTimes.leadTimes().size() + " (" + leadTimes.lateShare() + "); the rolling three-month plan moves them"
        + " to 45–60 days ahead.");
  }

  // 5. Budget allocation ---------------------------------------------------------------------------------

  static Section budget(ReviewInput input, ReviewPeriod period) {
    YearQuarter next = period.quarter().plusQuarters(1);
    Section section = new Section("5. Budget allocation for " + next + ", expense-first principle (费用从优原则)");
    if (input.sections.forecasts.isEmpty()) {
      return section.note(input.skipped(SectionInputs.STORE_FORECAST));
    }
    if (input.sections.agreements.isEmpty()) {
      return section.note(input.skipped(SectionInputs.AGREEMENTS) + " (the expense ratio and fixed fees of each"
          + " account's budget)");
    }
    // The budget of the next quarter follows that quarter's year's agreement.
    Map<String, AgreementLine> agreements = input.sections.agreementsOf(java.time.Year.of(next.getYear()));
    Map<String, List<StoreForecast>> stores = new TreeMap<>();
    input.sections.forecasts.get().values.stream().filter(f -> f.quarter().equals(next))
        .forEach(f -> stores.computeIfAbsent(f.accountId(), k -> new ArrayList<>()).add(f.forecast()));
    if (stores.isEmpty()) {
      return section.note("No store forecast for " + next + " in " + SectionInputs.STORE_FORECAST + ".");
    }
    shown(stores, section, "a store forecast").forEach((account, forecasts) -> {
      AgreementLine agreement = agreements.get(account);
      if (agreement == null) {
        section.note("Account " + account + ": no agreement for " + next.getYear() + " in " + SectionInputs.AGREEMENTS
            + ", so no budget.");
        return;
      }
      BudgetAllocation allocation;
      BudgetRequest request;
      try {
        request = BudgetRequest.builder().stores(forecasts).expenseRatio(agreement.budgetExpenseRatio())
            .fixedFees(agreement.quarterlyFixedFees()).build();
        allocation = BudgetAllocator.DEFAULT.allocate(request);
      } catch (IllegalArgumentException e) {
        section.note("Account " + account + ": no budget: " + e.getMessage());
        return;
      }
      TextTable table = new TextTable("Account " + account + ", " + next + ": budget " + money(allocation.budget())
          + " = " + agreement.budgetExpenseRatio() + " of forecast sales " + money(request.totalSales()), "line",
          ">forecast sales", ">投产比", ">cap", ">funded");
      table.row("fixed fees (reserved first)", "", "", "", money(allocation.fixedFeesReserved()));
      for (StoreAllocation store : allocation.stores()) {
        table.row("store " + store.store().storeId(), money(store.store().forecastSales()),
            store.store().inputOutputRatio(), money(store.store().effectiveCap()), money(store.funded()));
      }
      table.row("fixed investment (what is left)", "", "", "", money(allocation.fixedInvestment()));
      MonetaryAmount total = Monies.sum(allocation.stores().stream().map(StoreAllocation::funded)
          .collect(Collectors.toList()), allocation.budget().getCurrency());
      total = Monies.add(Monies.add(total, allocation.fixedFeesReserved()), allocation.fixedInvestment());
      table.row("total", "", "", "", money(total));
      Chart funding = Chart.bars("budget-" + account, "Account " + account + ", " + next + ": budget funded per store"
          + " (门店费用分配)", allocation.budget().getCurrency().getCurrencyCode());
      for (StoreAllocation store : allocation.stores()) {
        funding.bar("store " + store.store().storeId(), Monies.decimal(store.funded()).doubleValue(),
            money(store.funded()));
      }
      section.table(table).chart(funding);
      allocation.shortfall().ifPresent(s -> section.note("Account " + account + ": the budget is " + money(s)
          + " short of the fixed fees."));
    });
    return section;
  }
}
