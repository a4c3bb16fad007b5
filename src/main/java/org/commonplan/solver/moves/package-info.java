/**
 * The search's own moves and phases: lesson, swap, Kempe-chain and meeting moves, the conflict-directed search
 * that clears conflicts before the repair, the phase that drops blocked meetings, and {@code MoveMix}, which draws
 * the last phase's moves by weight.
 */
package org.commonplan.solver.moves;
