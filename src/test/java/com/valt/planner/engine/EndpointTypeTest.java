package com.valt.planner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.DeviceType;
import org.junit.jupiter.api.Test;

class EndpointTypeTest {
    @Test
    void eachDeviceTypeHasOneEndpointTypeWithTheSameNameAndBack() {
        for (DeviceType t : DeviceType.values()) {
            EndpointType e = EndpointType.of(t);
            assertThat(e.id()).isEqualTo(t.id());
            assertThat(e.isDevice()).isTrue();
            assertThat(e.deviceType()).contains(t);
        }
        assertThat(EndpointType.INTERNET.deviceType()).isEmpty();
        assertThat(EndpointType.DNS.isDevice()).isFalse();
    }
}
