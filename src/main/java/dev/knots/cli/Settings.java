package dev.knots.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

  static Settings parse(String name, String text) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw KnotsException.invalidData(
          name
              + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
              + ": not valid YAML - "
              + oneLine(e.getOriginalMessage()));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return DEFAULTS;
    }
    if (!root.isObject()) {
      throw KnotsException.invalidData(name + ": settings must be a mapping of key: value");
    }
    String number = DEFAULTS.emergencyNumber;
    boolean sound = DEFAULTS.sound;
    int minutes = DEFAULTS.defaultMinutes;
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      JsonNode value = entry.getValue();
      switch (entry.getKey()) {
        case "emergency-number" -> {
          number = value.asText().strip();
          if (!number.matches("[0-9+ ]{2,16}")) {
            throw KnotsException.invalidData(
                name + ": emergency-number must be a phone number such as 112, 999 or 911");
          }
        }
        case "sound" -> {
          if (!value.isBoolean()) {
            throw KnotsException.invalidData(name + ": sound must be true or false");
          }
          sound = value.booleanValue();
        }
        case "default-minutes" -> {
          if (!value.canConvertToInt() || value.intValue() < 1 || value.intValue() > 120) {
            throw KnotsException.invalidData(
                name + ": default-minutes must be a whole number from 1 to 120");
          }
          minutes = value.intValue();
        }
        default ->
            throw KnotsException.invalidData(
                name
                    + ": unknown setting '"
                    + entry.getKey()
                    + "'"
                    + dev.knots.body.Suggestions.closest(entry.getKey(), KEYS)
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
