package dev.keyaccount.examples.review.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the review's output files in memory and writes them only when the whole run has succeeded,
 * so that a failed run leaves no partial output behind. Files are first written to a temporary folder
 * beside the target and then moved in.
 */
public final class OutputFolder {

  private final Map<String, String> files = new LinkedHashMap<>();

  /**
   * Adds a file to write.
   *
   * @param name the file name
   * @param content the UTF-8 content
   */
  public void add(String name, String content) {
    files.put(name, content);
  }

  /**
   * The names of the files added so far.
   *
   * @return the file names, in the order added
   */
  public Iterable<String> names() {
    return files.keySet();
  }

  /**
   * Writes every file into a folder, creating it if needed.
   *
   * @param target the output folder
   * @throws UncheckedIOException if a file cannot be written; files already moved in are removed
   */
  public void commit(Path target) {
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent() != null ? absolute.getParent() : absolute;
    Path staging = null;
    try {
      Files.createDirectories(parent);
      staging = Files.createTempDirectory(parent, ".ka-review-");
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(staging.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      Files.createDirectories(absolute);
      for (String name : files.keySet()) {
        Files.move(staging.resolve(name), absolute.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      for (String name : files.keySet()) {
        try {
          Files.deleteIfExists(absolute.resolve(name));
        } catch (IOException ignored) {
          // Best effort: the original failure is what the user needs to see.
        }
      }
      throw new UncheckedIOException("Cannot write the review's output to " + absolute, e);
    } finally {
      if (staging != null) {
        deleteQuietly(staging);
      }
    }
  }

  private static void deleteQuietly(Path folder) {
    try (var entries = Files.list(folder)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(folder);
    } catch (IOException ignored) {
      // A leftover empty staging folder is harmless.
    }
  }
}
