package com.valt.planner.interchange;

import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Spelling;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Device types as people write them in spreadsheets: "IP camera", "PC", "iPad", "Recorder". */
final class TypeNames {
    private static final Map<String, DeviceType> NAMES = new LinkedHashMap<>();

    static {
        names(
                DeviceType.CAMERA,
                "camera",
                "cam",
                "ipcamera",
                "ipcam",
                "cameras",
                "ptz",
                "ptzcamera",
                "videocamera",
                "networkcamera");
        names(
                DeviceType.CLIENT,
                "client",
                "pc",
                "workstation",
                "computer",
                "desktop",
                "laptop",
                "clientpc",
                "viewer",
                "viewingstation",
                "clients");
        names(DeviceType.BEAM, "beam", "ipad", "beamdevice", "beamipad", "tablet", "mobile", "iphone");
        names(DeviceType.MEDIA_SERVER, "mediaserver", "media", "recorder", "recordingserver", "nvr", "mediaservers");
        names(
                DeviceType.APPLICATION_SERVER,
                "applicationserver",
                "appserver",
                "app",
                "application",
                "valtserver",
                "valtapplicationserver");
    }

    private TypeNames() {}

    private static void names(DeviceType t, String... names) {
        for (String n : names) {
            NAMES.put(n, t);
        }
    }

    static Optional<DeviceType> of(String written) {
        return Optional.ofNullable(NAMES.get(Column.key(written)));
    }

    /** The type name nearest to a misspelling, if it is near enough to be a likely typo. */
    static Optional<DeviceType> nearest(String written) {
        String key = Column.key(written);
        DeviceType best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, DeviceType> e : NAMES.entrySet()) {
            int d = Spelling.distance(key, e.getKey());
            if (d < bestDistance) {
                bestDistance = d;
                best = e.getValue();
            }
        }
        return bestDistance <= Math.max(1, key.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }
}
