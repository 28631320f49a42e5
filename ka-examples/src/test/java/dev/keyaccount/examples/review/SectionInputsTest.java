package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.ReviewRuns.review;
import static dev.keyaccount.examples.review.ReviewRuns.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.examples.review.ReviewRuns.Run;
import dev.keyaccount.examples.review.csv.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading the files of sections 2 to 6: a good line of each, and each rejected cell with its message. */
class SectionInputsTest {

  static final String SALES = String.join(",", SectionInputs.MONTHLY_SALES_COLUMNS);
  static final String SKUS = String.join(",", SectionInputs.SKU_SALES_COLUMNS);
  static final String AGREEMENTS = String.join(",", SectionInputs.AGREEMENT_COLUMNS);
  static final String AUDITS = String.join(",", SectionInputs.STORE_AUDIT_COLUMNS);
  static final String ORDERS = String.join(",", SectionInputs.ORDER_COLUMNS);
  static final String SPEND = String.join(",", SectionInputs.TRADE_SPEND_COLUMNS);
  static final String PROMOTIONS = String.join(",", SectionInputs.PROMOTION_COLUMNS);
  static final String FORECAST = String.join(",", SectionInputs.STORE_FORECAST_COLUMNS);
  static final String PLAN = String.join(",", SectionInputs.PLAN_COLUMNS);
  static final String OPEN_ITEMS = String.join(",", SectionInputs.OPEN_ITEM_COLUMNS);

  static final String GOOD_SALES = "K1,2026-04,CNY,1000.00,900.50,800.00,5000.00,4000.00";
  static final String GOOD_AGREEMENT = "K1,2026,CNY,100000.00,1000,10,8,30,50000.00,S1;S2,30%,0.14,2000.00";
  static final String GOOD_PROMOTION = "P1,K1,PRICE_OFF,S1,2026-05-01,2026-05-14,2026-03-01,CNY,10.00,9.00,6.00,500.00,"
      + "1000,";

