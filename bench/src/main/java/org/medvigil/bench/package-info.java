/** JMH benchmarks and generators of synthetic portfolios. */
package org.medvigil.bench;
