package dev.keyaccount.examples.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output written as one step: the target keeps its previous files when anything fails. */
class OutputFolderTest {

  @TempDir Path tmp;

  private static OutputFolder threeFiles(String version) {
    OutputFolder files = new OutputFolder();
    files.add("account-evaluations.csv", "accounts " + version);
    files.add("deduction-results.csv", "deductions " + version);
    files.add("review.html", "page " + version);
    return files;
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> list = Files.list(tmp)) {
      return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void binaryFiles_areWrittenByteForByte_besideTextFiles() throws Exception {
    OutputFolder files = new OutputFolder();
    byte[] bytes = {0x50, 0x4B, 0x03, 0x04, (byte) 0xFF, 0x00};
    files.addBytes("review.xlsx", out -> out.write(bytes));
    files.add("review.html", "页 1");
    Path out = tmp.resolve("out");
    files.commit(out);
    assertEquals(List.of("review.xlsx", "review.html"), files.names());
    assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(out.resolve("review.xlsx"))));
    assertEquals("页 1", Files.readString(out.resolve("review.html")));
    assertThrows(IllegalArgumentException.class, () -> files.addBytes("review.xlsx", o -> { }));
  }

  @Test
  void commit_replacesEveryFile_andLeavesNoTemporaryFolder() throws Exception {
    Path out = tmp.resolve("out");
    threeFiles("1").commit(out);
    threeFiles("2").commit(out);
    assertEquals("deductions 2", Files.readString(out.resolve("deduction-results.csv")));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void aFolderInTheWayOfReviewHtml_failsNamingIt_andChangesNothing() throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("account-evaluations.csv"), "accounts 1");
    Files.writeString(out.resolve("deduction-results.csv"), "deductions 1");
    Files.createDirectories(out.resolve("review.html").resolve("inside"));
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> threeFiles("2").commit(out));
    assertEquals("Cannot write review.html to " + out.toAbsolutePath() + ": a folder of that name is in the way; no"
        + " output file was changed", e.getMessage());
    assertEquals("accounts 1", Files.readString(out.resolve("account-evaluations.csv")));
    assertEquals("deductions 1", Files.readString(out.resolve("deduction-results.csv")));
    assertTrue(Files.isDirectory(out.resolve("review.html/inside")));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void aReadOnlyTarget_failsNamingTheFileAndWhy_andKeepsThePreviousFiles() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root ignores permissions");
    Path out = tmp.resolve("out");
    threeFiles("1").commit(out);
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> threeFiles("2").commit(out));
      assertEquals("Cannot write account-evaluations.csv to " + out.toAbsolutePath() + ": permission denied; the"
          + " previous output files were left as they were", e.getMessage());
      assertEquals("accounts 1", Files.readString(out.resolve("account-evaluations.csv")));
      assertEquals("page 1", Files.readString(out.resolve("review.html")));
    } finally {
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aFailingWriter_changesNothing() throws Exception {
    Path out = tmp.resolve("out");
    threeFiles("1").commit(out);
    OutputFolder files = threeFiles("2");
    files.add("broken.csv", writer -> {
      throw new IOException("disk full");
    });
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> files.commit(out));
    assertTrue(e.getMessage().startsWith("Cannot write broken.csv to the temporary folder "), e.getMessage());
    assertTrue(e.getMessage().endsWith(": disk full; no output file was changed"), e.getMessage());
    assertEquals("page 1", Files.readString(out.resolve("review.html")));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void aMoveFailingHalfWay_putsThePreviousFilesBack() throws Exception {
    Path out = tmp.resolve("out");
    threeFiles("1").commit(out);
    OutputFolder files = threeFiles("2");
    // A file where the subfolder "ledger" should be: the last move fails after three have been made.
    Files.writeString(out.resolve("ledger"), "in the way");
    files.add("ledger/balances.csv", "ledger 2");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> files.commit(out));
    assertTrue(e.getMessage().startsWith("Cannot write ledger/balances.csv to " + out.toAbsolutePath() + ": a file is"
        + " in the way of " + out.toAbsolutePath().resolve("ledger")), e.getMessage());
    assertTrue(e.getMessage().endsWith("; the previous output files were left as they were"), e.getMessage());
    assertEquals("accounts 1", Files.readString(out.resolve("account-evaluations.csv")));
    assertEquals("deductions 1", Files.readString(out.resolve("deduction-results.csv")));
    assertEquals("page 1", Files.readString(out.resolve("review.html")));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void aFileWrittenNow_isInTheStagedFolderOnly_untilTheCommitMovesItIn() throws Exception {
    Path out = tmp.resolve("out");
    threeFiles("1").commit(out);
    OutputFolder files = threeFiles("2");
    files.stage(out);
    files.writeNow("deduction-results.csv");
    // The target is untouched; the new file waits in the one temporary folder beside it.
    assertEquals("deductions 1", Files.readString(out.resolve("deduction-results.csv")));
    List<String> beside = siblings();
    assertEquals(2, beside.size(), beside.toString());
    assertTrue(beside.get(0).startsWith(".ka-review-"), beside.toString());
    assertEquals("deductions 2", Files.readString(tmp.resolve(beside.get(0)).resolve("deduction-results.csv")));
    files.writeNow("deduction-results.csv"); // written once: a second call does nothing
    files.commit(out);
    assertEquals("accounts 2", Files.readString(out.resolve("account-evaluations.csv")));
    assertEquals("deductions 2", Files.readString(out.resolve("deduction-results.csv")));
    assertEquals("page 2", Files.readString(out.resolve("review.html")));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void aContentWrittenNow_isNotCalledAgainByTheCommit() throws Exception {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    OutputFolder files = new OutputFolder();
    files.add("a.csv", w -> w.write("a" + calls.incrementAndGet()));
    Path out = tmp.resolve("out");
    files.stage(out);
    files.writeNow("a.csv");
    files.commit(out);
    assertEquals(1, calls.get());
    assertEquals("a1", Files.readString(out.resolve("a.csv")));
  }

  @Test
  void withoutAStagedTarget_writeNowWritesNothing_andTheCommitWritesTheFile() throws Exception {
    OutputFolder files = threeFiles("1");
    files.writeNow("review.html");
    assertEquals(List.of(), siblings());
    Path out = tmp.resolve("out");
    files.commit(out);
    assertEquals("page 1", Files.readString(out.resolve("review.html")));
  }

  @Test
  void aDiscardedRun_leavesTheTargetAsItWas_andNoTraceBesideIt() throws Exception {
    Path out = tmp.resolve("out");
    threeFiles("1").commit(out);
    OutputFolder files = threeFiles("2");
    files.stage(out);
    files.writeNow("review.html");
    files.discard();
    files.discard(); // a second call does nothing
    assertEquals("page 1", Files.readString(out.resolve("review.html")));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void aDiscardedRun_removesTheParentFoldersItsStagingCreated() throws Exception {
    Path out = tmp.resolve("new").resolve("deeper").resolve("out");
    OutputFolder files = threeFiles("1");
    files.stage(out);
    assertTrue(Files.isDirectory(out.getParent()));
    files.discard();
    assertEquals(List.of(), siblings());
  }

  @Test
  void stagingRejects_aFileAsTarget_aSecondTarget_anUnknownName_andAnotherCommitTarget() throws Exception {
    Path file = tmp.resolve("out.txt");
    Files.writeString(file, "x");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> threeFiles("1").stage(file));
    assertEquals("Cannot write the review's output to " + file + ": it is a file, not a folder", e.getMessage());
    OutputFolder files = threeFiles("1");
    Path out = tmp.resolve("out");
    files.stage(out);
    IllegalStateException twice = assertThrows(IllegalStateException.class, () -> files.stage(tmp.resolve("other")));
    assertEquals("A target is already staged: " + out, twice.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> files.writeNow("x.csv"));
    assertEquals("Argument 'name' must be an added file but has value 'x.csv'", unknown.getMessage());
    Path other = tmp.resolve("other");
    IllegalArgumentException elsewhere = assertThrows(IllegalArgumentException.class, () -> files.commit(other));
    assertEquals("Argument 'target' must be the staged folder " + out + " but has value '" + other + "'",
        elsewhere.getMessage());
    files.discard();
    assertEquals(List.of("out.txt"), siblings());
  }

  @Test
  void aFailedCommitOfAStagedRun_thenItsDiscard_leaveNoFolderItCreated() throws Exception {
    Path out = tmp.resolve("new").resolve("deeper").resolve("out");
    OutputFolder files = threeFiles("1");
    files.add("broken.csv", w -> {
      throw new java.io.IOException("disk full");
    });
    files.stage(out);
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> files.commit(out));
    assertTrue(e.getMessage().contains("broken.csv") && e.getMessage().contains("disk full"), e.getMessage());
    files.discard();
    assertEquals(List.of(), siblings());
  }

  @Test
  void aFileWhoseEarlyWriteFailed_isWrittenAgainByTheCommit() throws Exception {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    OutputFolder files = new OutputFolder();
    files.add("a.csv", w -> {
      if (calls.incrementAndGet() == 1) {
        throw new java.io.IOException("interrupted");
      }
      w.write("a");
    });
    Path out = tmp.resolve("out");
    files.stage(out);
    assertThrows(UncheckedIOException.class, () -> files.writeNow("a.csv"));
    files.commit(out);
    assertEquals("a", Files.readString(out.resolve("a.csv")));
    assertEquals(2, calls.get());
  }

  @Test
  void filesWrittenAhead_areWrittenOnce_onAnotherThread_whileTheRunGoesOn() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.Map<String, String> threads = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    OutputFolder files = new OutputFolder();
    for (String name : List.of("ledger/a.csv", "ledger/b.csv")) {
      files.add(name, w -> {
        calls.incrementAndGet();
        threads.put(name, Thread.currentThread().getName());
        try {
          release.await(); // waits for what it needs, as the ledger's files wait for the ledger
        } catch (InterruptedException e) {
          throw new java.io.InterruptedIOException();
        }
        w.write(name);
      });
    }
    Path out = tmp.resolve("out");
    files.stage(out);
    files.writeAhead(List.of("ledger/b.csv", "ledger/a.csv"));
    files.add("results.csv", "results"); // added and written meanwhile
    files.writeNow("results.csv");
    while (!threads.containsKey("ledger/b.csv")) {
      Thread.onSpinWait(); // the thread writing ahead has taken b (else, on a loaded machine, the commit may)
    }
    release.countDown();
    files.commit(out);
    assertEquals("ledger/a.csv", Files.readString(out.resolve("ledger/a.csv")));
    assertEquals("ledger/b.csv", Files.readString(out.resolve("ledger/b.csv")));
    assertEquals("results", Files.readString(out.resolve("results.csv")));
    assertEquals(2, calls.get());
    assertEquals("ka-review-writer-ahead", threads.get("ledger/b.csv"));
    assertEquals(List.of("ledger/a.csv", "ledger/b.csv", "results.csv"), files.names());
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void aFileWhoseWriteAheadFailed_isWrittenAgainByTheCommit() throws Exception {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    OutputFolder files = new OutputFolder();
    files.add("a.csv", w -> {
      if (calls.incrementAndGet() == 1) {
        throw new java.io.IOException("interrupted");
      }
      w.write("a");
    });
    Path out = tmp.resolve("out");
    files.stage(out);
    files.writeAhead(List.of("a.csv"));
    while (calls.get() == 0) {
      Thread.onSpinWait(); // the thread writing ahead has taken the file (else the commit writes it first)
    }
    files.commit(out);
    assertEquals("a", Files.readString(out.resolve("a.csv")));
    assertEquals(2, calls.get());
  }

  @Test
  void anErrorWritingAhead_isRethrownByTheCommit_andTheTargetIsUntouched() throws Exception {
    Path out = tmp.resolve("out");
    threeFiles("1").commit(out);
    OutputFolder files = threeFiles("2");
    files.add("ledger/big.csv", w -> {
      throw new OutOfMemoryError("Java heap space");
    });
    files.stage(out);
    files.writeAhead(List.of("ledger/big.csv"));
    OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> files.commit(out));
    assertEquals("Java heap space", e.getMessage());
    files.discard();
    assertEquals("deductions 1", Files.readString(out.resolve("deduction-results.csv")));
    assertFalse(Files.exists(out.resolve("ledger")));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void writeAhead_withoutAStagedTarget_leavesTheFilesToTheCommit_andNamesMustBeAdded() throws Exception {
    OutputFolder files = threeFiles("1");
    files.writeAhead(List.of("review.html"));
    Path out = tmp.resolve("out");
    files.commit(out);
    assertEquals("page 1", Files.readString(out.resolve("review.html")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> files.writeAhead(List.of("missing.csv")));
    assertEquals("Argument 'name' must be an added file but has value 'missing.csv'", e.getMessage());
  }

  @Test
  void aDiscardedRun_waitsForItsFilesWrittenAhead_andLeavesNoTemporaryFolder() throws Exception {
    OutputFolder files = new OutputFolder();
    files.add("slow.csv", w -> {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        throw new java.io.InterruptedIOException();
      }
      w.write("slow");
    });
    files.stage(tmp.resolve("out"));
    files.writeAhead(List.of("slow.csv"));
    files.discard();
    assertEquals(List.of(), siblings());
  }

  @Test
  void anAbandonedRun_asCtrlCDoes_leavesNoTemporaryFolderNorTheFoldersItMade() throws Exception {
    Path out = tmp.resolve("new").resolve("out");
    OutputFolder files = threeFiles("1");
    files.stage(out);
    files.writeNow("deduction-results.csv");
    files.abandon();
    assertEquals(List.of(), siblings());
    files.discard(); // what the run's own ending then does: nothing left to do
    assertEquals(List.of(), siblings());
  }

  @Test
  void abandoningWhileTheCommitWrites_stopsIt_andTheTargetKeepsItsFiles() throws Exception {
    Path out = tmp.resolve("out");
    threeFiles("1").commit(out);
    OutputFolder files = threeFiles("2");
    files.add("last.csv", w -> {
      files.abandon(); // a shutdown hook running while the commit writes
      w.write("last");
    });
    files.stage(out);
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> files.commit(out));
    assertTrue(e.getMessage().startsWith("The review was stopped before"), e.getMessage());
    files.discard();
    assertEquals("deductions 1", Files.readString(out.resolve("deduction-results.csv")));
    assertFalse(Files.exists(out.resolve("last.csv")));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void namesMustBeRelative() {
    OutputFolder files = new OutputFolder();
    for (String name : List.of("", "../x.csv", "a//b", "/abs.csv", "./x")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> files.add(name, "x"));
      assertEquals("Argument 'name' must be a relative file name but has value '" + name + "'", e.getMessage());
    }
  }
}
