package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.receivables.testing.GenerationOptions;
import dev.keyaccount.receivables.testing.RemittanceGenerator;
import dev.keyaccount.receivables.testing.WeeklyRemittances;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The export indexed by account: the same decisions as the collection, week after week. */
class AuthorizationListingTest {

  private static final DeductionLedger EMPTY = DeductionLedger.empty(Currencies.CNY);

  @Test
  void weekByWeek_theListingDecidesExactlyAsTheCollection() {
    qt().withExamples(examples(10, 4)).forAll(longs().all(), integers().between(20, 200), integers().between(1, 4))
        .checkAssert((seed, n, weekCount) -> {
          WeeklyRemittances weeks = RemittanceGenerator.weeks(seed, n, weekCount, POLICY,
              GenerationOptions.realistic());
          // The export in another order each time: the order of the lines must not matter either.
          List<Authorization> export = new ArrayList<>(weeks.authorizations());
          Collections.shuffle(export, new Random(seed));
          AuthorizationListing listing = AuthorizationListing.of(export);
          // The same export as columns (what the review reads files into): its own path through the run.
          CompactAuthorizations columns = CompactAuthorizations.copyOf(export);
          DeductionLedger byCollection = EMPTY;
          DeductionLedger byListing = EMPTY;
          DeductionLedger byColumns = EMPTY;
          for (int w = 0; w < weeks.weekCount(); w++) {
            MatchingResult expected = MATCHER.match(weeks.week(w), export, byCollection);
            MatchingResult actual = MATCHER.match(weeks.week(w), listing, byListing);
            MatchingResult fromColumns = MATCHER.match(weeks.week(w), columns, byColumns);
            assertEquals(expected.deductionResults(), fromColumns.deductionResults(), "columns, week " + w);
            assertEquals(expected.rejected(), fromColumns.rejected(), "columns, week " + w);
            byColumns = fromColumns.ledger();
            assertEquals(expected.deductionResults(), actual.deductionResults(), "week " + w);
            assertEquals(expected.changedDeductions(), actual.changedDeductions(), "week " + w);
            assertEquals(expected.authorizationBalances(), actual.authorizationBalances(), "week " + w);
            assertEquals(expected.rejected(), actual.rejected(), "week " + w);
            assertEquals(expected.summary(), actual.summary(), "week " + w);
            byCollection = expected.ledger();
            byListing = actual.ledger();
            assertEquals(byCollection.deductions(), byListing.deductions(), "week " + w);
            assertEquals(byCollection.authorizationUses(), byListing.authorizationUses(), "week " + w);
          }
        });
  }

  @Test
  void aWeekReadsOnlyItsAccounts_andTheOthersStayAsTheyWere() {
    Authorization a1 = auth("A1", "KA1", PROMOTION, "PRM-1", "1000.00", JAN_31);
    Authorization b1 = auth("B1", "KA2", PROMOTION, "PRM-2", "500.00", JAN_31);
    Authorization a2 = auth("A2", "KA1", PROMOTION, null, "300.00", JAN_31);
    AuthorizationListing listing = AuthorizationListing.of(List.of(a1, b1, a2));
    MatchingResult week = MATCHER.match(List.of(ded("D1", "KA1", "promotion", "PRM-1", cny("1000.00"),
        JAN_31.plusDays(3))), listing, EMPTY);
    assertEquals(DeductionState.VALID, week.deductionResult("D1").orElseThrow().state());
    // The balances cover the week's account only.
    assertEquals(java.util.Set.of("A1", "A2"), week.authorizationBalances().stream()
        .map(AuthorizationBalance::authorizationId).collect(java.util.stream.Collectors.toSet()));
    assertTrue(week.ledger().authorizationUse("B1").isEmpty());
  }

