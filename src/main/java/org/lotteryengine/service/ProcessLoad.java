package org.lotteryengine.service;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

import com.sun.management.OperatingSystemMXBean;

/**
 * This process's load as the degradation policy (spec 10.3) and the capacity check (spec 13.4) read it.
 */
public final class ProcessLoad {

    private static final OperatingSystemMXBean SYSTEM = ManagementFactory.getPlatformMXBean(
            OperatingSystemMXBean.class);

    private ProcessLoad() {
    }

    /** Recent CPU load of this process, percent of all cores (0 before the JVM has a reading). */
    public static double cpuPercent() {
        return Math.max(0, SYSTEM.getProcessCpuLoad()) * 100;
    }

    /** Heap in use now, percent of the maximum heap. */
    public static double heapPercent() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean()
                .getHeapMemoryUsage();
        return heap.getMax() > 0 ? 100.0 * heap.getUsed() / heap.getMax() : 0;
    }

    /**
     * Heap still in use after the last garbage collection, percent of the maximum heap. Unlike {@link #heapPercent()}
     * it does not count garbage not yet collected, so a healthy JVM does not read as full between collections. Pools
     * not yet collected count with their current use.
     */
    public static double heapAfterCollectionPercent() {
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
    }
}
