package storygraph.ner;

import edu.stanford.nlp.util.Triple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Just enough JSON for one flat object per line (string, number, boolean and array values): the tool
 * stays free of a JSON library so its classpath is CoreNLP alone.
 */
final class JsonLine {
  /** Parses {"key": "string" | number, ...}; nested values are not needed by the input contract. */
  static Map<String, Object> parse(String line) {
    Map<String, Object> result = new LinkedHashMap<>();
    int[] at = {skip(line, line.indexOf('{') + 1)};
    while (at[0] < line.length() && line.charAt(at[0]) != '}') {
      String key = readString(line, at);
      at[0] = skip(line, line.indexOf(':', at[0]) + 1);
      Object value;
      if (line.charAt(at[0]) == '"') value = readString(line, at);
      else {
        int end = at[0];
        while (end < line.length() && ",} \t".indexOf(line.charAt(end)) < 0) end++;
        value = Double.valueOf(line.substring(at[0], end));
        at[0] = end;
      }
      result.put(key, value);
      at[0] = skip(line, at[0]);
      if (at[0] < line.length() && line.charAt(at[0]) == ',') at[0] = skip(line, at[0] + 1);
    }
    return result;
  }

  static List<Map<String, Object>> spans(List<Triple<String, Integer, Integer>> triples, String text) {
    List<Map<String, Object>> spans = new ArrayList<>();
    for (Triple<String, Integer, Integer> t : triples) {
      spans.add(Map.of("type", t.first(), "text", text.substring(t.second(), t.third()), "start", t.second(), "end", t.third()));
    }
    return spans;
  }

  /** Keys sorted so every line has the same shape whatever Map.of's order. */
  static String object(Map<String, ?> fields) {
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, ?> e : new TreeMap<>(fields).entrySet()) {
      if (sb.length() > 1) sb.append(',');
      writeString(sb, e.getKey());
      sb.append(':');
      writeValue(sb, e.getValue());
    }
    return sb.append('}').toString();
  }

  private static void writeValue(StringBuilder sb, Object value) {
    if (value instanceof String s) writeString(sb, s);
    else if (value instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, ?> fields = (Map<String, ?>) m;
      sb.append(object(fields));
    } else if (value instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) sb.append(',');
        writeValue(sb, list.get(i));
      }
      sb.append(']');
    } else if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) sb.append(d.longValue());
    else sb.append(value);
  }

  private static void writeString(StringBuilder sb, String s) {
    sb.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    sb.append('"');
  }

  private static String readString(String line, int[] at) {
    StringBuilder sb = new StringBuilder();
    int i = line.indexOf('"', at[0]) + 1;
    for (char c; (c = line.charAt(i)) != '"'; i++) {
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = line.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
    at[0] = i + 1;
    return sb.toString();
  }

  private static int skip(String line, int i) {
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
    return i;
  }

  private JsonLine() {}
}
