package com.valt.planner.export;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SiteFileReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Shared helpers of the exporter tests: samples, the engine, running one exporter into bytes, XML parsing. */
final class ExportFixtures {
    static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadDefault());
    static final LocalDate DATE = LocalDate.of(2026, 11, 25);

    private ExportFixtures() {}

    static Path samplePath(String name) {
        return Path.of("samples", name + ".valt.json");
    }

    static Site sample(String name) throws Exception {
        return name.equals("campus") ? Campus.site() : SiteFileReader.read(samplePath(name));
    }

    static FlowResult result(String name) throws Exception {
        return ENGINE.compute(sample(name));
    }

    static ExportInput input(Site site) {
        return new ExportInput(ENGINE.compute(site), samplePath("clinic"), DATE);
    }

    static byte[] export(Exporter exporter, ExportInput input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(input, out);
        return out.toByteArray();
    }

    /** A real XML parser, no DTD fetched from the network. */
    static Document parseXml(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** A text covers an endpoint when it names it, or lists its address (alone or inside an exact IPv4 range). */
    static boolean covers(String text, String name, String address) {
        if (text.contains(name) || (address != null && text.contains(address))) {
            return true;
        }
        if (address == null) {
            return false;
        }
        long a = com.valt.planner.domain.Addresses.ipv4Value(address);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "(\\d+\\.\\d+\\.\\d+\\.\\d+)\u2013(\\d+\\.\\d+\\.\\d+\\.\\d+)")
                .matcher(text);
        while (m.find()) {
            long lo = com.valt.planner.domain.Addresses.ipv4Value(m.group(1));
            long hi = com.valt.planner.domain.Addresses.ipv4Value(m.group(2));
            if (a >= 0 && a >= lo && a <= hi) {
                return true;
            }
        }
        return false;
    }
}
