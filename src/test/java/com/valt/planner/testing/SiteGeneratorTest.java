package com.valt.planner.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteValidator;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SiteFileReader;
import com.valt.planner.io.SiteFileWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteGeneratorTest {

    @Test
    void campusHasTheIssuesSizeAndIsAValidSite() {
        Site site = SiteGenerator.campus();

        assertThat(site.devicesOfType(DeviceType.CAMERA)).hasSize(2000);
        assertThat(site.devicesOfType(DeviceType.MEDIA_SERVER)).hasSize(40);
        assertThat(site.devicesOfType(DeviceType.APPLICATION_SERVER)).hasSize(1);
        assertThat(site.devicesOfType(DeviceType.CLIENT)).hasSize(300);
        assertThat(site.devicesOfType(DeviceType.BEAM)).hasSize(50);
        assertThat(site.devicesOfType(DeviceType.CLIENT))
                .filteredOn(Device::admin)
                .hasSize(10);
        assertThat(SiteValidator.validate(site)).isEmpty();
        assertThat(site.devices()).allSatisfy(d -> {
            assertThat(d.name()).isNotBlank();
            assertThat(d.hasPosition()).isTrue();
        });
        Set<String> addresses = new HashSet<>();
        site.devices().stream()
                .filter(d -> d.address() != null)
                .forEach(d -> assertThat(addresses.add(d.address()))
                        .as("address %s of %s is unique", d.address(), d.id())
                        .isTrue());
    }

    @Test
    void noServerIsOverTheLimitWhileThereIsRoom() {
        Site site = SiteGenerator.generate(SiteGenerator.Spec.of(2040, 40, 5, 3));

        Map<String, Long> perServer = site.devicesOfType(DeviceType.CAMERA).stream()
                .collect(Collectors.groupingBy(
                        d -> site.servingServer(d).orElseThrow().id(), Collectors.counting()));
        assertThat(perServer).hasSize(41).containsEntry("app", 40L);
        assertThat(perServer.values()).allMatch(n -> n <= SiteGenerator.CAMERAS_PER_SERVER);
    }

    @Test
    void sameSpecGivesTheSameBytesAndTheFileReadsBack(@TempDir Path dir) throws Exception {
        Path file = SiteGenerator.writeCampus(dir.resolve("campus.valt.json"));

        assertThat(Files.readAllBytes(file)).isEqualTo(SiteFileWriter.toBytes(SiteGenerator.campus()));
        assertThat(SiteFileReader.read(file)).isEqualTo(SiteGenerator.campus());
        assertThat(SiteGenerator.generate(SiteGenerator.campusSpec().withSeed(7)))
                .isNotEqualTo(SiteGenerator.campus());
    }

    @Test
    void campusFlowCount() {
        FlowResult result = new FlowEngine(CatalogLoader.loadDefault()).compute(SiteGenerator.campus());

        // 300 clients x 41 servers x 3 (R2s, R3, R4) + 300 R1s + 10 admins x 41 x 2 + 2,000 cameras x 2
        // + 50 BEAM x 3 + 41 x 4 R8 + 40 x 2 R9 + 40 x 3 R10 + 37 digital servers x 4 R11 + 41 x 2 DNS x 2 R12
        assertThat(result.flows()).hasSize(36_900 + 300 + 820 + 4_000 + 150 + 164 + 80 + 120 + 148 + 164);
        assertThat(result.hasErrors()).isFalse();
    }
}
