/**
 * The seeded dataset generator: realistic schools of each archetype, byte-identical for the same options, and
 * planted schools built around a hidden feasible schedule, behind {@code generate}.
 */
package org.commonplan.generate;
