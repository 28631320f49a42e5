package dev.keyaccount.examples.review.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.examples.review.csv.InputException;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionDecision;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.deduction.ReasonType;
import dev.keyaccount.receivables.testing.RemittanceGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's files: what is written reads back equal, hostile ids survive, a damaged ledger is refused. */
class LedgerFilesTest {

  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  private static final MatchingPolicy POLICY = MatchingPolicy.standard(Currencies.CNY);
  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  @TempDir
  Path dir;

  @Test
  void generatedLedgers_readBackEqual_andWriteTheSameBytesAgain() {
    qt().withExamples(15).forAll(RemittanceGenerator.remittances(200, POLICY)).checkAssert(r -> {
      DeductionLedger ledger = new DeductionMatcher(POLICY)
          .match(r.deductions(), r.authorizations(), DeductionLedger.empty(Currencies.CNY)).ledger();
      Path folder = fresh();
      LedgerFiles.write(folder, List.of(ledger));
      DeductionLedger back = LedgerFiles.read(folder, QUIET).getOrDefault("CNY", DeductionLedger.empty(Currencies.CNY));
      assertEquals(ledger.deductions(), back.deductions());
      assertEquals(ledger.authorizationUses(), back.authorizationUses());
      Path again = fresh();
      LedgerFiles.write(again, List.of(back));
      for (String file : List.of(LedgerFiles.DEDUCTIONS_FILE, LedgerFiles.EVENTS_FILE,
          LedgerFiles.AUTHORIZATIONS_FILE, LedgerFiles.CONSUMPTIONS_FILE)) {
        assertArrayEquals(bytes(folder.resolve(file)), bytes(again.resolve(file)), file);
      }
    });
  }

  @Test
  void hostileIdsAndReferences_decisions_andTwoCurrencies_roundTrip() {
    String[] ids = {"=HYPERLINK(\"http://x\"&A1,\"x\")", "'=already quoted", "+1+cmd|' /C calc'!A0", "a,b", "new\nline",
        "quote\"d", "-5", "@sum", "'plain", " spaced id ", "trailing\t", "two,\n\"lines\", and commas, , , , , , ,",
        // White space a reader may drop around an unquoted cell: the writer quotes it (found by the reviewer).
        "D1\u3000", "\u3000D2", "D3\u2003", "\u2028D4"};
    List<Authorization> auths = List.of(auth("AU,1", "6000.00", "PRM-2026-0000002"));
    List<Deduction> deductions = new java.util.ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      deductions.add(Deduction.builder().id(ids[i]).accountId("KA\"1").reasonCode("promotion")
          .reference(i == 0 ? "PRM-2026-2" : i == 10 ? "  spaced , ref  " : i == 13 ? "PRM-9\u3000" : "=ref" + i).amount(Monies.of(new BigDecimal("100.00"), Currencies.CNY))
          .date(DAY).build());
    }
    DeductionLedger cny = new DeductionMatcher(POLICY).match(deductions, auths, DeductionLedger.empty(Currencies.CNY))
        .ledger();
    cny = cny.apply(DeductionDecision.builder().deductionId(ids[1]).kind(DeductionDecision.Kind.DISPUTE)
        .date(DAY.plusDays(3)).build());
    cny = cny.apply(DeductionDecision.builder().deductionId(ids[1]).kind(DeductionDecision.Kind.RECOVER)
        .amount(Monies.of(new BigDecimal("40.00"), Currencies.CNY)).date(DAY.plusDays(9)).build());
    CurrencyUnit jpy = Monetary.getCurrency("JPY");
    MatchingPolicy yen = MatchingPolicy.standard(jpy);
    DeductionLedger jp = new DeductionMatcher(yen).match(
        List.of(Deduction.builder().id("=J1").accountId("KA9").reasonCode("promotion")
            .amount(Monies.of(new BigDecimal("5000"), jpy)).date(DAY).build()),
        List.of(Authorization.builder().id("JA1").accountId("KA9").type(ReasonType.PROMOTION)
            .amount(Monies.of(new BigDecimal("5000"), jpy)).date(DAY.minusDays(10)).build()),
        DeductionLedger.empty(jpy)).ledger();

