package com.valt.planner.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The project's one Jackson set-up for site and catalog files: tight limits, duplicate keys refused,
 * no default typing, and the pretty printer that makes saved files diff well.
 */
public final class Json {
    /** Deepest nesting a site file may have; real files use 4. */
    public static final int MAX_NESTING = 64;
    /** Longest string value: far beyond any name or note, far below what could exhaust memory. */
    public static final int MAX_STRING = 1_000_000;
    /** Longest number literal, in characters. */
    public static final int MAX_NUMBER = 50;
    /** Largest site file: a 20,000-device site is about 3 MB. */
    public static final long MAX_DOCUMENT = 32L * 1024 * 1024;
    /**
     * Most JSON tokens (names, values, brackets) in a site file; a 20,000-device site has about 300,000.
     * The size limit alone is not enough: 32 MB of short values made a tree larger than a 256 MB heap.
     */
    public static final long MAX_TOKENS = 1_000_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxStringLength(MAX_STRING)
                            .maxNumberLength(MAX_NUMBER)
                            .maxDocumentLength(MAX_DOCUMENT)
                            .maxTokenCount(MAX_TOKENS)
                            .maxNameLength(10_000)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Two-space indent, arrays one element a line, {@code "key": value}, Unix newlines. */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultPrettyPrinter printer = new CompactEmptyPrinter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Writes empty lists and objects as {@code []} and {@code {}}, as people do, not {@code [ ]}. */
    private static final class CompactEmptyPrinter extends DefaultPrettyPrinter {
        CompactEmptyPrinter() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        }

        CompactEmptyPrinter(CompactEmptyPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new CompactEmptyPrinter(this);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues == 0) {
                if (!_arrayIndenter.isInline()) {
                    --_nesting;
                }
                g.writeRaw(']');
                return;
            }
            super.writeEndArray(g, nrOfValues);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            if (nrOfEntries == 0) {
                if (!_objectIndenter.isInline()) {
                    --_nesting;
                }
                g.writeRaw('}');
                return;
            }
            super.writeEndObject(g, nrOfEntries);
        }
    }
}