  @Test
  void aWeekAgainstACollection_readsOnlyItsAccounts_andReportsRejectedLinesAtTheirPlaceInTheExport() {
    Authorization other = auth("B1", "KA2", PROMOTION, "PRM-2", "500.00", JAN_31);
    Authorization a1 = auth("A1", "KA1", PROMOTION, "PRM-1", "1000.00", JAN_31);
    Authorization inUsd = Authorization.builder().id("A2").accountId("KA1").type(PROMOTION)
        .amount(org.javamoney.moneta.Money.of(5, Currencies.USD)).date(JAN_31).build();
    Authorization otherInUsd = Authorization.builder().id("B2").accountId("KA2").type(PROMOTION)
        .amount(org.javamoney.moneta.Money.of(5, Currencies.USD)).date(JAN_31).build();
    List<Authorization> export = Arrays.asList(other, null, otherInUsd, inUsd, a1);
    MatchingResult week = MATCHER.match(List.of(ded("D1", "KA1", "promotion", "PRM-1", cny("1000.00"),
        JAN_31.plusDays(3))), export, EMPTY);
    assertEquals(DeductionState.VALID, week.deductionResult("D1").orElseThrow().state());
    // The null line (any run reports it) and the week's account's line in another currency, each at its
    // place in the export; the other account's lines are not read.
    assertEquals(List.of(1, 3), week.rejected().stream().map(dev.keyaccount.core.result.FailureItem::position).toList());
    assertEquals(List.of(java.util.Optional.empty(), java.util.Optional.of("A2")),
        week.rejected().stream().map(dev.keyaccount.core.result.FailureItem::itemId).toList());
    assertEquals(java.util.Set.of("A1"), week.authorizationBalances().stream()
        .map(AuthorizationBalance::authorizationId).collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void aRepeatedIdAgainstACollection_isReportedAtItsPlaceInTheExport_asAgainstTheListing() {
    Authorization b1 = auth("B1", "KA2", PROMOTION, "PRM-2", "500.00", JAN_31);
    Authorization a1 = auth("A1", "KA1", PROMOTION, "PRM-1", "1000.00", JAN_31);
    List<Authorization> export = List.of(b1, b1, a1, a1);
    List<Deduction> week = List.of(ded("D1", "KA1", "promotion", "PRM-1", cny("1000.00"), JAN_31.plusDays(3)));
    MatchingResult byCollection = MATCHER.match(week, export, EMPTY);
    MatchingResult byListing = MATCHER.match(week, AuthorizationListing.of(export), EMPTY);
    assertEquals(byListing.rejected(), byCollection.rejected());
    assertEquals(1, byCollection.rejected().size());
    assertEquals(3, byCollection.rejected().get(0).position());
    assertEquals("Argument 'authorizations[3]' must have a unique id but has value 'A1' (the id of authorizations[2])",
        byCollection.rejected().get(0).message());
  }

  @Test
  void ofAccount_givesTheAccountsLinesInTheExportsOrder() {
    Authorization a1 = auth("A1", "KA1", PROMOTION, null, "1.00", JAN_31);
    Authorization b1 = auth("B1", "KA2", PROMOTION, null, "2.00", JAN_31);
    Authorization a2 = auth("A2", "KA1", PROMOTION, null, "3.00", JAN_31);
    AuthorizationListing listing = AuthorizationListing.of(Arrays.asList(a2, b1, a1));
    assertEquals(3, listing.size());
    assertEquals(List.of(a2, b1, a1), listing.authorizations());
    assertEquals(List.of(a2, a1), listing.ofAccount("KA1"));
    assertEquals(List.of(b1), listing.ofAccount("KA2"));
    assertEquals(List.of(), listing.ofAccount("KA9"));
    assertEquals(java.util.Set.of("KA1", "KA2"), listing.accountIds());
    assertThrows(UnsupportedOperationException.class, () -> listing.authorizations().add(a1));
  }

  @Test
  void nullLine_isRejectedWithItsPosition() {
    List<Authorization> export = Arrays.asList(auth("A1", PROMOTION, null, "1.00"), null);
    NullPointerException e = assertThrows(NullPointerException.class, () -> AuthorizationListing.of(export));
    assertTrue(e.getMessage().contains("authorizations[1]"), e.getMessage());
    assertThrows(NullPointerException.class, () -> AuthorizationListing.of(null));
    AuthorizationListing listing = AuthorizationListing.of(List.of());
    assertThrows(NullPointerException.class, () -> listing.ofAccount(null));
    assertThrows(NullPointerException.class, () -> MATCHER.match(List.of(), (AuthorizationListing) null, EMPTY));
    assertThrows(IllegalArgumentException.class,
        () -> MATCHER.match(List.of(), listing, DeductionLedger.empty(Currencies.USD)));
  }
}
