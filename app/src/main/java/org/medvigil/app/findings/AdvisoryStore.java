package org.medvigil.app.findings;

import java.util.List;
import org.medvigil.core.advisory.Advisory;

/**
 * Where matching gets every current advisory from at startup (implemented by the feeds, which
 * keep the original documents). The most recently imported record of a (source, id) wins.
 */
public interface AdvisoryStore {
    List<Advisory> loadAll();
}
