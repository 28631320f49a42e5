package dev.keyaccount.kpi;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.collect.Range;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.kpi.cadence.SalesCadence;
import dev.keyaccount.kpi.channel.ChannelMix;
import dev.keyaccount.kpi.channel.ChannelStock;
import dev.keyaccount.kpi.channel.CustomerStock;
import dev.keyaccount.kpi.efficiency.ExpenseEfficiency;
import dev.keyaccount.kpi.efficiency.SpendOutcome;
import dev.keyaccount.kpi.evaluation.AccountEvaluator;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import dev.keyaccount.kpi.evaluation.AccountQuadrant;
import dev.keyaccount.kpi.evaluation.Band;
import dev.keyaccount.kpi.evaluation.Level;
import dev.keyaccount.kpi.evaluation.Measure;
import dev.keyaccount.kpi.evaluation.Scorecard;
import dev.keyaccount.kpi.evaluation.ServicePolicy;
import dev.keyaccount.kpi.execution.StoreAudit;
import dev.keyaccount.kpi.execution.StoreExecution;
import dev.keyaccount.kpi.fill.FillRates;
import dev.keyaccount.kpi.fill.Order;
import dev.keyaccount.kpi.fill.OrderLine;
import dev.keyaccount.kpi.profit.OperatingProfit;
import dev.keyaccount.kpi.sales.SalesKpis;
import dev.keyaccount.kpi.share.MarketShare;
import dev.keyaccount.kpi.visit.VisitKpis;
import dev.keyaccount.kpi.visit.VisitLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public entry point rejects bad input with the right exception, naming the argument and the value. */
class BadInputTest {

  private static final Money CNY_1 = Money.of(1, "CNY");
  private static final List<Order> ORDERS = List.of(Order.builder().orderId("O").accountId("A")
      .dueDate(LocalDate.of(2026, 1, 1)).addLines(OrderLine.of("S", 1, 1, LocalDate.of(2026, 1, 1))).build());
  private static final List<StoreAudit> AUDITS = List.of(StoreAudit.builder().storeId("S").displayPoints(1)
      .categoryDisplayPoints(2).activities(1).categoryActivities(2).build());
  private static final SpendOutcome OUTCOME = SpendOutcome.of("S", CNY_1, 1, CNY_1);

  private static AccountFacts facts(UnaryOperator<AccountFacts.Builder> change) {
    AccountFacts.Builder b = AccountFacts.builder().accountId("A").annualSales(Money.of(1, Currencies.CNY))
        .growthRate(Rate.ZERO).dsoDays(30).displayRate(Rate.ZERO).activityRate(Rate.ZERO).listedSkus(1)
        .relationship(Level.AVERAGE);
    return change.apply(b).build();
  }

  private static Arguments npe(String label, String argument, Executable call) {
    return arguments(label, call, NullPointerException.class, argument, "null");
  }