    LedgerFiles.write(dir, List.of(jp, cny));
    Map<String, DeductionLedger> back = LedgerFiles.read(dir, QUIET);
    assertEquals(List.of("CNY", "JPY"), List.copyOf(back.keySet()));
    assertEquals(cny.deductions(), back.get("CNY").deductions());
    assertEquals(cny.authorizationUses(), back.get("CNY").authorizationUses());
    assertEquals(jp.deductions(), back.get("JPY").deductions());
    assertEquals(jp.authorizationUses(), back.get("JPY").authorizationUses());
    assertTrue(back.get("CNY").deduction(ids[1]).orElseThrow().decided());
    String text = new String(bytes(dir.resolve(LedgerFiles.DEDUCTIONS_FILE)), StandardCharsets.UTF_8);
    assertTrue(text.contains("\"'=HYPERLINK(\"\"http://x\"\"&A1,\"\"x\"\")\""), text);
    assertTrue(text.contains(",5000,"), "JPY has no minor digits: " + text);
  }

  @Test
  void textCells_encodeReversibly() {
    for (String s : List.of("", "'", "''", "'=", "=", "a", "'a", "-1", "\t", "'\t", "@", "+")) {
      assertEquals(s, LedgerFiles.unquote(LedgerFiles.text(s)), s);
      String cell = LedgerFiles.text(s);
      assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, cell);
    }
  }

  @Test
  void aFormatFileSavedWithAByteOrderMark_isRead() throws IOException {
    LedgerFiles.write(dir, List.of(sample()));
    Path format = dir.resolve(LedgerFiles.FORMAT_FILE);
    Files.writeString(format, "\uFEFF" + Files.readString(format).replace("\n", "\r\n"));
    assertEquals(sample().deductions(), LedgerFiles.read(dir, QUIET).get("CNY").deductions());
  }

  @Test
  void filesEmptiedToTheirHeader_orCutAtARowsEnd_areRefused_asIsAFormatFileWithoutItsRowCounts()
      throws IOException {
    LedgerFiles.write(dir, List.of(sample()));
    List<String> format = Files.readAllLines(dir.resolve(LedgerFiles.FORMAT_FILE));
    // D1's and D3's histories are the one event their run implies, so events.csv lists D2's two only.
    assertEquals(List.of(LedgerFiles.FORMAT, "deductions 3", "events 2", "authorizations 1"), format);
    assertEquals(3, Files.readAllLines(dir.resolve(LedgerFiles.EVENTS_FILE)).size());
    for (String file : List.of(LedgerFiles.DEDUCTIONS_FILE, LedgerFiles.EVENTS_FILE, LedgerFiles.AUTHORIZATIONS_FILE,
        LedgerFiles.CONSUMPTIONS_FILE)) {
      Path path = dir.resolve(file);
      Files.write(path, Files.readAllLines(path).subList(0, 1));
    }
    InputException wiped = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(wiped.getMessage().contains("deductions.csv: 0 rows where format.txt records 3"), wiped.getMessage());
    // The authorization and its consumptions removed together: the count tells.
    LedgerFiles.write(dir, List.of(sample()));
    for (String file : List.of(LedgerFiles.AUTHORIZATIONS_FILE, LedgerFiles.CONSUMPTIONS_FILE)) {
      Path path = dir.resolve(file);
      Files.write(path, Files.readAllLines(path).subList(0, 1));
    }
    InputException cut = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(cut.getMessage().contains("authorizations.csv: 0 rows where format.txt records 1"), cut.getMessage());
    // The events' rows removed, the rest kept: D2 loses its history; only the count tells.
    LedgerFiles.write(dir, List.of(sample()));
    Path events = dir.resolve(LedgerFiles.EVENTS_FILE);
    Files.write(events, Files.readAllLines(events).subList(0, 2));
    InputException history = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(history.getMessage().contains("events.csv: 1 rows where format.txt records 2"), history.getMessage());
    LedgerFiles.write(dir, List.of(sample()));
    Files.writeString(dir.resolve(LedgerFiles.FORMAT_FILE), LedgerFiles.FORMAT + "\n");
    InputException none = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(none.getMessage().contains("records the rows of 0 file(s): expected 'deductions N', 'events N',"
        + " 'authorizations N'"), none.getMessage());
    Files.writeString(dir.resolve(LedgerFiles.FORMAT_FILE), LedgerFiles.FORMAT + "\ndeductions 3\nauthorizations 1\n");
    InputException two = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(two.getMessage().contains("records the rows of 2 file(s)"), two.getMessage());
    Files.writeString(dir.resolve(LedgerFiles.FORMAT_FILE), LedgerFiles.FORMAT + "\ndeductions 3\ndeductions 3\n");
    InputException twice = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(twice.getMessage().contains("format.txt line 3"), twice.getMessage());
  }

  @Test
  void aLedgerOfTheEarlierFormat_everyEventListed_isRead_withOrWithoutItsRowCounts() throws IOException {
    // Format 1, as earlier versions wrote it: D1's one implied event listed too, two row counts or none.
    LedgerFiles.write(dir, List.of(sample()));
    Path events = dir.resolve(LedgerFiles.EVENTS_FILE);
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(events));
    lines.add(1, "CNY,D1,2026-03-31,MATCHED,VALID,6000.00");
    lines.add(lines.size(), "CNY,D3,2026-03-31,MATCHED,UNAUTHORIZED,75.00");
    Files.write(events, lines);
    Path format = dir.resolve(LedgerFiles.FORMAT_FILE);
    Files.writeString(format, LedgerFiles.FORMAT_1 + "\ndeductions 3\nauthorizations 1\n");
    assertEquals(sample().deductions(), LedgerFiles.read(dir, QUIET).get("CNY").deductions());
    Files.writeString(format, LedgerFiles.FORMAT_1 + "\n");
    assertEquals(sample().deductions(), LedgerFiles.read(dir, QUIET).get("CNY").deductions());
    Files.writeString(format, LedgerFiles.FORMAT_1 + "\nauthorizations 1\n");
    InputException one = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(one.getMessage().contains("records the rows of 1 file(s): expected 'deductions N', 'authorizations N'"
        + " (a ledger of an earlier version has none)"), one.getMessage());
    Files.writeString(format, LedgerFiles.FORMAT_1 + "\ndeductions 3\nevents 3\nauthorizations 1\n");
    InputException events1 = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(events1.getMessage().contains("format.txt line 3"), events1.getMessage());
    // In format 1 every deduction lists its events: D1's removed is a cut file.
    Files.writeString(format, LedgerFiles.FORMAT_1 + "\n");
    lines.remove(1);
    Files.write(events, lines);
    InputException cut = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(cut.getMessage().contains("'D1': no event of it where events.csv should list them (one or more per"
        + " deduction,"), cut.getMessage());
  }

  @Test
  void aFolderWithoutTheFormatFile_orOfAnotherFormat_isRefused() throws IOException {
    InputException none = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(none.getMessage().contains("not a ledger folder"), none.getMessage());
    Files.writeString(dir.resolve(LedgerFiles.FORMAT_FILE), "ka-ledger 99\n");
    InputException other = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(other.getMessage().contains("unknown ledger format"), other.getMessage());
  }

  /** The checks the ledger's cells had before the hand-written ones. */
  private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?[0-9]{1,19}(\\.[0-9]{1,4})?");
  private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private static void assertSameChecks(String text) {
    assertEquals(DECIMAL.matcher(text).matches(), LedgerFiles.isPlainDecimal(text), text);
    LocalDate expected;
    try {
      expected = ISO_DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
    } catch (java.time.format.DateTimeParseException e) {
      expected = null;
    }
    assertEquals(expected, dev.keyaccount.examples.review.csv.CsvRow.isoDate(text), text);
  }

  @Test
  void theHandWrittenCellChecks_agreeWithThePatternsAndLocalDateParse() {
    qt().withExamples(5000).forAll(org.quicktheories.generators.SourceDSL.strings().betweenCodePoints('+', '9')
        .ofLengthBetween(0, 26)).checkAssert(LedgerFilesTest::assertSameChecks);
    for (String text : List.of("0", "-0", "1234567890123456789", "12345678901234567890", "1.2345", "1.23456", "-.5",
        "5.", "2026-02-28", "2026-02-29", "2024-02-29", "2026-13-01", "0000-01-01", "9999-12-31", "2026-1-01")) {
      assertSameChecks(text);
    }
  }

  @Test
  void anOversizedOrNonUtf8FormatFile_isRefusedBeforeItIsRead() throws IOException {
    LedgerFiles.write(dir, List.of(sample()));
    Path format = dir.resolve(LedgerFiles.FORMAT_FILE);
    Files.writeString(format, LedgerFiles.FORMAT + "\n" + "x".repeat(LedgerFiles.MAX_FORMAT_BYTES));
    InputException big = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(big.getMessage().startsWith("format.txt: " + (LedgerFiles.FORMAT.length() + 1 + LedgerFiles.MAX_FORMAT_BYTES)
        + " bytes where a ledger's format file holds a few short lines"), big.getMessage());
    Files.write(format, new byte[] {'k', 'a', (byte) 0xFF, '\n'});
    InputException latin = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(latin.getMessage().contains("format.txt: is not UTF-8 text"), latin.getMessage());
  }

  @Test
  void aFolderInPlaceOfAFile_isNamedAsAFolder() throws IOException {
    LedgerFiles.write(dir, List.of(sample()));
    Files.delete(dir.resolve(LedgerFiles.EVENTS_FILE));
    Files.createDirectory(dir.resolve(LedgerFiles.EVENTS_FILE));
    InputException events = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(events.getMessage().startsWith("events.csv: is a folder, not a file of the ledger folder"),
        events.getMessage());
    Files.delete(dir.resolve(LedgerFiles.FORMAT_FILE));
    Files.createDirectory(dir.resolve(LedgerFiles.FORMAT_FILE));
    InputException format = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(format.getMessage().startsWith("format.txt: is a folder"), format.getMessage());
  }

  @Test
  void aMissingFile_isRefused() throws IOException {
    LedgerFiles.write(dir, List.of(sample()));
    Files.delete(dir.resolve(LedgerFiles.CONSUMPTIONS_FILE));
    InputException e = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(e.getMessage().contains(LedgerFiles.CONSUMPTIONS_FILE), e.getMessage());
  }

  @Test
  void partsThatDoNotAddUp_areRefusedWithTheLine() throws IOException {
    LedgerFiles.write(dir, List.of(sample()));
    replace(LedgerFiles.DEDUCTIONS_FILE, ",6000.00,2026-03-31,VALID,6000.00,", ",6000.00,2026-03-31,VALID,5000.00,");
    InputException e = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void aConsumptionOfAnUnknownDeduction_orAuthorization_isRefused() throws IOException {
    LedgerFiles.write(dir, List.of(sample()));
    replace(LedgerFiles.CONSUMPTIONS_FILE, "CNY,AU-1,D1,", "CNY,AU-1,D9,");
    InputException e = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(e.getMessage().contains("deductions.csv and consumptions.csv: disagree in CNY"), e.getMessage());
    assertTrue(e.getMessage().contains("'D9'"), e.getMessage());
    LedgerFiles.write(dir, List.of(sample()));
    replace(LedgerFiles.CONSUMPTIONS_FILE, "CNY,AU-1,D1,", "CNY,AU-7,D1,");
    InputException u = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(u.getMessage().contains("AU-7"), u.getMessage());
  }

  @Test
  void bothHalvesBroken_theDeductionsAreReportedFirst_asIfReadOneAfterTheOther() throws IOException {
    // The authorizations' half is read on a second thread; the error reported is still the deductions'.
    LedgerFiles.write(dir, List.of(sample()));
    replace(LedgerFiles.EVENTS_FILE, "CNY,D2,", "CNY,D8,");
    replace(LedgerFiles.CONSUMPTIONS_FILE, "CNY,AU-1,D1,", "CNY,AU-7,D1,");
    InputException both = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(both.getMessage().contains("'D2': no event of it") && !both.getMessage().contains("AU-7"),
        both.getMessage());
    LedgerFiles.write(dir, List.of(sample()));
    replace(LedgerFiles.CONSUMPTIONS_FILE, "CNY,AU-1,D1,", "CNY,AU-7,D1,");
    InputException uses = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(uses.getMessage().contains("AU-7"), uses.getMessage());
  }

  @Test
  void anEventOfAnUnknownDeduction_isRefused() throws IOException {
    // D2's events renamed D8: D2, decided, is then without events, found first.
    LedgerFiles.write(dir, List.of(sample()));
    replace(LedgerFiles.EVENTS_FILE, "CNY,D2,", "CNY,D8,");
    InputException e = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(e.getMessage().startsWith("deductions.csv line 3, column 'deduction_id', value 'D2': no event of it"
        + " where events.csv should list them (one or more per decided deduction"), e.getMessage());
    // An event of a deduction the ledger does not list, after the last one's.
    LedgerFiles.write(dir, List.of(sample()));
    Files.writeString(dir.resolve(LedgerFiles.EVENTS_FILE), "CNY,D8,2026-01-05,MATCHED,UNAUTHORIZED,1.00\n",
        java.nio.file.StandardOpenOption.APPEND);
    InputException last = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(last.getMessage().contains("D8") && last.getMessage().contains("not in deductions.csv"),
        last.getMessage());
  }

  @Test
  void aCutOrEditedHistory_isRefused() throws IOException {
    LedgerFiles.write(dir, List.of(sample()));
    Path events = dir.resolve(LedgerFiles.EVENTS_FILE);
    List<String> lines = Files.readAllLines(events);
    String lastId = lines.get(lines.size() - 1).split(",")[1];
    Files.write(events, lines.stream().filter(l -> !l.startsWith("CNY," + lastId + ",")).toList());
    InputException cut = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(cut.getMessage().contains("'" + lastId + "': no event of it"), cut.getMessage());
    LedgerFiles.write(dir, List.of(sample()));
    List<String> deductions = Files.readAllLines(dir.resolve(LedgerFiles.DEDUCTIONS_FILE));
    // D2's row (its events are listed; D1's state is its implied event's, an edit of it read as written).
    String row = deductions.get(2);
    String state = row.split(",")[7];
    String other = state.equals("DUPLICATE") ? "VALID" : "DUPLICATE";
    deductions.set(2, row.replace("," + state + ",", "," + other + ","));
    Files.write(dir.resolve(LedgerFiles.DEDUCTIONS_FILE), deductions);
    InputException edited = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    assertTrue(edited.getMessage().contains("column 'state', value '" + other + "': its last event in events.csv says "
        + state), edited.getMessage());
  }

  @Test
  void eventsOutOfTheOrderOfTheDeductions_areRefusedWithTheLine() throws IOException {
    // The files are joined by order in one pass each: D3's events listed before D2's leave D2's
    // events unclaimed, and the first of them is named with its line.
    DeductionLedger ledger = sample().apply(DeductionDecision.builder().deductionId("D3")
        .kind(DeductionDecision.Kind.DISPUTE).date(DAY.plusDays(2)).build());
    LedgerFiles.write(dir, List.of(ledger));
    assertEquals(ledger.deductions(), LedgerFiles.read(dir, QUIET).get("CNY").deductions());
    Path events = dir.resolve(LedgerFiles.EVENTS_FILE);
    List<String> lines = Files.readAllLines(events);
    List<String> reordered = new java.util.ArrayList<>(List.of(lines.get(0)));
    lines.stream().skip(1).filter(l -> l.startsWith("CNY,D3,")).forEach(reordered::add);
    lines.stream().skip(1).filter(l -> l.startsWith("CNY,D2,")).forEach(reordered::add);
    assertEquals(lines.size(), reordered.size());
    Files.write(events, reordered);
    InputException e = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET));
    // D2, listed before D3 in deductions.csv, finds no event where its events should be.
    assertTrue(e.getMessage().contains("value 'D2'") && e.getMessage().contains("no event of it")
        && e.getMessage().contains("order of " + LedgerFiles.DEDUCTIONS_FILE), e.getMessage());
  }

  @Test
  void amountsAndDatesBeyondTheBounds_areRefused() throws IOException {
    for (String[] bad : new String[][] {
        {",6000.00,2026-03-31,", ",6000.001,2026-03-31,", "more decimals"},
        {",6000.00,2026-03-31,", ",60000000000000000000000000.00,2026-03-31,", "longer than"},
        {",6000.00,2026-03-31,", ",6000.00,2999-03-31,", "outside"},
        {",6000.00,2026-03-31,", ",6E3,2026-03-31,", "plain decimal"},
        {",false\n", ",no\n", "true or false"}}) {
      LedgerFiles.write(dir, List.of(sample()));
      replace(LedgerFiles.DEDUCTIONS_FILE, bad[0], bad[1]);
      InputException e = assertThrows(InputException.class, () -> LedgerFiles.read(dir, QUIET), bad[1]);
      assertTrue(e.getMessage().contains(bad[2]), e.getMessage());
    }
  }

  @Test
  void twoLedgersOfOneCurrency_areRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LedgerFiles.write(dir, List.of(sample(), sample())));
    assertEquals("ledgers must have one ledger per currency, but CNY repeats", e.getMessage());
  }

  private static DeductionLedger sample() {
    DeductionLedger ledger = new DeductionMatcher(POLICY).match(
        List.of(Deduction.builder().id("D1").accountId("KA1").reasonCode("promotion").reference("PRM-1")
            .amount(Monies.of(new BigDecimal("6000.00"), Currencies.CNY)).date(DAY).build(),
            Deduction.builder().id("D2").accountId("KA1").reasonCode("promotion").reference("PRM-404")
            .amount(Monies.of(new BigDecimal("250.00"), Currencies.CNY)).date(DAY).build(),
            Deduction.builder().id("D3").accountId("KA1").reasonCode("promotion").reference("PRM-405")
            .amount(Monies.of(new BigDecimal("75.00"), Currencies.CNY)).date(DAY).build()),
        List.of(auth("AU-1", "6000.00", "PRM-1")), DeductionLedger.empty(Currencies.CNY)).ledger();
    return ledger.apply(DeductionDecision.builder().deductionId("D2").kind(DeductionDecision.Kind.DISPUTE)
        .date(DAY.plusDays(1)).build());
  }

  private static Authorization auth(String id, String amount, String reference) {
    return Authorization.builder().id(id).accountId("KA1").type(ReasonType.PROMOTION).reference(reference)
        .amount(Monies.of(new BigDecimal(amount), Currencies.CNY)).date(DAY.minusDays(20)).build();
  }

  private void replace(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path);
    assertTrue(text.contains(from), text);
    Files.writeString(path, text.replace(from, to));
  }

  private Path fresh() {
    try {
      return Files.createTempDirectory(dir, "ledger");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
