package org.medvigil.app.portfolio;

/** FDA device classification (21 CFR 860): I, II or III. */
public enum DeviceClass {
    I, II, III
}
