package com.valt.planner.interchange;

import com.valt.planner.domain.DeviceType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Device types as people write them in spreadsheets: "IP camera", "PC", "iPad", "Recorder". */
final class TypeNames {
    private static final Map<String, DeviceType> NAMES = new LinkedHashMap<>();

    static {
        names(DeviceType.CAMERA, "camera", "cam", "ipcamera", "ipcam", "cameras", "ptz", "ptzcamera",
                "videocamera", "networkcamera");
        names(DeviceType.CLIENT, "client", "pc", "workstation", "computer", "desktop", "laptop", "clientpc",
                "viewer", "viewingstation", "clients");
        names(DeviceType.BEAM, "beam", "ipad", "beamdevice", "beamipad", "tablet", "mobile", "iphone");
        names(DeviceType.MEDIA_SERVER, "mediaserver", "media", "recorder", "recordingserver", "nvr",
                "mediaservers");
        names(DeviceType.APPLICATION_SERVER, "applicationserver", "appserver", "app", "application",
                "valtserver", "valtapplicationserver");
    }

    private TypeNames() {
    }

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
            int d = distance(key, e.getKey());
            if (d < bestDistance) {
                bestDistance = d;
                best = e.getValue();
            }
        }
        return bestDistance <= Math.max(1, key.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance; names are short. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
