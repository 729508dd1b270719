package org.lotteryengine.platform.service;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.OptionalDouble;

import com.sun.management.OperatingSystemMXBean;

/**
 * This process's load as the degradation policy (spec 10.3) reads it, and the capacity check reports it. Platform beans
 * are looked up at each call, never held in a static field: a native image initialises this class at build time, and
 * a bean captured then is the builder's (its calls fail at run time). A measure that cannot be read is unknown, never
 * an exception: load is advice, and must not fail a request or a probe.
 */
public final class ProcessLoad {

    private ProcessLoad() {
    }

    /** Recent CPU load of this process, percent of all cores; empty when the platform cannot tell. */
    public static OptionalDouble cpuPercent() {
        try {
            double load = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class)
                    .getProcessCpuLoad();
            return load < 0 ? OptionalDouble.empty() : OptionalDouble.of(load * 100);
        } catch (RuntimeException | LinkageError unreadable) {
            return OptionalDouble.empty();
        }
    }

    /**
     * Heap still in use after the last garbage collection, percent of the maximum heap (0 when it cannot be read).
     * Unlike the heap in use now it does not count garbage not yet collected, so a healthy JVM does not read as full
     * between collections. Pools not yet collected count with their current use.
     */
    public static double heapAfterCollectionPercent() {
        try {
            long max = ManagementFactory.getMemoryMXBean()
                    .getHeapMemoryUsage()
                    .getMax();
            if (max <= 0) {
                return 0;
            }
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() != MemoryType.HEAP) {
                    continue;
                }
                MemoryUsage afterCollection = pool.getCollectionUsage();
                used += afterCollection != null && afterCollection.getMax() != 0 ? afterCollection.getUsed()
                        : pool.getUsage()
                                .getUsed();
            }
            return 100.0 * used / max;
        } catch (RuntimeException | LinkageError unreadable) {
            return 0;
        }
    }
}