  private static Arguments iae(String label, String argument, String value, Executable call) {
    return arguments(label, call, IllegalArgumentException.class, argument, value);
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        // evaluation
        npe("AccountEvaluator(null)", "scorecard", () -> new AccountEvaluator(null)),
        npe("evaluate(null)", "facts", () -> AccountEvaluator.DEFAULT.evaluate(null)),
        npe("evaluatePortfolio(null)", "portfolio", () -> AccountEvaluator.DEFAULT.evaluatePortfolio(null)),
        npe("AccountQuadrant.of(null, 50)", "attractiveness", () -> AccountQuadrant.of(null, BigDecimal.TEN)),
        npe("AccountQuadrant.of(50, null)", "support", () -> AccountQuadrant.of(BigDecimal.TEN, null)),
        npe("ServicePolicy.standard(null)", "quadrant", () -> ServicePolicy.standard(null)),
        npe("Measure.named(null)", "name", () -> Measure.named(null)),
        iae("Measure.named(' ')", "name", "' '", () -> Measure.named(" ")),
        npe("Band.of(null, range)", "level", () -> Band.of(null, Range.all())),
        npe("Band.of(level, null)", "range", () -> Band.of(Level.POOR, null)),
        npe("Criterion.points(null)", "level", () -> Scorecard.standard().criteria().get(0).points(null)),
        npe("Criterion.bandOf(null)", "value", () -> Scorecard.standard().criteria().get(0).bandOf(null)),
        npe("Scorecard.criterion(null)", "name", () -> Scorecard.standard().criterion(null)),
        npe("Scorecard.criteria(null)", "axis", () -> Scorecard.standard().criteria(null)),
        iae("negative sales", "annualSales", "CNY -1", () -> facts(b -> b.annualSales(Money.of(-1, "CNY")))),
        iae("growth below -100%", "growthRate", "-150.0%", () -> facts(b -> b.growthRate(Rate.of("-1.5")))),
        iae("negative DSO", "dsoDays", "-1", () -> facts(b -> b.dsoDays(-1))),
        iae("display rate above 100%", "displayRate", "101.0%", () -> facts(b -> b.displayRate(Rate.of("1.01")))),
        iae("activity rate below 0%", "activityRate", "-1.0%", () -> facts(b -> b.activityRate(Rate.of("-0.01")))),
        iae("negative SKUs", "listedSkus", "-1", () -> facts(b -> b.listedSkus(-1))),
        iae("blank account id", "accountId", "' '", () -> facts(b -> b.accountId(" "))),
        iae("extra measure with a standard name", "measures", "displayRate",
            () -> facts(b -> b.putMeasures("displayRate", BigDecimal.ONE))),
        iae("extra rating with a standard name", "ratings", "relationship",
            () -> facts(b -> b.putRatings("relationship", Level.POOR))),
        npe("Evaluation.total(null)", "axis", () -> AccountEvaluator.DEFAULT.evaluate(facts(b -> b)).total(null)),
        npe("Evaluation.score(null)", "criterion", () -> AccountEvaluator.DEFAULT.evaluate(facts(b -> b)).score(null)),
        // sales
        npe("achievement(null, t)", "actual", () -> SalesKpis.DEFAULT.achievement(null, CNY_1)),
        npe("achievement(a, null)", "target", () -> SalesKpis.DEFAULT.achievement(CNY_1, null)),
        npe("monthlyAverage(null)", "monthlySales", () -> SalesKpis.DEFAULT.monthlyAverage(null)),
        npe("monthlyAverage([1, null])", "monthlySales[1]",
            () -> SalesKpis.DEFAULT.monthlyAverage(Arrays.asList(BigDecimal.ONE, null))),
        npe("activeMonths(null)", "monthlySales", () -> SalesKpis.DEFAULT.activeMonths(null)),
        iae("negative profit sales", "profitProductSales", "CNY -1",
            () -> SalesKpis.DEFAULT.highMarginMix(Money.of(-1, "CNY"), CNY_1, Rate.ZERO)),
        iae("zero total sales", "totalSales", "CNY 0",
            () -> SalesKpis.DEFAULT.highMarginMix(CNY_1, Money.of(0, "CNY"), Rate.ZERO)),
        // share
        npe("share(null, c)", "ours", () -> MarketShare.DEFAULT.share(null, CNY_1)),
        npe("share(o, null)", "category", () -> MarketShare.DEFAULT.share(CNY_1, null)),
        npe("change(null, g)", "ourGrowth", () -> MarketShare.DEFAULT.change(null, Rate.ZERO)),
        npe("change(g, null)", "accountGrowth", () -> MarketShare.DEFAULT.change(Rate.ZERO, null)),
        // cadence
        npe("analyse(null)", "periodSales", () -> SalesCadence.DEFAULT.analyse(null)),
        npe("SalesCadence(null)", "lastPeriodLimit", () -> new SalesCadence(null)),
        iae("negative cadence limit", "lastPeriodLimit", "-10.0%", () -> new SalesCadence(Rate.of("-0.1"))),
        // execution
        npe("measure(null, skus)", "audits", () -> StoreExecution.DEFAULT.measure(null, Set.of("A"))),
        npe("measure(audits, null)", "listedSkus", () -> StoreExecution.DEFAULT.measure(AUDITS, null)),
        npe("measure(audits, skus, null)", "agreement",
            () -> StoreExecution.DEFAULT.measure(AUDITS, Set.of("A"), null)),
        npe("StoreExecution(null)", "standard", () -> new StoreExecution(null)),
        iae("negative display points", "displayPoints", "-1", () -> StoreAudit.builder().storeId("S")
            .displayPoints(-1).categoryDisplayPoints(0).activities(0).categoryActivities(0).build()),
        // profit
        npe("statement(null)", "input", () -> OperatingProfit.DEFAULT.statement(null)),
        npe("byStore(id, null)", "stores", () -> OperatingProfit.DEFAULT.byStore("A", null)),
        iae("byStore(blank, stores)", "accountId", "' '", () -> OperatingProfit.DEFAULT.byStore(" ", List.of())),
        // fill
        npe("measure(null)", "orders", () -> FillRates.DEFAULT.measure(null)),
        npe("measure(orders, null)", "period", () -> FillRates.DEFAULT.measure(ORDERS, null)),
        npe("byAccount(null)", "orders", () -> FillRates.DEFAULT.byAccount(null)),
        npe("pointsChange(null, r)", "before", () -> FillRates.DEFAULT.pointsChange(null, Rate.ZERO)),
        npe("pointsChange(r, null)", "after", () -> FillRates.DEFAULT.pointsChange(Rate.ZERO, null)),
        iae("shipped more than ordered", "orders[0].lines", "shippedCases=2", () -> FillRates.DEFAULT.measure(List.of(
            Order.builder().orderId("O").accountId("A").dueDate(LocalDate.of(2026, 1, 1))
                .addLines(OrderLine.of("S", 1, 2, LocalDate.of(2026, 1, 1))).build()))),
        // efficiency
        npe("measure(null)", "outcome", () -> ExpenseEfficiency.DEFAULT.measure(null)),
        npe("rank(null)", "outcomes", () -> ExpenseEfficiency.DEFAULT.rank(null)),
        npe("change(null, o)", "before", () -> ExpenseEfficiency.DEFAULT.change(null, OUTCOME)),
        npe("change(o, null)", "after", () -> ExpenseEfficiency.DEFAULT.change(OUTCOME, null)),
        // channel
        npe("cover(null stock)", "stock", () -> ChannelStock.DEFAULT.cover((CustomerStock) null)),
        npe("cover(null list)", "stocks", () -> ChannelStock.DEFAULT.cover((List<CustomerStock>) null)),
        npe("ChannelStock(null)", "limitWeeks", () -> new ChannelStock(null)),
        iae("negative weekly sales", "weeklySalesCases", "-1",
            () -> CustomerStock.of("A", 1, BigDecimal.ONE.negate())),
        npe("compare(null, plan)", "actual", () -> ChannelMix.DEFAULT.compare(null, Map.of())),
        npe("compare(actual, null)", "planned", () -> ChannelMix.DEFAULT.compare(Map.of(), null)),
        // visit
        npe("VisitKpis.measure(null)", "log", () -> VisitKpis.DEFAULT.measure(null)),
        iae("blank visit account", "accountId", "''", () -> VisitLog.of("", 1, 1, 1, 1)),
        iae("negative successful visits", "successful", "-1", () -> VisitLog.of("A", 1, 1, 1, -1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void rejected_namingArgumentAndValue(String label, Executable call, Class<? extends Exception> type, String argument,
      String value) {
    Exception e = assertThrows(type, call);
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("'" + argument + "'"), () -> label + ": " + message);
    if (type == IllegalArgumentException.class) {
      assertTrue(message.contains(value), () -> label + ": " + message);
    } else {
      assertTrue(message.endsWith("must not be null"), () -> label + ": " + message);
    }
  }
}
