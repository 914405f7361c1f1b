package com.valt.planner.edit;

import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import java.util.List;

/**
 * Replaces the site's zones and firewalls. Both lists are short (a handful of each), so the command
 * keeps them whole before and after: undo restores exactly the earlier lists, order included.
 */
record ReplaceNetwork(
        String description,
        List<Zone> zonesBefore,
        List<Zone> zonesAfter,
        List<Firewall> firewallsBefore,
        List<Firewall> firewallsAfter)
        implements Command {
    ReplaceNetwork {
        zonesBefore = List.copyOf(zonesBefore);
        zonesAfter = List.copyOf(zonesAfter);
        firewallsBefore = List.copyOf(firewallsBefore);
        firewallsAfter = List.copyOf(firewallsAfter);
    }

    @Override
    public Site apply(Site site) {
        return site.withZones(zonesAfter).withFirewalls(firewallsAfter);
    }

    @Override
    public Site undo(Site site) {
        return site.withZones(zonesBefore).withFirewalls(firewallsBefore);
    }
}
