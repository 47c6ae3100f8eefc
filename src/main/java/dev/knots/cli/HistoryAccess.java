package dev.knots.cli;

import dev.knots.history.HistoryException;
import dev.knots.history.HistoryStore;
import dev.knots.history.NativeLibrary;
import dev.knots.history.Since;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/** What the history, progress and report commands share: the store, --since and local times. */
final class HistoryAccess {
  static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  private final AppContext context;
  private final Clock clock;

  HistoryAccess(AppContext context) {
    this.context = context;
    this.clock = context.clock();
  }

  Instant now() {
    return clock.instant();
  }

  ZoneId zone() {
    return clock.getZone();
  }

  String minute(Instant at) {
    return MINUTE.format(at.atZone(zone()));
  }

  String day(Instant at) {
    return DAY.format(at.atZone(zone()));
  }

  /** The --since value as an instant, null when not given; a bad value is a usage error. */
  Instant since(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Since.parse(text, now(), zone());
    } catch (IllegalArgumentException e) {
      throw KnotsException.usage(e.getMessage());
    }
  }

  /** Runs {@code work} on the store; a store failure is one line and exit 1 (74: a full disk). */
  <T> T withStore(Function<HistoryStore, T> work) {
    NativeLibrary.useCache(context.libraryCache());
    try (HistoryStore store = HistoryStore.open(context.paths().state(), clock)) {
      return work.apply(store);
    } catch (HistoryException e) {
      if (e.diskFull()) {
        throw KnotsException.ioError(e.getMessage(), e);
      }
      throw KnotsException.environment(e.getMessage(), e);
    }
  }

  /** Block characters need a UTF-8 locale and a terminal that is not dumb. */
  boolean unicode() {
    Console console = context.console();
    // the launcher gave the JVM C.UTF-8 for file names; the user's own locale was C/POSIX
    if ("dumb".equals(console.var("TERM")) || "C".equals(System.getProperty("knots.locale"))) {
      return false;
    }
    String locale = console.var("LC_ALL");
    if (locale == null) {
      locale = console.var("LC_CTYPE");
    }
    if (locale == null) {
      locale = console.var("LANG");
    }
    if (locale == null) {
      return false;
    }
    String l = locale.toLowerCase(Locale.ROOT);
    return l.contains("utf-8") || l.contains("utf8");
  }
}
