package com.valt.planner.export;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SiteFileReader;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;

/** Shared helpers of the exporter tests: samples, the engine, running one exporter into bytes, XML parsing. */
final class ExportFixtures {
    static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadDefault());
    static final LocalDate DATE = LocalDate.of(2026, 11, 25);

    private ExportFixtures() {
    }

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
}
