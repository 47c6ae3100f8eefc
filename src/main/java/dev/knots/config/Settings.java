package dev.knots.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.knots.body.Suggestions;
import dev.knots.platform.SmallFile;
import dev.knots.routine.Durations;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The user's settings file ({@code config.yaml}): emergency number, sound, default minutes.
 *
 * @param defaultMinutes 0 when the routine's own length is wanted
 * @param minimalSound {@code sound: minimal}: only the ring when a step starts
 * @param leadIn time to get into position before each step and side (0: none)
 * @param figures whether the countdown draws the steps' figures
 */
public record Settings(
    String emergencyNumber,
    boolean sound,
    int defaultMinutes,
    boolean minimalSound,
    Duration leadIn,
    boolean figures) {
  private static final List<String> KEYS =
      List.of("emergency-number", "sound", "default-minutes", "lead-in", "figures");

  public static final Settings DEFAULTS =
      new Settings("112", true, 0, false, Duration.ofSeconds(5), true);

  /** The v1 settings, with the v2 ones at their defaults. */
  public Settings(String emergencyNumber, boolean sound, int defaultMinutes) {
    this(emergencyNumber, sound, defaultMinutes, false, DEFAULTS.leadIn, true);
  }

  /** The largest settings file read. */
  private static final int MAX_BYTES = 64 * 1024;

  /** Reads the file; a missing file means the defaults, a broken one a clear error. */
  public static Settings load(Path file) {
    byte[] bytes;
    try {
      bytes = SmallFile.read(file, MAX_BYTES);
    } catch (NoSuchFileException e) {
      return DEFAULTS;
    } catch (SmallFile.TooLargeException e) {
      throw SettingsException.invalid(file + ": the settings file is larger than 64 KiB");
    } catch (SmallFile.NotRegularException e) {
      throw SettingsException.invalid(
          file + ": the settings file is " + e.what() + "; it must be a regular file");
    } catch (IOException e) {
      throw SettingsException.unreadable(
          "cannot read the settings file " + file + ": " + reason(e), e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw SettingsException.invalid(file + ": not UTF-8 text - save the file as UTF-8");
    }
    return parse(file.toString(), text);
  }

  /**
   * For the safety check, which must reach the screen whatever is wrong with the settings: the
   * settings, or the defaults (emergency number 112) after one warning that says what is wrong.
   */
  public static Settings loadOrDefaults(Path file, Consumer<String> warn) {
    try {
      return load(file);
    } catch (SettingsException e) {
      warn.accept(
          e.getMessage()
              + " - using the default settings (emergency number "
              + DEFAULTS.emergencyNumber
              + ") until it is fixed");
      return DEFAULTS;
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    return e.getClass().getSimpleName();
  }

  /** One {@code key: value} of the file: the value's kind and text (nested values are skipped). */
  private record Entry(String key, JsonToken kind, String text, Number number) {}

  static Settings parse(String name, String text) {
    List<Entry> entries = new ArrayList<>();
    // the streaming parser alone: an ObjectMapper costs ~65 ms to create, before a first question;
    // the whole file is read before any value is judged, so broken YAML is reported as such
    try (JsonParser parser = new YAMLFactory().createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        return DEFAULTS;
      }
      if (first != JsonToken.START_OBJECT) {
        parser.skipChildren();
        throw SettingsException.invalid(name + ": settings must be a mapping of key: value");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken kind = parser.nextToken();
        entries.add(
            new Entry(
                key,
                kind,
                kind.isScalarValue() ? parser.getText() : "",
                kind == JsonToken.VALUE_NUMBER_INT ? parser.getNumberValue() : null));
        parser.skipChildren();
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw SettingsException.invalid(
          name
              + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
              + ": not valid YAML - "
              + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw SettingsException.invalid(name + ": cannot be read - " + e.getMessage());
    }
    String number = DEFAULTS.emergencyNumber;
    boolean sound = DEFAULTS.sound;
    int minutes = DEFAULTS.defaultMinutes;
    boolean minimal = false;
    Duration leadIn = DEFAULTS.leadIn;
    boolean figures = true;
    Set<String> seen = new HashSet<>();
    for (Entry entry : entries) {
      if (!seen.add(entry.key())) {
        throw SettingsException.invalid(
            name + ": '" + entry.key() + "' is set twice - keep one of them");
      }
      switch (entry.key()) {
        case "emergency-number" -> {
          number = entry.text().strip();
          // digits, spaces and a plus only, and at least two digits: "+ +" calls no one
          if (!number.matches("[0-9+ ]{2,16}") || number.replaceAll("[^0-9]", "").length() < 2) {
            throw SettingsException.invalid(
                name + ": emergency-number must be a phone number such as 112, 999 or 911");
          }
        }
        case "sound" -> {
          if ("minimal".equals(entry.text().strip())) {
            minimal = true;
          } else if (!entry.kind().isBoolean()) {
            throw SettingsException.invalid(name + ": sound must be true, false or minimal");
          } else {
            sound = entry.kind() == JsonToken.VALUE_TRUE;
          }
        }
        case "figures" -> {
          if (!entry.kind().isBoolean()) {
            throw SettingsException.invalid(name + ": figures must be true or false");
          }
          figures = entry.kind() == JsonToken.VALUE_TRUE;
        }
        case "lead-in" -> {
          Optional<Duration> parsed =
              entry.kind() == JsonToken.VALUE_STRING
                  ? Durations.parse(entry.text().strip())
                  : Optional.empty();
          if (parsed.isEmpty() || parsed.get().compareTo(Duration.ofSeconds(15)) > 0) {
            throw SettingsException.invalid(
                name + ": lead-in must be a time from 0s to 15s, such as 5s (0s turns it off)");
          }
          leadIn = parsed.get();
        }
        case "default-minutes" -> {
          long value = entry.number() == null ? 0 : entry.number().longValue();
          if (!(entry.number() instanceof Integer) || value < 1 || value > 120) {
            throw SettingsException.invalid(
                name + ": default-minutes must be a whole number from 1 to 120");
          }
          minutes = (int) value;
        }
        default ->
            throw SettingsException.invalid(
                name
                    + ": unknown setting '"
                    + entry.key()
                    + "'"
                    + Suggestions.closest(entry.key(), KEYS)
                        .map(s -> " - did you mean '" + s + "'?")
                        .orElse(" - known settings: " + String.join(", ", KEYS)));
      }
    }
    return new Settings(number, sound, minutes, minimal, leadIn, figures);
  }

  /** SnakeYAML explains on several lines, with pointers; keep only the words. */
  private static String oneLine(String message) {
    return message
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("in ") && !l.equals("^"))
        .reduce((a, b) -> a + ", " + b)
        .orElse("syntax error");
  }
}
