package storygraph.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON lines {"id": ..., "text": ...} on stdin and writes, per line, {"id", "cpuMs", "entities": [{type, text,
 * start, end}]} with the spans of one CoreNLP CRF model. The first output line describes the model load (wall and CPU
 * ms, heap after a GC), the last one the totals, so the bench reads the cost from the JVM instead of guessing it.
 * Usage: java -Xmx3g -cp target/statistical-ner.jar:$(cat target/classpath.txt) storygraph.ner.StatisticalNer [model]
 */
public final class StatisticalNer {
  static final String DEFAULT_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  public static void main(String[] args) throws Exception {
    String model = args.length > 0 ? args[0] : DEFAULT_MODEL;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);

    long wall0 = System.nanoTime();
    long cpu0 = threads.getCurrentThreadCpuTime();
    CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(model);
    long loadCpu = threads.getCurrentThreadCpuTime() - cpu0;
    long loadWall = System.nanoTime() - wall0;
    out.println(JsonLine.object(Map.of(
        "model", model, "loadMs", ms(loadWall), "loadCpuMs", ms(loadCpu), "heapMb", heapAfterGcMb())));
    out.flush();

    long texts = 0;
    long cpuTotal = 0;
    long wallStart = System.nanoTime();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) continue;
      Map<String, Object> input = JsonLine.parse(line);
      String text = (String) input.get("text");
      long before = threads.getCurrentThreadCpuTime();
      List<Triple<String, Integer, Integer>> spans = classifier.classifyToCharacterOffsets(text);
      long cpu = threads.getCurrentThreadCpuTime() - before;
      cpuTotal += cpu;
      texts++;
      out.println(JsonLine.object(Map.of(
          "id", input.get("id"), "cpuMs", ms(cpu), "entities", JsonLine.spans(spans, text))));
      out.flush();
    }
    // Process CPU includes what the per-text thread figure leaves out: GC and JIT compiler threads.
    long processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    out.println(JsonLine.object(Map.of(
        "summary", true, "texts", texts, "cpuMs", ms(cpuTotal), "wallMs", ms(System.nanoTime() - wallStart),
        "processCpuMs", ms(processCpu), "heapMb", heapAfterGcMb())));
    out.flush();
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1e4) / 100.0;
  }

  private static long heapAfterGcMb() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
  }

  private StatisticalNer() {}
}
