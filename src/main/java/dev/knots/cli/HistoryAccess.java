package dev.knots.cli;

import dev.knots.history.HistoryException;
import dev.knots.history.HistoryStore;
import dev.knots.history.NativeLibrary;
import dev.knots.history.Since;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;

/** What the history, progress and report commands share: the clock, --since and the store. */
final class HistoryAccess {
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
}