  private static ReviewInput load(Path folder) {
    return ReviewInput.load(folder, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @Test
  void aLineRepeatingAnothersKey_isRejected_andTheFirstKept(@TempDir Path tmp) throws IOException {
    write(tmp, SectionInputs.MONTHLY_SALES, SALES, GOOD_SALES, "K1,2026-05,CNY,1.00,1.00,1.00,1.00,1.00",
        "K1,2026-04,CNY,7.00,7.00,7.00,7.00,7.00");
    write(tmp, SectionInputs.OPEN_ITEMS, OPEN_ITEMS, "K1,INV-1,invoice,2026-06-01,2026-07-01,CNY,150.00",
        "K1,INV-1,invoice,2026-06-01,2026-07-01,CNY,150.00", "K2,INV-1,invoice,2026-06-01,2026-07-01,CNY,5.00");
    write(tmp, SectionInputs.PROMOTIONS, PROMOTIONS, GOOD_PROMOTION, GOOD_PROMOTION);
    write(tmp, SectionInputs.STORE_FORECAST, FORECAST, "K1,2026-Q3,ST1,CNY,4000.00,6%", "K1,2026-Q3,ST2,CNY,1.00,6%",
        "K1,2026-Q3,ST1,CNY,9.00,6%");
    write(tmp, SectionInputs.STORE_AUDITS, AUDITS, "K1,ST1,2026-04-15,1,30,0,10,S1", "K1,ST1,2026-06-15,7,30,4,10,S1",
        "K1,ST1,2026-06-15,7,30,4,10,S1");
    SectionInputs in = load(tmp).sections;
    assertEquals(List.of("K1 2026-04", "K1 2026-05"), in.monthlySales.get().values.stream()
        .map(l -> l.accountId() + " " + l.month()).toList());
    assertEquals("900.5", in.monthlySales.get().values.get(0).sales().getNumber().toString());
    assertEquals(List.of(new ReviewInput.RejectedLine(SectionInputs.MONTHLY_SALES, 4, "K1 2026-04",
        "repeats line 2 (the same account and month); the first is kept")), in.monthlySales.get().rejected);
    assertEquals(2, in.openItems.get().values.size(), "K2's INV-1 is another account's document");
    assertEquals(3, in.openItems.get().rejected.get(0).line());
    assertEquals(1, in.promotions.get().values.size());
    assertEquals(3, in.promotions.get().rejected.get(0).line());
    assertEquals(List.of("ST1", "ST2"), in.forecasts.get().values.stream().map(l -> l.forecast().storeId()).toList());
    assertEquals(4, in.forecasts.get().rejected.get(0).line());
    // Two audits of one store on two days are two facts (the review takes the latest); the same day twice is one.
    assertEquals(2, in.audits.get().values.size());
    assertEquals(4, in.audits.get().rejected.get(0).line());
  }

  @Test
  void goodLines_becomeTheLibrarysValues(@TempDir Path tmp) throws IOException {
    write(tmp, SectionInputs.MONTHLY_SALES, SALES, GOOD_SALES);
    write(tmp, SectionInputs.SKU_SALES, SKUS, "K1,2026-04,S1,profit,CNY,300.00");
    write(tmp, SectionInputs.AGREEMENTS, AGREEMENTS, GOOD_AGREEMENT);
    write(tmp, SectionInputs.STORE_AUDITS, AUDITS, "K1,ST1,2026-06-15,7,30,4,10,S1; S2");
    write(tmp, SectionInputs.ORDERS, ORDERS, "O1,K1,2026-05-15,S1,100,90,2026-05-16", "O1,K1,2026-05-15,S2,10,0,");
    write(tmp, SectionInputs.TRADE_SPEND, SPEND, "K1,2026-Q2,CNY,1000.00,600.00,40.00,40.00,20.00,120");
    write(tmp, SectionInputs.PROMOTIONS, PROMOTIONS, GOOD_PROMOTION);
    write(tmp, SectionInputs.STORE_FORECAST, FORECAST, "K1,2026-Q3,ST1,CNY,4000.00,6%");
    write(tmp, SectionInputs.PLAN, PLAN, "K1,2026-Q2,CNY,3000.00,30,12,12%", "K1,2026-04,CNY,1000.00,28,12,10%");
    write(tmp, SectionInputs.OPEN_ITEMS, OPEN_ITEMS, "K1,INV-1,invoice,2026-06-01,2026-07-01,CNY,150.00");
    SectionInputs in = load(tmp).sections;
    SectionInputs.SalesMonth sales = in.monthlySales.get().values.get(0);
    assertEquals(org.javamoney.moneta.Money.of(new java.math.BigDecimal("900.50"), "CNY"), sales.sales());
    assertEquals("2026-04", sales.month().toString());
    assertEquals(2, in.monthlySales.get().line(0));
    assertEquals("PROFIT", in.skuSales.get().values.get(0).role().name());
    SectionInputs.AgreementLine agreement = in.agreements.get().values.get(0);
    assertEquals(java.util.Set.of("S1", "S2"), agreement.listedSkus());
    assertEquals("14.0%", agreement.budgetExpenseRatio().toString());
    assertEquals(java.util.Set.of("S1", "S2"), in.audits.get().values.get(0).audit().skusOnShelf());
    assertEquals(2, in.orders.get().values.size());
    assertFalse(in.orders.get().values.get(1).line().deliveredOn().isPresent());
    assertEquals(org.javamoney.moneta.Money.of(100, "CNY"), in.tradeSpend.get().values.get(0).spend());
    SectionInputs.PromotionLine promotion = in.promotions.get().values.get(0);
    assertEquals(-1, promotion.actualCases());
    assertEquals("2026-05-14", promotion.promotion().period().getEndInclusive().toString());
    assertEquals("ST1", in.forecasts.get().values.get(0).forecast().storeId());
    assertEquals(null, in.plan.get().values.get(0).month());
    assertEquals("2026-Q2", in.plan.get().values.get(1).quarter().toString());
    assertEquals(SectionInputs.ItemKind.INVOICE, in.openItems.get().values.get(0).kind());
  }

  static Stream<Arguments> rejectedCells() {
    return Stream.of(
        Arguments.of(SectionInputs.MONTHLY_SALES, SALES, "K1,2026-13,CNY,1000.00,900.50,800.00,5000.00,4000.00",
            "monthly-sales.csv line 2, column 'month', value '2026-13': expected a month yyyy-MM such as 2026-04"),
        Arguments.of(SectionInputs.MONTHLY_SALES, SALES, "K1,2026-04,CNY,1000.001,900.50,800.00,5000.00,4000.00",
            "monthly-sales.csv line 2, column 'target', value '1000.001': expected an amount from 0 with at most 15"
                + " digits before the point and 2 after (CNY)"),
        Arguments.of(SectionInputs.MONTHLY_SALES, SALES, "K1,2026-04,CNY,1000.00,-1.00,800.00,5000.00,4000.00",
            "monthly-sales.csv line 2, column 'sales', value '-1.00': expected an amount from 0 with at most 15"
                + " digits before the point and 2 after (CNY)"),
        Arguments.of(SectionInputs.MONTHLY_SALES, SALES, "K1,2026-04,CNY,1000.00,1234567890123456,800.00,5000.00,1",
            "monthly-sales.csv line 2, column 'sales', value '1234567890123456': expected an amount from 0 with at"
                + " most 15 digits before the point and 2 after (CNY)"),
        Arguments.of(SectionInputs.MONTHLY_SALES, SALES, GOOD_SALES + "\nK1,2026-05,USD,1.00,1.00,1.00,1.00,1.00",
            "monthly-sales.csv line 3, column 'currency', value 'USD': account K1 is in CNY on an earlier line; one"
                + " currency per account in this file"),
        Arguments.of(SectionInputs.MONTHLY_SALES, SALES, "K".repeat(65) + ",2026-04,CNY,1.00,1.00,1.00,1.00,1.00",
            "monthly-sales.csv line 2, column 'account_id', value '" + "K".repeat(65) + "': an identifier has at"
                + " most 64 characters"),
        Arguments.of(SectionInputs.SKU_SALES, SKUS, "K1,2026-04,S1,HALO,CNY,300.00",
            "sku-sales.csv line 2, column 'role', value 'HALO': expected one of PROFIT, IMAGE, VOLUME"),
        Arguments.of(SectionInputs.AGREEMENTS, AGREEMENTS,
            "K1,26,CNY,100000.00,1000,10,8,30,50000.00,S1;S2,30%,0.14,2000.00",
            "agreements.csv line 2, column 'year', value '26': expected a year such as 2026"),
        Arguments.of(SectionInputs.AGREEMENTS, AGREEMENTS,
            "K1,2026,CNY,100000.00,1000,10,8,30,50000.00,S1;;S2,30%,0.14,2000.00",
            "agreements.csv line 2, column 'listed_skus', value 'S1;;S2': expected identifiers of 1 to 64 characters"
                + " separated by ;"),
        Arguments.of(SectionInputs.AGREEMENTS, AGREEMENTS,
            "K1,2026,CNY,100000.00,1000,10,8,30,50000.00,S1,-5%,0.14,2000.00",
            "agreements.csv line 2, column 'required_profit_mix', value '-5%': expected a rate from 0% to 100%"),
        Arguments.of(SectionInputs.AGREEMENTS, AGREEMENTS,
            "K1,2026,CNY,100000.00,1000,10,8,4000,50000.00,S1,5%,0.14,2000.00",
            "agreements.csv line 2, column 'payment_term_days', value '4000': expected a whole number from 0 to 3650"),
        Arguments.of(SectionInputs.STORE_AUDITS, AUDITS, "K1,ST1,2026-06-15,seven,30,4,10,S1",
            "store-audits.csv line 2, column 'display_points', value 'seven': expected a whole number from 0 to"
                + " 1000000"),
        Arguments.of(SectionInputs.STORE_AUDITS, AUDITS, "K1,ST1,1850-06-15,7,30,4,10,S1",
            "store-audits.csv line 2, column 'audit_date', value '1850-06-15': expected a date from 1900-01-01 to"
                + " 2999-12-31"),
        Arguments.of(SectionInputs.ORDERS, ORDERS, "O1,K1,2026-05-15,S1,10000000000000,90,",
            "orders.csv line 2, column 'ordered_cases', value '10000000000000': expected a whole number from 0 to"
                + " 1000000000000"),
        Arguments.of(SectionInputs.ORDERS, ORDERS, "O1,K1,2026-05-15,S1,100,90,16/05/2026",
            "orders.csv line 2, column 'delivered_date', value '16/05/2026': expected an ISO date yyyy-MM-dd"),
        Arguments.of(SectionInputs.TRADE_SPEND, SPEND, "K1,2026Q2,CNY,1000.00,600.00,40.00,40.00,20.00,120",
            "trade-spend.csv line 2, column 'quarter', value '2026Q2': expected a quarter yyyy-Qn such as 2026-Q2"),
        Arguments.of(SectionInputs.PROMOTIONS, PROMOTIONS,
            "P1,K1,PRICE_OFF,S1,2026-05-14,2026-05-01,2026-03-01,CNY,10.00,9.00,6.00,500.00,1000,",
            "promotions.csv line 2, column 'end_date', value '2026-05-01': the end date is before the start date"
                + " 2026-05-14"),
        Arguments.of(SectionInputs.PROMOTIONS, PROMOTIONS,
            "P1,K1,PRICE_OFF,S1,2026-05-01,2026-05-14,2026-03-01,CNY,10.00,9.00,6.00,500.00,1000,many",
            "promotions.csv line 2, column 'actual_cases', value 'many': expected a whole number from 0 to"
                + " 1000000000000"),
        Arguments.of(SectionInputs.STORE_FORECAST, FORECAST, "K1,2026-Q3,ST1,CNY,4000.00,1.5",
            "store-forecast.csv line 2, column 'input_output_ratio', value '1.5': expected a rate such as 18% or"
                + " 0.18 (a bare number above 1 is ambiguous)"),
        Arguments.of(SectionInputs.PLAN, PLAN, "K1,2026-Q5,CNY,3000.00,30,12,12%",
            "plan.csv line 2, column 'period', value '2026-Q5': expected a quarter yyyy-Qn such as 2026-Q2"),
        Arguments.of(SectionInputs.OPEN_ITEMS, OPEN_ITEMS, "K1,INV-1,CREDIT,2026-06-01,2026-07-01,CNY,150.00",
            "open-items.csv line 2, column 'kind', value 'CREDIT': expected one of INVOICE, ORDER"),
        Arguments.of(SectionInputs.OPEN_ITEMS, OPEN_ITEMS, "K1,INV-1,INVOICE,2026-06-01,2026-05-01,CNY,150.00",
            "open-items.csv line 2, column 'due_date', value '2026-05-01': the due date is before the document"
                + " date 2026-06-01"),
        Arguments.of(SectionInputs.OPEN_ITEMS, OPEN_ITEMS, "K1,INV-1,INVOICE,2026-06-01,2026-07-01,JPY,150.50",
            "open-items.csv line 2, column 'amount', value '150.50': expected an amount from 0 with at most 15 digits"
                + " before the point and 0 after (JPY)"));
  }

  @ParameterizedTest
  @MethodSource("rejectedCells")
  void rejectedCell_stopsTheRun_namingFileLineColumnValue(String file, String header, String line, String message,
      @TempDir Path tmp) throws IOException {
    write(tmp, file, header, line);
    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> load(tmp));
    assertEquals(message, e.getMessage());
    Run run = review("--data", tmp.toString());
    assertEquals(QuarterlyReview.EXIT_BAD_INPUT, run.status());
    assertEquals("Malformed input: " + message, run.err().strip());
  }

  @Test
  void missingColumn_namesTheFileAndColumn(@TempDir Path tmp) throws IOException {
    for (String file : List.of(SectionInputs.MONTHLY_SALES, SectionInputs.OPEN_ITEMS)) {
      write(tmp, file, "account_id,currency");
      Run run = review("--data", tmp.toString());
      assertEquals(2, run.status());
      assertTrue(run.err().contains(file + " line 1, column '"), run.err());
      java.nio.file.Files.delete(tmp.resolve(file));
    }
  }

  @Test
  void aLineTheLibraryRejects_isARejectedLine_andTheRestRuns(@TempDir Path tmp) throws IOException {
    // A promoted price above the regular price is well formed but not a promotion.
    write(tmp, SectionInputs.PROMOTIONS, PROMOTIONS, GOOD_PROMOTION,
        "P2,K1,PRICE_OFF,S1,2026-05-01,2026-05-14,2026-03-01,CNY,10.00,11.00,6.00,500.00,1000,");
    ReviewInput input = load(tmp);
    assertEquals(1, input.sections.promotions.get().values.size());
    ReviewInput.RejectedLine rejected = input.sections.promotions.get().rejected.get(0);
    assertEquals(3, rejected.line());
    assertEquals("P2", rejected.id());
    Run run = review("--data", tmp.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().matches("(?s).*promotions\\.csv +3 +P2 .*"), run.out());
  }
}
