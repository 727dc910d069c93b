package org.medvigil.app.findings;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medvigil.core.sbom.Component;
import org.medvigil.core.sbom.Inventory;

/** The current components of one release, reachable by core component (identity, not equality) and by identity. */
final class ReleaseInventory {
    private final long releaseId;
    private final Inventory inventory;
    private final Map<Component, StoredComponent> byComponent = new IdentityHashMap<>();
    private final Map<String, List<StoredComponent>> byIdentity = new LinkedHashMap<>();

    ReleaseInventory(long releaseId, Inventory inventory, List<Long> componentIds) {
        if (componentIds.size() != inventory.components().size()) {
            throw new IllegalArgumentException("one id per component expected");
        }
        this.releaseId = releaseId;
        this.inventory = inventory;
        for (int i = 0; i < componentIds.size(); i++) {
            Component c = inventory.components().get(i);
            StoredComponent stored = new StoredComponent(componentIds.get(i), ComponentIdentity.of(c), c);
            byComponent.put(c, stored);
            byIdentity.computeIfAbsent(stored.identity(), k -> new ArrayList<>(1)).add(stored);
        }
    }

    long releaseId() {
        return releaseId;
    }

    Inventory inventory() {
        return inventory;
    }

    StoredComponent stored(Component c) {
        return byComponent.get(c);
    }

    /** Components grouped by identity, in inventory order: one finding per group and vulnerability. */
    Map<String, List<StoredComponent>> byIdentity() {
        return byIdentity;
    }

    List<StoredComponent> withIdentity(String identity) {
        return byIdentity.getOrDefault(identity, List.of());
    }
}
