/**
 * MedVigil's engine as a plain Java library: no Spring, no database, no network.
 */
package org.medvigil.core;
