package dev.keyaccount.examples.review.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The review's output files, written only when the whole run has succeeded and then replaced as one
 * step, as far as a file system allows.
 *
 * <p>{@link #commit} streams every file into a temporary folder beside the target (so a failed run or a
 * full disk leaves the target as it was), then moves the files in one by one, each previous file first
 * set aside. If a move fails, the files already moved in are taken out again and the previous ones put
 * back, so the target keeps the previous run's files, and the error names the file and the reason. A
 * folder in the way of an output file is an error before anything is moved. Names may contain
 * {@code /} (such as {@code ledger/balances.csv}); the subfolders are created as needed.
 *
 * <p>A run that knows its target from the start may {@link #stage} it: the temporary folder is made
 * then, and a file whose content is complete may be written into it at once ({@link #writeNow}), while
 * the run goes on with other work, or on a thread of its own ({@link #writeAhead}); {@link #commit}
 * writes the rest and moves every file in. A run that fails before its commit calls {@link #discard},
 * which deletes the temporary folder: the target is never touched before the commit.
 *
 * <p>Files may be added, and written now or ahead, from several threads; stage, commit and discard
 * belong to one thread.
 */
public final class OutputFolder {

  /** Writes one file's content; called once, during {@link #commit} or {@link #writeNow}. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the UTF-8 file, buffered; the caller closes it
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /** Writes one binary file's content (a workbook); called once, during {@link #commit}. */
  @FunctionalInterface
  public interface Bytes {
    /**
     * Writes the content.
     *
     * @param out the file, buffered; the caller closes it
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private final Map<String, Bytes> files = new LinkedHashMap<>();
  /**
   * The files taken for writing into the staged folder before the commit ({@link #writeNow},
   * {@link #writeAhead}, or a commit's writer): each is written by the thread that took it, once.
   * Guarded, with {@link #files}, by {@link #files}' lock.
   */
  private final java.util.Set<String> taken = new java.util.HashSet<>();
  /** The threads of {@link #writeAhead}, awaited by the commit and by {@link #discard}. */
  private final List<Background<Void>> ahead = new ArrayList<>();
  /** The target given to {@link #stage}, normalised, or null. */
  private Path stagedFor;
  /** The temporary folder made by {@link #stage}, or null (read by {@link #abandon} on another thread). */
  private volatile Path stagedFolder;
  /** Guards {@link #moving} and {@link #abandoned}, and each file's creation, against {@link #abandon}. */
  private final Object lock = new Object();
  /** Whether the commit is moving files in: then only the commit may touch the staged folder. */
  private boolean moving;
  /** Whether {@link #abandon} ran: no file is created in the staged folder any more. */
  private boolean abandoned;
  /**
   * The target's parent folders that {@link #stage} created (deepest first), removed again by
   * {@link #discard} when empty, so that a failed run leaves no trace.
   */
  private List<Path> createdParents = List.of();

  /**
   * Adds a file to write.
   *
   * @param name the file name, relative, {@code /} between folders
   * @param content what to write, called once: on {@link #commit}, or on {@link #writeNow}
   * @throws IllegalArgumentException if the name is blank, absolute, has {@code .} or {@code ..}
   *     segments, or is already added
   */
  public void add(String name, Content content) {
    addBytes(name, out -> {
      // The bytes of a BufferedWriter over an OutputStreamWriter in UTF-8, without their char buffers
      // (CsvOutput writes its ASCII cells straight into this writer's bytes).
      Writer writer = new Utf8Writer(out);
      content.writeTo(writer);
      writer.flush();
    });
  }

  /**
   * Adds a binary file to write.
   *
   * @param name the file name, relative, {@code /} between folders
   * @param content what to write, called once: on {@link #commit}, or on {@link #writeNow}
   * @throws IllegalArgumentException if the name is blank, absolute, has {@code .} or {@code ..}
   *     segments, or is already added
   */
  public void addBytes(String name, Bytes content) {
    for (String segment : name.split("/", -1)) {
      if (segment.isBlank() || segment.equals(".") || segment.equals("..") || segment.contains("\\")) {
        throw new IllegalArgumentException("Argument 'name' must be a relative file name but has value '" + name + "'");
      }
    }
    Bytes before;
    synchronized (files) {
      before = files.putIfAbsent(name, content);
    }
    if (before != null) {
      throw new IllegalArgumentException("Argument 'name' must be new but has value '" + name + "'");
    }
  }

  /**
   * Adds a text file to write.
   *
   * @param name the file name
   * @param content the UTF-8 text
   */
  public void add(String name, String content) {
    add(name, out -> out.write(content));
  }

  /**
   * The names of the files added so far.
   *
   * @return the file names, in the order added
   */
  public List<String> names() {
    synchronized (files) {
      return List.copyOf(files.keySet());
    }
  }

  /**
   * Makes the temporary folder beside the target now, so that files can be written before the commit
   * ({@link #writeNow}). The caller then ends with {@link #commit} to the same target, or with
   * {@link #discard} on failure.
   *
   * @param target the output folder the commit will write to
   * @throws UncheckedIOException if the target is a file or the temporary folder cannot be made; the
   *     message names the folder and the reason
   * @throws IllegalStateException if a target is already staged
   */
  public void stage(Path target) {
    if (stagedFolder != null) {
      throw new IllegalStateException("A target is already staged: " + stagedFor);
    }
    Path folder = target.toAbsolutePath().normalize();
    // The folders this run creates, deepest first (the target too when it is new): removed again, when
    // still empty, by a run that ends without its commit.
    List<Path> missing = new ArrayList<>();
    for (Path p = folder; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
      missing.add(p);
    }
    createdParents = missing;
    stagedFolder = makeStaging(folder);
    stagedFor = folder;
  }

  /**
   * Writes an added file into the staged temporary folder now, on the calling thread, when a target is
   * staged; otherwise does nothing (the file is written on {@link #commit}). Its content must be complete
   * when this is called; the commit does not write it again.
   *
   * @param name the name the file was added under
   * @throws IllegalArgumentException if no file was added under that name
   * @throws UncheckedIOException if the file cannot be written; the message names the file and the reason
   */
  public void writeNow(String name) {
    Bytes content = added(name);
    Path folder = stagedFolder;
    if (folder != null && take(name)) {
      writeTaken(folder, Map.entry(name, content));
    }
  }

  /**
   * Writes added files into the staged folder on a thread of their own, in the order given, when a
   * target is staged (otherwise does nothing: they are written on {@link #commit}). Their content must
   * be complete, or wait for what it needs. A file the commit reaches first is written by the commit
   * instead; the commit waits for this thread. A file whose write fails here is written again by the
   * commit, whose failure, if any, is reported; an {@link Error} (out of memory) is rethrown by the
   * commit as it is.
   *
   * @param names the files, added before
   * @throws IllegalArgumentException if a name was not added
   */
  public void writeAhead(List<String> names) {
    List<Map.Entry<String, Bytes>> list = new ArrayList<>();
    for (String name : names) {
      list.add(Map.entry(name, added(name)));
    }
    Path folder = stagedFolder;
    if (folder == null) {
      return;
    }
    Background<Void> writer = Background.start("ka-review-writer-ahead", () -> {
      for (Map.Entry<String, Bytes> file : list) {
        if (take(file.getKey())) {
          writeTaken(folder, file);
        }
      }
      return null;
    });
    synchronized (files) {
      ahead.add(writer);
    }
  }

  /** The content of an added file. */
  private Bytes added(String name) {
    Bytes content;
    synchronized (files) {
      content = files.get(name);
    }
    if (content == null) {
      throw new IllegalArgumentException("Argument 'name' must be an added file but has value '" + name + "'");
    }
    return content;
  }

  /** Takes a file for writing into the staged folder: true for the one thread that is to write it. */
  private boolean take(String name) {
    synchronized (files) {
      return taken.add(name);
    }
  }

  /** Writes a file taken for writing; on failure, gives it back (the commit writes it again) and rethrows. */
  private void writeTaken(Path folder, Map.Entry<String, Bytes> file) {
    try {
      writeOne(folder, file);
    } catch (RuntimeException | Error e) {
      synchronized (files) {
        taken.remove(file.getKey());
      }
      throw e;
    }
  }

  /** Waits for the threads of {@link #writeAhead}; returns the first failure (an {@link Error} first), or null. */
  private Throwable awaitAhead() {
    List<Background<Void>> writers;
    synchronized (files) {
      writers = List.copyOf(ahead);
      ahead.clear();
    }
    Throwable first = null;
    for (Background<Void> writer : writers) {
      try {
        writer.await();
      } catch (RuntimeException | Error e) {
        if (first == null || e instanceof Error && !(first instanceof Error)) {
          first = e;
        }
      }
    }
    return first;
  }

  /**
   * Deletes the temporary folder of a staged run that will not be committed, and the folders its staging
   * created when they are empty (after a failed commit too); does nothing when nothing is staged or
   * after a commit that succeeded. The target is left as it was.
   */
  public void discard() {
    awaitAhead(); // its failure does not matter any more: nothing it wrote is kept
    deleteStaged(stagedFolder);
    stagedFolder = null;
    stagedFor = null;
    createdParents = List.of();
    synchronized (files) {
      taken.clear();
    }
  }

  /**
   * For a shutdown hook (the user pressed Ctrl-C during a long run): deletes the staged temporary folder
   * and the empty folders its staging created, unless the commit is moving files in (its moves must not
   * lose the previous files it sets aside there). No file is created in the folder afterwards; one being
   * written goes on into a file no longer there.
   */
  public void abandon() {
    synchronized (lock) {
      abandoned = true;
      Path folder = stagedFolder;
      if (moving || folder == null) {
        return;
      }
      deleteStaged(folder);
    }
  }

  /**
   * Deletes the staged folder (when there is one) and then the folders its staging created, deepest
   * first, while they are empty.
   */
  private void deleteStaged(Path folder) {
    if (folder != null) {
      deleteQuietly(folder);
    }
    for (Path parent : createdParents) {
      try {
        Files.deleteIfExists(parent);
      } catch (IOException e) {
        break; // not empty (something else wrote there) or not ours to remove: left as it is
      }
    }
  }

  /**
   * Writes every file into a folder, creating it if needed.
   *
   * @param target the output folder
   * @throws UncheckedIOException if a file cannot be written; the message names the file and the reason,
   *     and the target keeps its previous files
   * @throws IllegalArgumentException if another target is staged
   */
  public void commit(Path target) {
    Path folder = target.toAbsolutePath().normalize();
    if (stagedFor != null && !stagedFor.equals(folder)) {
      throw new IllegalArgumentException("Argument 'target' must be the staged folder " + stagedFor
          + " but has value '" + folder + "'");
    }
    Path into = stagedFolder != null ? stagedFolder : makeStaging(folder);
    try {
      write(into);
      synchronized (lock) {
        if (abandoned) {
          throw failure("The review was stopped before its output was moved to " + folder + "; no output file was"
              + " changed", null);
        }
        moving = true;
      }
      replace(into, folder);
      createdParents = List.of(); // they hold the output now
    } finally {
      awaitAhead(); // (done already unless writing failed) nothing writes into the folder while it is deleted
      deleteQuietly(into);
      stagedFolder = null;
      stagedFor = null;
      synchronized (files) {
        taken.clear();
      }
      synchronized (lock) {
        moving = false;
      }
    }
  }

  /** The temporary folder beside the target, after checking that the target is not a file. */
  private static Path makeStaging(Path folder) {
    Path parent = folder.getParent() != null ? folder.getParent() : folder;
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw failure("Cannot write the review's output to " + folder + ": it is a file, not a folder", null);
    }
    try {
      Files.createDirectories(parent);
      return Files.createTempDirectory(parent, ".ka-review-");
    } catch (IOException e) {
      throw failure("Cannot create a temporary folder in " + parent + " for the review's output: " + reason(e), e);
    }
  }

  /**
   * Writes the files into the staging folder on two threads (this one and a helper), each taking the
   * next file not yet started (by them, {@link #writeNow} or {@link #writeAhead}): the large files
   * (results, ledger) are written at the same time on the two cores. Then waits for the threads of
   * {@link #writeAhead}, and writes any file one of them gave back. Every content only reads values that
   * are complete before the commit. An {@link Error} (out of memory) is rethrown as it is, before any
   * other failure; otherwise the first failure in file order is reported.
   */
  private void write(Path staging) {
    List<Map.Entry<String, Bytes>> list;
    synchronized (files) {
      list = new ArrayList<>(files.entrySet());
    }
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    Throwable[] failures = new Throwable[list.size() + 1];
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < list.size() && !stop.get(); i = next.getAndIncrement()) {
        try {
          if (take(list.get(i).getKey())) {
            writeOne(staging, list.get(i));
          }
        } catch (RuntimeException | Error e) {
          failures[i] = e;
          stop.set(true);
        }
      }
    };
    Background<Void> helper = Background.start("ka-review-writer", () -> {
      worker.run();
      return null;
    });
    worker.run();
    helper.awaitQuietly();
    Throwable ahead = awaitAhead();
    if (ahead instanceof Error) {
      failures[list.size()] = ahead;
    } else if (!stop.get()) {
      // A file a thread writing ahead gave back after the two writers passed it.
      for (Map.Entry<String, Bytes> file : list) {
        if (take(file.getKey())) {
          writeOne(staging, file);
        }
      }
    }
    for (Throwable failure : failures) {
      if (failure instanceof Error) {
        throw (Error) failure;
      }
    }
    for (Throwable failure : failures) {
      if (failure != null) {
        throw (RuntimeException) failure;
      }
    }
  }

  private void writeOne(Path staging, Map.Entry<String, Bytes> file) {
    Path path = staging.resolve(file.getKey());
    try {
      OutputStream stream;
      // Created under the lock: once abandon has run, no file (nor folder) appears in the staged folder.
      synchronized (lock) {
        if (abandoned) {
          throw failure("The review was stopped before " + file.getKey() + " was written; no output file was"
              + " changed", null);
        }
        Files.createDirectories(path.getParent());
        stream = Files.newOutputStream(path);
      }
      try (OutputStream out = new BufferedOutputStream(stream)) {
        file.getValue().writeTo(out);
      }
    } catch (IOException e) {
      throw failure("Cannot write " + file.getKey() + " to the temporary folder " + staging + ": " + reason(e)
          + "; no output file was changed", e);
    }
  }

  private void replace(Path staging, Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw failure("Cannot create the output folder " + folder + ": " + reason(e), e);
    }
    for (String name : files.keySet()) {
      Path destination = folder.resolve(name);
      if (Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
        throw failure("Cannot write " + name + " to " + folder + ": a folder of that name is in the way; no output"
            + " file was changed", null);
      }
    }
    Path previous = staging.resolve(".previous");
    List<String> done = new ArrayList<>();
    for (String name : files.keySet()) {
      Path destination = folder.resolve(name);
      Path old = previous.resolve(name);
      boolean setAside = false;
      try {
        if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(old.getParent());
          Files.move(destination, old);
          setAside = true;
        }
        Files.createDirectories(destination.getParent());
        Files.move(staging.resolve(name), destination);
        done.add(name);
      } catch (IOException e) {
        String undo = restore(folder, previous, done, setAside ? name : null);
        throw failure("Cannot write " + name + " to " + folder + ": " + reason(e)
            + (undo.isEmpty() ? "; the previous output files were left as they were" : undo), e);
      }
    }
  }

  /** Takes the new files out again and puts the previous ones back; returns what could not be undone. */
  private static String restore(Path folder, Path previous, List<String> done, String setAsideOnly) {
    StringBuilder problems = new StringBuilder();
    List<String> names = new ArrayList<>(done);
    if (setAsideOnly != null) {
      names.add(setAsideOnly);
    }
    for (String name : names) {
      Path destination = folder.resolve(name);
      Path old = previous.resolve(name);
      try {
        if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(old, destination, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } else {
          Files.deleteIfExists(destination);
        }
      } catch (IOException e) {
        problems.append("; could not restore the previous ").append(name).append(": ").append(reason(e));
      }
    }
    return problems.toString();
  }

  /** A reason a person can act on: "permission denied" rather than the exception's bare path. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a folder is in the way";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
      // Their message is the path alone: a file stands where a folder is needed (ledger/ as a file).
      return "a file is in the way of " + ((FileSystemException) e).getFile();
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static UncheckedIOException failure(String message, IOException cause) {
    return new UncheckedIOException(message, cause != null ? cause : new IOException(message));
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> entries = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) entries.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException ignored) {
      // A leftover staging folder is harmless; the run's own outcome is what the user needs to see.
    }
  }
}
