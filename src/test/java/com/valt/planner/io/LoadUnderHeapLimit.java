package com.valt.planner.io;

import com.valt.planner.domain.Site;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Child process of {@link HeapLimitTest}, run with a 256 MB heap: loads the largest and most
 * memory-hungry inputs the limits allow, one after the other, and prints one line per input:
 * {@code name TAB LOADED|REFUSED|DEFECT TAB milliseconds TAB message}.
 */
public final class LoadUnderHeapLimit {
    private LoadUnderHeapLimit() {}

    public static void main(String[] args) throws Exception {
        Map<String, Supplier<byte[]>> cases = new LinkedHashMap<>();
        cases.put(
                "site-20000-devices",
                () -> bytes(() -> SiteFileWriter.toBytes(KillDuringSaveTest.largeSite("A", 20_000))));
        cases.put(
                "32MB-of-devices",
                () -> site(
                        i -> ",{\"id\": \"c" + i + "\", \"type\": \"camera\", \"address\": \"10.0." + (i / 250 % 250)
                                + "." + (i % 250 + 1) + "\", \"x\": " + i % 1000 + ", \"y\": " + i / 1000 + "}",
                        ""));
        cases.put("32MB-of-empty-objects", () -> site(i -> "{},", "{}"));
        cases.put("32MB-of-zeros", () -> site(i -> "0,", "0"));
        cases.put("32MB-of-long-texts", () -> site(i -> "\"" + "\u0142".repeat(499_000) + "\",", "\"end\""));
        cases.put("100MB-in-memory", () -> new byte[100 * 1024 * 1024]);
        for (Map.Entry<String, Supplier<byte[]>> c : cases.entrySet()) {
            run(c.getKey(), c.getValue().get());
        }
        try (Stream<Path> seeds = Files.list(Path.of(args[0]))) {
            for (Path p : seeds.sorted().toList()) {
                run("corpus/" + p.getFileName(), Files.readAllBytes(p));
            }
        }
    }

    private static void run(String name, byte[] bytes) {
        long start = System.nanoTime();
        String result;
        String detail;
        try {
            Site site = SiteFileReader.read(bytes, name);
            result = "LOADED";
            detail = site.devices().size() + " devices";
        } catch (SiteLoadException e) {
            result = "REFUSED";
            detail = e.getMessage();
        } catch (Throwable t) {
            result = "DEFECT";
            detail = t.toString();
        }
        bytes = null;
        System.out.println(name + "\t" + result + "\t" + (System.nanoTime() - start) / 1_000_000 + "\t"
                + detail.replace('\n', ' '));
        System.out.flush();
    }

    /** The clinic sample with an unknown field "future" that fills the file up to the 32 MB limit. */
    private static byte[] site(java.util.function.IntFunction<String> item, String last) {
        try {
            String clinic =
                    Files.readString(Path.of("samples/clinic.valt.json")).trim();
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Json.MAX_DOCUMENT);
            boolean devices = item.apply(0).contains("\"type\"");
            String head = devices
                    ? clinic.substring(0, clinic.lastIndexOf(']'))
                    : clinic.substring(0, clinic.length() - 1) + ", \"future\": [";
            out.write(head.getBytes(StandardCharsets.UTF_8));
            String tail = devices ? "]}" : last + "]}";
            for (int i = 0; ; i++) {
                byte[] b = item.apply(i).getBytes(StandardCharsets.UTF_8);
                if (out.size() + b.length + tail.length() > Json.MAX_DOCUMENT) {
                    break;
                }
                out.write(b);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Maker {
        byte[] make() throws Exception;
    }

    private static byte[] bytes(Maker m) {
        try {
            return m.make();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String show(byte[] b) {
        return Arrays.toString(Arrays.copyOf(b, 20));
    }
}
