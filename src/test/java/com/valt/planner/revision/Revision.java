package com.valt.planner.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A second revision of a sample, made by editing its JSON the way a user would in the window. */
public final class Revision {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ObjectNode root;

    private Revision(ObjectNode root) {
        this.root = root;
    }

    public static Revision of(String sample) {
        try {
            return new Revision((ObjectNode) MAPPER.readTree(Path.of(sample).toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode device(String id) {
        for (JsonNode d : root.withArray("devices")) {
            if (d.get("id").asText().equals(id)) {
                return (ObjectNode) d;
            }
        }
        throw new IllegalArgumentException("no device " + id);
    }

    public Revision edit(String id, Consumer<ObjectNode> change) {
        change.accept(device(id));
        return this;
    }

    public Revision addDevice(String json) {
        try {
            ((ArrayNode) root.withArray("devices")).add(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Revision removeDevice(String id) {
        ArrayNode devices = root.withArray("devices");
        for (int i = 0; i < devices.size(); i++) {
            if (devices.get(i).get("id").asText().equals(id)) {
                devices.remove(i);
                return this;
            }
        }
        throw new IllegalArgumentException("no device " + id);
    }

    public Revision settings(Consumer<ObjectNode> change) {
        change.accept(root.with("settings"));
        return this;
    }

    public Revision revision(String name) {
        root.with("site").put("revision", name);
        return this;
    }

    /** The edited site, as the program reads it. */
    public com.valt.planner.domain.Site site() {
        try {
            return com.valt.planner.io.SiteFileReader.read(MAPPER.writeValueAsBytes(root), "edited.valt.json");
        } catch (IOException | com.valt.planner.io.SiteLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path write(Path file) {
        try {
            Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
