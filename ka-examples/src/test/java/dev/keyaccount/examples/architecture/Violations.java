package dev.keyaccount.examples.architecture;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.threeten.extra.YearQuarter;

/**
 * One class per thing the library modules must not do, each doing just that, so that ArchitectureTest
 * can show that every ban of its rules reports it; and {@link Clean}, which does none of them. Never run.
 */
public final class Violations {

  private Violations() {}

  /** Reads a file. */
  public static final class ReadsAFile {
    static String read(Path path) throws IOException {
      return Files.readString(path, StandardCharsets.UTF_8);
    }
  }

  /** Opens a socket. */
  public static final class OpensASocket {
    static Socket open() {
      return new Socket();
    }
  }

  /** Prints to the console. */
  public static final class Prints {
    static void print(String text) {
      System.out.println(text);
    }
  }

  /** Prints to the error stream. */
  public static final class PrintsAnError {
    static void print(String text) {
      System.err.println(text);
    }
  }

  /** Holds a clock. */
  public static final class HoldsAClock {
    static LocalDate today(Clock clock) {
      return LocalDate.now(clock);
    }
  }

  /** Reads today's date. */
  public static final class ReadsToday {
    static LocalDate today() {
      return LocalDate.now();
    }
  }

  /** Reads the current instant. */
  public static final class ReadsTheInstant {
    static Instant instant() {
      return Instant.now();
    }
  }

  /** Reads the current quarter from threeten-extra. */
  public static final class ReadsThisQuarter {
    static YearQuarter quarter() {
      return YearQuarter.now();
    }
  }

  /** Reads the time in milliseconds. */
  public static final class ReadsTheMillis {
    static long millis() {
      return System.currentTimeMillis();
    }
  }

  /** Reads the nanosecond timer. */
  public static final class ReadsNanos {
    static long nanos() {
      return System.nanoTime();
    }
  }

  /** Reads the machine's time zone. */
  public static final class ReadsTheZone {
    static ZoneId zone() {
      return ZoneId.systemDefault();
    }
  }

  /** Draws a random number. */
  public static final class UsesRandom {
    static int draw() {
      return new Random(1).nextInt();
    }
  }

  /** Draws a secure random number. */
  public static final class UsesSecureRandom {
    static int draw() {
      return new SecureRandom().nextInt();
    }
  }

  /** Draws from the thread's random generator. */
  public static final class UsesThreadLocalRandom {
    static int draw() {
      return ThreadLocalRandom.current().nextInt();
    }
  }

  /** Draws from a splittable generator. */
  public static final class UsesSplittableRandom {
    static int draw() {
      return new SplittableRandom(1).nextInt();
    }
  }

  /** Makes a random id. */
  public static final class MakesAUuid {
    static String id() {
      return UUID.randomUUID().toString();
    }
  }

  /** Makes today's date the old way. */
  public static final class MakesADate {
    static long now() {
      return new Date().getTime();
    }
  }

  /** Uses a calendar. */
  public static final class UsesACalendar {
    static int year() {
      return Calendar.getInstance().get(Calendar.YEAR);
    }
  }

  /** Reads the default time zone. */
  public static final class UsesTheDefaultTimeZone {
    static String zone() {
      return TimeZone.getDefault().getID();
    }
  }

  /** Formats a number in the default locale. */
  public static final class FormatsNumbers {
    static String format(double value) {
      return NumberFormat.getInstance().format(value);
    }
  }

  /** Reads the default locale. */
  public static final class ReadsTheDefaultLocale {
    static Locale locale() {
      return Locale.getDefault();
    }
  }

  /** Reads the default locale for formatting. */
  public static final class ReadsTheDefaultFormatLocale {
    static Locale locale() {
      return Locale.getDefault(Locale.Category.FORMAT);
    }
  }

  /** Upper-cases in the default locale (in Turkish, 'i' becomes a dotted 'İ'). */
  public static final class UpperCasesInTheDefaultLocale {
    static String upper(String text) {
      return text.toUpperCase();
    }
  }

  /** Lower-cases in the default locale. */
  public static final class LowerCasesInTheDefaultLocale {
    static String lower(String text) {
      return text.toLowerCase();
    }
  }

  /** Formats in the default locale (in German, 1.5 prints as 1,5). */
  public static final class FormatsInTheDefaultLocale {
    static String format(double value) {
      return String.format("%.1f", value);
    }
  }

  /** Formats a text block in the default locale. */
  public static final class FormatsTextInTheDefaultLocale {
    static String format(double value) {
      return "%.1f".formatted(value);
    }
  }

  /** Encodes in the default charset. */
  public static final class EncodesInTheDefaultCharset {
    static byte[] encode(String text) {
      return text.getBytes();
    }
  }

  /** Reads the default charset. */
  public static final class ReadsTheDefaultCharset {
    static Charset charset() {
      return Charset.defaultCharset();
    }
  }

  /** Parses dates with a pattern in the default locale. */
  public static final class ParsesDatesInTheDefaultLocale {
    static DateTimeFormatter formatter() {
      return DateTimeFormatter.ofPattern("d MMM uuuu");
    }
  }

  /** Draws from Math.random. */
  public static final class UsesMathRandom {
    static double draw() {
      return Math.random();
    }
  }

  /** Reads the whole environment. */
  public static final class ReadsTheEnvironment {
    static int size() {
      return System.getenv().size();
    }
  }

  /** Reads an environment variable. */
  public static final class ReadsAVariable {
    static String home() {
      return System.getenv("HOME");
    }
  }

  /** Reads a system property. */
  public static final class ReadsAProperty {
    static String user() {
      return System.getProperty("user.name");
    }
  }

  /** Reads a system property with a default. */
  public static final class ReadsAPropertyWithADefault {
    static String user() {
      return System.getProperty("user.name", "nobody");
    }
  }

  /** Keeps global mutable state. */
  public static final class KeepsACounter {
    static int calls;

    static int call() {
      return ++calls;
    }
  }

  /** Logs through java.util.logging. */
  public static final class LogsToJul {
    private static final Logger LOG = Logger.getLogger("fixture");

    static void log(String text) {
      LOG.info(text);
    }
  }

  /** Logs through the platform logger. */
  public static final class LogsToTheSystemLogger {
    static void log(String text) {
      System.getLogger("fixture").log(System.Logger.Level.INFO, text);
    }
  }

  /** Breaks no rule: dates, locales and zones passed in, a constant, arithmetic. */
  public static final class Clean {
    private static final int DAYS = 7;

    static LocalDate weekAfter(LocalDate date) {
      return date.plusDays(DAYS);
    }

    static String upper(String text) {
      return text.toUpperCase(Locale.ROOT);
    }

    static String format(double value) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
  }
}
