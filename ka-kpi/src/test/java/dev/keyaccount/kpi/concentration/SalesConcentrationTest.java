package dev.keyaccount.kpi.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SalesConcentrationTest {

  static Money cny(String v) {
    return Money.of(new BigDecimal(v), Currencies.CNY);
  }

  static List<AccountSales> portfolio(long... sales) {
    List<AccountSales> result = new ArrayList<>();
    for (int i = 0; i < sales.length; i++) {
      result.add(AccountSales.of("A" + (i + 1), Money.of(sales[i], Currencies.CNY)));
    }
    return result;
  }

  /** Ten accounts totalling 1,000, listed smallest first. */
  static final List<AccountSales> TEN = portfolio(0, 10, 10, 20, 30, 50, 80, 100, 200, 500);

  @Test
  void workedExample_tenAccounts_abcAndTheAccountsForEightyPercent() {
    // Ranked: A10 500 (50%), A9 200 (70%), A8 100 (80%) → A (each starts below 80%);
    // A7 80 starts at exactly 80% → B (88%), A6 50 → B (93%), A5 30 → B (starts at 93% < 95%, ends 96%);
    // A4 20 → C (98%), ties A2 / A3 at 10 by id: A2 (99%), A3 (100%), A1 0 (100%) → C.
    // 3 accounts reach 80% → 3 / 10 = 30% of accounts.
    Concentration c = SalesConcentration.DEFAULT.analyse(TEN);
    assertEquals(cny("1000"), c.total());
    List<String> ids = c.ranking().stream().map(RankedAccount::accountId).toList();
    assertEquals(List.of("A10", "A9", "A8", "A7", "A6", "A5", "A4", "A2", "A3", "A1"), ids);
    List<AbcClass> classes = c.ranking().stream().map(RankedAccount::abcClass).toList();
    assertEquals(List.of(AbcClass.A, AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.B, AbcClass.C,
        AbcClass.C, AbcClass.C, AbcClass.C), classes);
    List<Rate> cumulative = c.ranking().stream().map(RankedAccount::cumulativeShare).toList();
    assertEquals(List.of(Rate.of("0.5"), Rate.of("0.7"), Rate.of("0.8"), Rate.of("0.88"), Rate.of("0.93"),
        Rate.of("0.96"), Rate.of("0.98"), Rate.of("0.99"), Rate.ONE, Rate.ONE), cumulative);
    RankedAccount fourth = c.ranking().get(3);
    assertEquals(4, fourth.rank());
    assertEquals(cny("80"), fourth.sales());
    assertEquals(Rate.of("0.08"), fourth.share());
    assertEquals(3, c.accountsForSalesShare());
    assertEquals(Rate.of("0.3"), c.shareOfAccounts());
    assertEquals(3, c.count(AbcClass.A));
    assertEquals(3, c.count(AbcClass.B));
    assertEquals(4, c.count(AbcClass.C));
    assertEquals(ConcentrationPolicy.standard(), c.policy());
  }

  @Test
  void thresholdsAreData_theCrossingAccountIsInTheClassItCrosses() {
    // A up to 75%: A9 starts at 50% and A8 at 70% < 75% → A; A7 starts at 80% → B.
    // B up to 88%: A7 starts at 80% → B, A6 starts at exactly 88% → C. Sales share 50%: A10 alone (1 of 10).
    ConcentrationPolicy p = ConcentrationPolicy.builder().salesShare(Rate.of("0.5")).aUpTo(Rate.of("0.75"))
        .bUpTo(Rate.of("0.88")).build();
    Concentration c = new SalesConcentration(p).analyse(TEN);
    assertEquals(3, c.count(AbcClass.A));
    assertEquals(1, c.count(AbcClass.B));
    assertEquals(AbcClass.C, c.ranking().get(4).abcClass());
    assertEquals(1, c.accountsForSalesShare());
    assertEquals(Rate.of("0.1"), c.shareOfAccounts());
  }

  @Test
  void oneDominantAccount_isClassA_andAHundredPercentShareCountsEveryAccountWithSales() {
    ConcentrationPolicy all = ConcentrationPolicy.builder().salesShare(Rate.ONE).aUpTo(Rate.ONE).bUpTo(Rate.ONE)
        .build();
    Concentration c = new SalesConcentration(all).analyse(portfolio(900, 100, 0));
    assertEquals(2, c.accountsForSalesShare());
    assertEquals(List.of(AbcClass.A, AbcClass.A, AbcClass.C),
        c.ranking().stream().map(RankedAccount::abcClass).toList());
    Concentration d = SalesConcentration.DEFAULT.analyse(portfolio(900, 100));
    assertEquals(AbcClass.A, d.ranking().get(0).abcClass());
    // The second starts at 90%: below 95% → B.
    assertEquals(AbcClass.B, d.ranking().get(1).abcClass());
    assertEquals(Rate.of("0.5"), d.shareOfAccounts());
  }

  @Test
  void property_classesAreMonotoneInSales_andShuffledInputGivesTheSameAnswer() {
    qt().withExamples(60).forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 20), integers().all())
        .checkAssert((sales, seed) -> {
          long[] s = sales.stream().mapToLong(Integer::longValue).toArray();
          s[0] += 1;
          List<AccountSales> in = portfolio(s);
          Concentration c = SalesConcentration.DEFAULT.analyse(in);
          for (RankedAccount x : c.ranking()) {
            for (RankedAccount y : c.ranking()) {
              if (x.sales().isGreaterThan(y.sales())) {
                assertTrue(x.abcClass().compareTo(y.abcClass()) <= 0, x + " vs " + y);
              }
            }
          }
          assertEquals(Rate.ONE, c.ranking().get(c.ranking().size() - 1).cumulativeShare());
          assertEquals(AbcClass.A, c.ranking().get(0).abcClass());
          assertEquals(c.count(AbcClass.A), c.accountsForSalesShare());
          List<AccountSales> shuffled = new ArrayList<>(in);
          Collections.shuffle(shuffled, new Random(seed));
          assertEquals(c, SalesConcentration.DEFAULT.analyse(shuffled));
        });
  }

  static void rejects(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void bounds_acceptedAtTheEdges() {
    AccountSales max = AccountSales.of("A".repeat(64), cny("10000000000000"));
    assertEquals(cny("10000000000000"), max.sales());
    assertEquals(cny("0.01"), AccountSales.of("B", cny("0.01")).sales());
    // Two equal accounts: the second starts at 50% < 80%, so both are needed.
    assertEquals(Rate.ONE,
        SalesConcentration.DEFAULT.analyse(List.of(max, AccountSales.of("B", cny("10000000000000")))).shareOfAccounts());
  }

  @Test
  void badEntries_areFailureItems_andTheOthersAreRanked() {
    List<AccountSales> input = new ArrayList<>(TEN);
    input.add(1, null);
    input.add(TEN.get(0));
    input.add(AccountSales.of("U", Money.of(5, "USD")));
    Concentration c = SalesConcentration.DEFAULT.analyse(input);
    assertEquals(SalesConcentration.DEFAULT.analyse(TEN).ranking(), c.ranking());
    assertEquals(List.of(
        FailureItem.of("accounts", 1, null, FailureReason.NULL_ITEM,
            "Argument 'accounts[1]' must not be null but has value null"),
        FailureItem.of("accounts", 11, "A1", FailureReason.DUPLICATE_ID,
            "Argument 'accounts[11]' must have a unique id but has value 'A1' (the id of accounts[0])"),
        FailureItem.of("accounts", 12, "U", FailureReason.CURRENCY_MISMATCH,
            "Argument 'accounts[12].sales' must be in currency CNY but is in USD (value USD 5)")), c.failures());
    assertEquals(List.of(), SalesConcentration.DEFAULT.analyse(TEN).failures());
  }

  @Test
  void exactlyAHundredThousandEntries_areAnalysed() {
    // MAX_ACCOUNTS = 100,000 entries are allowed (100,001 are not): A2 (10) a hundred thousand times ranks
    // A2 alone, with the 99,999 repeats reported.
    Concentration c = SalesConcentration.DEFAULT.analyse(Collections.nCopies(100_000, TEN.get(1)));
    assertEquals(1, c.ranking().size());
    assertEquals(99_999, c.failures().size());
    assertEquals("Argument 'accounts[99999]' must have a unique id but has value 'A2' (the id of accounts[0])",
        c.failures().get(99_998).message());
  }

  @Test
  void rejects_badInput() {
    SalesConcentration s = SalesConcentration.DEFAULT;
    rejects("Argument 'accounts' must not be empty but has value []", () -> s.analyse(List.of()));
    rejects("Argument 'accounts' must have at most 100000 accounts but has value 100001 accounts",
        () -> s.analyse(Collections.nCopies(100_001, TEN.get(1))));
    rejects("Argument 'accounts' must have positive total sales but has value CNY 0",
        () -> s.analyse(List.of(TEN.get(0))));
    rejects("Argument 'accounts' must have at least one account that can be ranked but has value "
        + "Argument 'accounts[0]' must not be null but has value null", () -> s.analyse(Arrays.asList((AccountSales) null)));
    assertEquals("Argument 'policy' must not be null",
        assertThrows(NullPointerException.class, () -> new SalesConcentration(null)).getMessage());
    rejects("Argument 'accountId' must not be blank but has value ' '", () -> AccountSales.of(" ", cny("1")));
    rejects("Argument 'accountId' must have at most 64 characters but has value 65 characters",
        () -> AccountSales.of("A".repeat(65), cny("1")));
    rejects("Argument 'sales' must not be negative but has value CNY -0.01", () -> AccountSales.of("A", cny("-0.01")));
    rejects("Argument 'sales' must not exceed 10^13 but has value CNY 10000000000000.01",
        () -> AccountSales.of("A", cny("10000000000000.01")));
    rejects("Argument 'sales' must be a whole number of minor units but has value CNY 0.001",
        () -> AccountSales.of("A", cny("0.001")));
  }

  @Test
  void rejects_badPolicy() {
    Rate r80 = Rate.of("0.8");
    rejects("Argument 'salesShare' must be above 0% and at most 100% but has value 0",
        () -> ConcentrationPolicy.builder().salesShare(Rate.ZERO).aUpTo(r80).bUpTo(r80).build());
    rejects("Argument 'salesShare' must be above 0% and at most 100% but has value 1.01",
        () -> ConcentrationPolicy.builder().salesShare(Rate.of("1.01")).aUpTo(r80).bUpTo(r80).build());
    rejects("Argument 'aUpTo' must be above 0% and at most 100% but has value -0.1",
        () -> ConcentrationPolicy.builder().salesShare(r80).aUpTo(Rate.of("-0.1")).bUpTo(r80).build());
    rejects("Argument 'bUpTo' must be above 0% and at most 100% but has value 1.5",
        () -> ConcentrationPolicy.builder().salesShare(r80).aUpTo(r80).bUpTo(Rate.of("1.5")).build());
    rejects("Argument 'bUpTo' must not be below aUpTo 80.0% but has value 79.9%",
        () -> ConcentrationPolicy.builder().salesShare(r80).aUpTo(r80).bUpTo(Rate.of("0.799")).build());
    assertEquals(Rate.of("0.95"), ConcentrationPolicy.standard().bUpTo());
    assertEquals(r80, ConcentrationPolicy.standard().aUpTo());
    assertEquals(r80, ConcentrationPolicy.standard().salesShare());
  }
}
