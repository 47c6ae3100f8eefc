package dev.knots.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's settings file ({@code config.yaml}): emergency number, sound, default minutes.
 *
 * @param defaultMinutes 0 when the routine's own length is wanted
 */
public record Settings(String emergencyNumber, boolean sound, int defaultMinutes) {
  private static final List<String> KEYS = List.of("emergency-number", "sound", "default-minutes");

  public static final Settings DEFAULTS = new Settings("112", true, 0);

  /** Reads the file; a missing file means the defaults, a broken one a clear error. */
  public static Settings load(Path file) {
    String text;
    try {
      if (Files.size(file) > 64 * 1024) {
        throw KnotsException.invalidData(file + ": the settings file is larger than 64 KiB");
      }
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      return DEFAULTS;
    } catch (IOException e) {
      throw KnotsException.noInput("cannot read the settings file " + file + ": " + e, e);
    }
    return parse(file.toString(), text);
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
        throw KnotsException.invalidData(name + ": settings must be a mapping of key: value");
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
      throw KnotsException.invalidData(
          name
              + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
              + ": not valid YAML - "
              + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw KnotsException.invalidData(name + ": cannot be read - " + e.getMessage());
    }
    String number = DEFAULTS.emergencyNumber;
    boolean sound = DEFAULTS.sound;
    int minutes = DEFAULTS.defaultMinutes;
    for (Entry entry : entries) {
      switch (entry.key()) {
        case "emergency-number" -> {
          number = entry.text().strip();
          if (!number.matches("[0-9+ ]{2,16}")) {
            throw KnotsException.invalidData(
                name + ": emergency-number must be a phone number such as 112, 999 or 911");
          }
        }
        case "sound" -> {
          if (!entry.kind().isBoolean()) {
            throw KnotsException.invalidData(name + ": sound must be true or false");
          }
          sound = entry.kind() == JsonToken.VALUE_TRUE;
        }
        case "default-minutes" -> {
          long value = entry.number() == null ? 0 : entry.number().longValue();
          if (!(entry.number() instanceof Integer) || value < 1 || value > 120) {
            throw KnotsException.invalidData(
                name + ": default-minutes must be a whole number from 1 to 120");
          }
          minutes = (int) value;
        }
        default ->
            throw KnotsException.invalidData(
                name
                    + ": unknown setting '"
                    + entry.key()
                    + "'"
                    + dev.knots.body.Suggestions.closest(entry.key(), KEYS)
                        .map(s -> " - did you mean '" + s + "'?")
                        .orElse(" - known settings: " + String.join(", ", KEYS)));
      }
    }
    return new Settings(number, sound, minutes);
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
